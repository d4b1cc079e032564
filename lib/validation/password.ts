import { dictionary } from '@zxcvbn-ts/language-common';
import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from './password-rules';

// The ~49,000 most common passwords from leaked-password corpora, as kept by the zxcvbn-ts project.
const common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export const newPassword = z
  .string()
  .min(
    PASSWORD_MIN_LENGTH,
    `Use at least ${PASSWORD_MIN_LENGTH} characters; a few unrelated words are easy to remember.`,
  )
  .max(200, 'Use at most 200 characters.')
  .refine(
    (p) => !common.has(p.toLowerCase()),
    'This password is on the list of the most common ones attackers try first. Choose another.',
  );

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(200),
    newPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.confirmPassword === v.newPassword, {
    path: ['confirmPassword'],
    message: 'The two new passwords differ.',
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;
