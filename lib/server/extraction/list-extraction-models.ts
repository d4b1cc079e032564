import 'server-only';
import type { RetrainEvaluation } from '@/lib/claims/retrain-on-desk-examples';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';

/** Retrained models, newest first, with their held-back figures (weights left out: they are large). */
export async function listExtractionModels(user: ActingUser) {
  assertAllowed(user, 'extraction.model.read');
  const models = await db.extractionModel.findMany({
    orderBy: { createdAt: 'desc' },
    take: 20,
    select: {
      id: true,
      version: true,
      active: true,
      createdAt: true,
      activatedAt: true,
      evaluation: true,
      trainedBy: { select: { name: true } },
    },
  });
  return models.map((m) => ({ ...m, evaluation: m.evaluation as RetrainEvaluation }));
}
