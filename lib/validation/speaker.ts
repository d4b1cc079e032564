import { z } from 'zod';
import { id, optionalText, optionalWebUrl, requiredText } from './fields';

export const updateSpeakerSchema = z.object({
  speakerId: id('Speaker'),
  name: requiredText('Name', 200),
  title: optionalText('Job title', 200),
  sameAs: optionalWebUrl('Identity link'),
});
export type UpdateSpeakerInput = z.output<typeof updateSpeakerSchema>;

export const mergeSpeakersSchema = z
  .object({ survivorId: id('Speaker to keep'), duplicateId: id('Duplicate speaker') })
  .refine((v) => v.survivorId !== v.duplicateId, {
    path: ['duplicateId'],
    message: 'Choose two different speakers.',
  });
export type MergeSpeakersInput = z.output<typeof mergeSpeakersSchema>;
