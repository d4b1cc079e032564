'use server';

import { revalidatePath } from 'next/cache';
import { protectedAction } from '@/lib/server/actions/protected-action';
import { activateExtractionModel } from '@/lib/server/extraction/activate-extraction-model';
import { retrainExtractionModel } from '@/lib/server/extraction/retrain-extraction-model';
import {
  activateExtractionModelSchema,
  retrainExtractionModelSchema,
} from '@/lib/validation/extraction-model';

const percent = (x: number) => `${Math.round(x * 100)}%`;

export const retrainExtractionModelAction = protectedAction(
  'extraction.model.retrain',
  retrainExtractionModelSchema,
  async (admin) => {
    const { version, evaluation } = await retrainExtractionModel(admin);
    revalidatePath('/desk/admin/extraction');
    return `Trained ${version} on ${evaluation.trainedOn} decisions. On ${evaluation.heldBack} held back: F1 ${percent(evaluation.before.f1)} before, ${percent(evaluation.after.f1)} after. It is not in use until you activate it.`;
  },
);

export const activateExtractionModelAction = protectedAction(
  'extraction.model.activate',
  activateExtractionModelSchema,
  async (admin, input) => {
    const version = await activateExtractionModel(admin, input);
    revalidatePath('/desk/admin/extraction');
    revalidatePath('/desk/import');
    return version ? `The import page now uses ${version}.` : 'The import page now uses the shipped model.';
  },
);
