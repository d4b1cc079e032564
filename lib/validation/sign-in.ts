import { z } from 'zod';

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter the email address you were given.')),
  password: z.string().min(1, 'Enter your password.').max(200),
});
