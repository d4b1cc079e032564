import type { Metadata } from 'next';
import Link from 'next/link';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { can } from '@/lib/access-rules';
import { deskImportPath } from '@/lib/routes';
import { BulkImportForm } from './_components/bulk-import-form';

export const metadata: Metadata = { title: 'Import many articles' };

export default async function BulkImportPage() {
  const user = await requireDeskUser();
  return (
    <section className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Import many articles</h1>
      {can(user.role, 'article.import.bulk') ? (
        <>
          <p className="text-sm text-stone-700">
            Choose a batch of transcripts or articles from one outlet. Our servers save each one and add the
            claims the extractor suggests to the claim queue, new and ready for triage; you can leave this
            page while they work. Suggestions whose speaker could not be told are kept back for you to review
            on the article.
          </p>
          <BulkImportForm />
          <p className="text-sm">
            <Link href={deskImportPath()} className="text-blue-800 underline">
              Import one article and review its claims instead
            </Link>
          </p>
        </>
      ) : (
        <p>Viewers cannot import articles.</p>
      )}
    </section>
  );
}
