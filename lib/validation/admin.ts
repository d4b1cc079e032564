import { z } from 'zod';
import { Role } from '@/generated/prisma/enums';
import { id, requiredText } from './fields';

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.')),
  name: requiredText('Name', 120),
  role: z.enum(Role, { error: 'Choose a role.' }),
});
export type CreateUserInput = z.output<typeof createUserSchema>;

export const updateUserSchema = z.object({
  userId: id('User'),
  role: z.enum(Role, { error: 'Choose a role.' }),
  disabled: z.enum(['true', 'false']).transform((v) => v === 'true'),
});
export type UpdateUserInput = z.output<typeof updateUserSchema>;

export const settingsSchema = z.object({
  reviewVotes: z.coerce
    .number({ error: 'Votes per review must be a number.' })
    .int('Votes per review must be a whole number.')
    .min(1, 'At least one vote is needed.')
    .max(9, 'At most 9 votes per review.'),
});
export type SettingsInput = z.output<typeof settingsSchema>;
