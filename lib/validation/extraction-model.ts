import { z } from 'zod';
import { id } from './fields';

export const retrainExtractionModelSchema = z.object({});

/** An empty model id goes back to the shipped model. */
export const activateExtractionModelSchema = z.object({
  modelId: z.union([z.literal('').transform(() => null), id('Model')]),
});
