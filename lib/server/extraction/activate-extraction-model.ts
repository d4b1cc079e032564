import 'server-only';
import { db } from '../db';
import { AppError } from '../app-error';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';

/** Makes a retrained model the one the import page's worker loads; `modelId` null goes back to the shipped model. */
export async function activateExtractionModel(user: ActingUser, { modelId }: { modelId: string | null }) {
  assertAllowed(user, 'extraction.model.activate');
  return db.$transaction(async (tx) => {
    const before = await tx.extractionModel.findFirst({ where: { active: true }, select: { version: true } });
    const model = modelId
      ? await tx.extractionModel.findUnique({ where: { id: modelId }, select: { id: true, version: true } })
      : null;
    if (modelId && !model) throw new AppError('NOT_FOUND', 'No such model.');
    await tx.extractionModel.updateMany({ where: { active: true }, data: { active: false } });
    if (model)
      await tx.extractionModel.update({
        where: { id: model.id },
        data: { active: true, activatedAt: new Date() },
      });
    await writeAudit(tx, user, {
      action: 'extraction.model.activate',
      entityType: 'ExtractionModel',
      entityId: model?.id ?? 'shipped',
      before: { version: before?.version ?? 'shipped' },
      after: { version: model?.version ?? 'shipped' },
    });
    return model?.version ?? null;
  });
}
