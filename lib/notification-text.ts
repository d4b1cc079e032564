import type { NotificationKind } from '@/generated/prisma/enums';

/** "Erin Editor assigned you a claim" — what each notice says, from the point of view of its reader. */
export function notificationText(kind: NotificationKind, actor: string | undefined): string {
  const who = actor ?? 'Someone';
  switch (kind) {
    case 'ASSIGNED':
      return `${who} assigned you a claim`;
    case 'REVIEW_REQUESTED':
      return `${who} asked for a review`;
    case 'REJECTED':
      return `${who} sent your verdict back`;
    case 'PUBLISHED':
      return `${who} published your claim`;
  }
}
