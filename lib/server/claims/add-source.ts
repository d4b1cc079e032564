import 'server-only';
import type { AddSourceInput } from '@/lib/validation/source';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';
import { findClaimForEdit } from './find-claim-for-edit';

export async function addSource(user: ActingUser, { claimId, ...fields }: AddSourceInput) {
  assertAllowed(user, 'source.add');
  return db.$transaction(async (tx) => {
    await findClaimForEdit(tx, claimId, 'add sources');
    const source = await tx.source.create({ data: { ...fields, claimId, addedById: user.id } });
    await writeAudit(tx, user, {
      action: 'source.add',
      entityType: 'Claim',
      entityId: claimId,
      after: { sourceId: source.id, url: source.url, title: source.title, stance: source.stance },
    });
    return source;
  });
}
