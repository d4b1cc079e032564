import Link from 'next/link';
import type { Metadata } from 'next';
import { describeEvent } from '@/lib/history/describe-event';
import { getClaimHistory } from '@/lib/server/claims/get-claim-history';
import { loadOr404 } from '@/lib/server/load-or-404';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { ClaimTabs } from '../_components/claim-tabs';
import { deskArticlePath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Claim history' };

export default async function ClaimHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireDeskUser();
  const { claim, events } = await loadOr404(getClaimHistory(user, id));
  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={deskArticlePath(claim.article.id)} className="text-blue-800 hover:underline">
          ← {claim.article.title}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">{claim.claimReviewed}</h1>
      <ClaimTabs claimId={claim.id} current="history" />
      {events.length === 0 ? (
        <p className="text-stone-600">Nothing has changed since the claim was created.</p>
      ) : (
        <ol className="space-y-3" data-testid="history">
          {events.map((e) => {
            const { summary, changes } = describeEvent(e);
            return (
              <li key={e.id} className="rounded-md bg-white p-3 text-sm ring-1 ring-stone-200">
                <p>
                  <strong>
                    {e.actor?.name ?? (e.action === 'claim.migrate' ? 'Claimdesk' : 'A deleted user')}
                  </strong>{' '}
                  {summary}
                  <span className="text-stone-500">
                    {' '}
                    · {e.createdAt.toISOString().slice(0, 19).replace('T', ' ')} UTC
                  </span>
                </p>
                {changes.length > 0 && (
                  <table className="mt-2 w-full text-left text-xs">
                    <thead className="text-stone-600">
                      <tr>
                        <th className="w-32 py-1 font-medium">Field</th>
                        <th className="py-1 font-medium">Before</th>
                        <th className="py-1 font-medium">After</th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.map((c) => (
                        <tr key={c.field} className="border-t border-stone-100 align-top">
                          <th scope="row" className="py-1 font-medium">
                            {c.field}
                          </th>
                          <td className="py-1 pr-3 whitespace-pre-wrap text-red-900">
                            {c.before !== undefined ? <del>{c.before}</del> : '—'}
                          </td>
                          <td className="py-1 whitespace-pre-wrap text-emerald-900">
                            {c.after !== undefined ? <ins className="no-underline">{c.after}</ins> : '—'}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
