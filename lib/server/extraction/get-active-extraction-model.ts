import 'server-only';
import type { StoredModel } from '@/lib/claims/checkworthiness-model';
import { db } from '../db';
import { assertRole, type ActingUser } from '../acting-user';

/** The newsroom's active retrained model for the import page's worker, or null to use the shipped one. */
export async function getActiveExtractionModel(user: ActingUser): Promise<StoredModel | null> {
  assertRole(user, 'EDITOR', 'run the claim extractor');
  const active = await db.extractionModel.findFirst({ where: { active: true }, select: { weights: true } });
  return active ? (active.weights as StoredModel) : null;
}
