import type { ClaimStatus } from '@/generated/prisma/enums';
import { STATUS_LABEL } from '@/lib/labels';

export function StatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <span className="inline-block rounded bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-700 ring-1 ring-stone-300">
      {STATUS_LABEL[status]}
    </span>
  );
}
