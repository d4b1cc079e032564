import Link from 'next/link';
import { VerdictList } from '@/components/public/verdict-list';
import { listPublishedClaims } from '@/lib/server/public/list-published-claims';
import { cachedPublic } from '@/lib/server/public-cache';
import { verdictsPath } from '@/lib/routes';

// Read through the tagged public cache: no database query per view, and no database at build.
export const dynamic = 'force-dynamic';
const latest = cachedPublic(() => listPublishedClaims(), 'home-latest');

export default async function PublicHome() {
  const { claims, total } = await latest();
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-3xl font-semibold">Latest verdicts</h1>
        <p className="text-stone-700">
          Every verdict lists its sources and was reviewed by a second editor before publication.
        </p>
      </div>
      <VerdictList claims={claims} empty="No verdicts published yet." />
      {total > claims.length && (
        <Link href={verdictsPath('page=2')} className="inline-block text-blue-800 underline">
          Older verdicts
        </Link>
      )}
      <p className="text-sm">
        <Link href={verdictsPath()} className="text-blue-800 underline">
          Browse all verdicts by rating, speaker or article
        </Link>
      </p>
    </section>
  );
}
