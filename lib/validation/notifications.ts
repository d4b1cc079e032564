import { z } from 'zod';

/** No id means "mark all read". */
export const markNotificationsReadSchema = z.object({
  notificationId: z
    .string()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
});
export type MarkNotificationsReadInput = z.output<typeof markNotificationsReadSchema>;
