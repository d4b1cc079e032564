import type { Prisma } from '@/generated/prisma/client';
import type { AuditAction } from '@/lib/access-rules';
import type { Tx } from './db';
import type { ActingUser } from './acting-user';

type AuditInput = {
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/**
 * Must be called with the transaction that makes the change, so no change exists without its record.
 * The actor is null only for changes readers make without signing in.
 */
export function writeAudit(tx: Tx, actor: ActingUser | null, event: AuditInput) {
  return tx.auditEvent.create({ data: { actorId: actor?.id ?? null, ...event } });
}
