import type { Prisma } from '@/generated/prisma/client';
import type { Tx } from './db';
import type { ActingUser } from './acting-user';

type AuditInput = {
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Must be called with the transaction that makes the change, so no change exists without its record. */
export function writeAudit(tx: Tx, actor: ActingUser, event: AuditInput) {
  return tx.auditEvent.create({ data: { actorId: actor.id, ...event } });
}
