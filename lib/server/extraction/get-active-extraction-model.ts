import 'server-only';
import type { StoredModel } from '@/lib/claims/checkworthiness-model';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';

/** The newsroom's active retrained model for the import page's worker, or null to use the shipped one. */
export async function getActiveExtractionModel(user: ActingUser): Promise<StoredModel | null> {
  assertAllowed(user, 'extraction.model.use');
  const active = await db.extractionModel.findFirst({ where: { active: true }, select: { weights: true } });
  return active ? (active.weights as StoredModel) : null;
}
