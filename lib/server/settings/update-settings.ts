import 'server-only';
import type { SettingsInput } from '@/lib/validation/admin';
import { db } from '../db';
import type { ActingUser } from '../acting-user';
import { assertAllowed } from '../access';
import { writeAudit } from '../audit';
import { getSettings } from './get-settings';

export async function updateSettings(user: ActingUser, input: SettingsInput) {
  assertAllowed(user, 'settings.update');
  return db.$transaction(async (tx) => {
    const before = await getSettings(tx);
    await tx.setting.upsert({ where: { id: 1 }, update: input, create: { id: 1, ...input } });
    await writeAudit(tx, user, {
      action: 'settings.update',
      entityType: 'Setting',
      entityId: '1',
      before: { reviewVotes: before.reviewVotes },
      after: input,
    });
  });
}
