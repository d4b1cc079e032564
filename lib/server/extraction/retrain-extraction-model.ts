import 'server-only';
import { shippedModel } from '@/lib/claims/checkworthiness';
import { decodeModel, encodeModel, type StoredModel } from '@/lib/claims/checkworthiness-model';
import { retrainOnDeskExamples } from '@/lib/claims/retrain-on-desk-examples';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';

/** Below this many decisions of each kind the held-back slice says nothing. */
export const MIN_EXAMPLES_EACH = 10;

/**
 * Trains a candidate model on the desk's review decisions and stores it, inactive, with its before/after
 * figures on the held-back slice; an admin activates it only after reading them.
 */
export async function retrainExtractionModel(user: ActingUser) {
  assertAllowed(user, 'extraction.model.retrain');
  const [examples, active] = await Promise.all([
    db.extractionExample.findMany({
      select: { sentence: true, decision: true },
      orderBy: { decidedAt: 'asc' },
    }),
    db.extractionModel.findFirst({ where: { active: true }, select: { weights: true } }),
  ]);
  const desk = examples.map((e) => ({ sentence: e.sentence, kept: e.decision !== 'REJECTED' }));
  const kept = desk.filter((d) => d.kept).length;
  if (kept < MIN_EXAMPLES_EACH || desk.length - kept < MIN_EXAMPLES_EACH) {
    throw new AppError(
      'INVALID',
      `Retraining needs at least ${MIN_EXAMPLES_EACH} kept and ${MIN_EXAMPLES_EACH} rejected suggestions; the desk has ${kept} and ${desk.length - kept}.`,
    );
  }
  const version = `desk-${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`;
  const { model, evaluation } = retrainOnDeskExamples(
    desk,
    active ? decodeModel(active.weights as StoredModel) : shippedModel(),
    shippedModel(),
    version,
  );
  return db.$transaction(async (tx) => {
    const created = await tx.extractionModel.create({
      data: { version, weights: encodeModel(model), evaluation, trainedById: user.id },
      select: { id: true, version: true },
    });
    await writeAudit(tx, user, {
      action: 'extraction.model.retrain',
      entityType: 'ExtractionModel',
      entityId: created.id,
      after: { version, ...evaluation },
    });
    return { ...created, evaluation };
  });
}
