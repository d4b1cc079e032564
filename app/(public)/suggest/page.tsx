import type { Metadata } from 'next';
import { absoluteUrl } from '@/lib/site';
import { SuggestForm } from './_components/suggest-form';
import { suggestPath } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Suggest a claim or report an error',
  alternates: { canonical: absoluteUrl(suggestPath()) },
};

export default async function SuggestPage({ searchParams }: { searchParams: Promise<{ claim?: string }> }) {
  const { claim } = await searchParams;
  return (
    <section className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-semibold">Suggest a claim or report an error</h1>
      <p className="text-stone-700">
        Seen a claim we should check, or think one of our verdicts is wrong? Tell us. Editors read every
        message.
      </p>
      <SuggestForm claimSlug={claim?.slice(0, 200)} />
    </section>
  );
}
