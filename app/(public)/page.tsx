import Link from 'next/link';
import { VerdictBadge } from '@/components/verdict-badge';
import { listPublishedClaims } from '@/lib/server/data/list-published-claims';

export const dynamic = 'force-dynamic';

export default async function PublicHome() {
  const claims = await listPublishedClaims();
  return (
    <section>
      <h1 className="mb-6 text-3xl font-semibold">Latest verdicts</h1>
      {claims.length === 0 ? (
        <p className="text-stone-600">No verdicts have been published yet.</p>
      ) : (
        <ul className="space-y-4">
          {claims.map((c) => (
            <li key={c.slug} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200">
              <div className="mb-1 flex items-center gap-2 text-sm text-stone-600">
                <VerdictBadge rating={c.verdict.rating} /> {c.speaker.name} · {c.article.title}
              </div>
              <Link href={`/claims/${c.slug}`} className="text-lg font-medium text-blue-900 hover:underline">
                {c.claimReviewed}
              </Link>
              <p className="text-sm text-stone-700">{c.verdict.conclusion}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
