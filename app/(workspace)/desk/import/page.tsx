import type { Metadata } from 'next';
import { getActiveExtractionModel } from '@/lib/server/extraction/get-active-extraction-model';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import Link from 'next/link';
import { can } from '@/lib/access-rules';
import { deskBulkImportPath } from '@/lib/routes';
import { ImportForm } from './_components/import-form';

export const metadata: Metadata = { title: 'Import an article' };

export default async function ImportPage() {
  const user = await requireDeskUser();
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Import an article</h1>
      {can(user.role, 'article.import') ? (
        <>
          <p className="max-w-3xl text-sm text-stone-700">
            Paste the article, then find its claims. Each suggested claim is highlighted where it stands in
            the text with its speaker, kind, check-worthiness score and any figure it asserts. Accept, edit,
            split or reject each one; what you accept is saved anchored to the exact characters.
          </p>
          <p className="text-sm">
            <Link href={deskBulkImportPath()} className="text-blue-800 underline">
              Import many articles at once
            </Link>{' '}
            — the claims found are added to the queue for triage.
          </p>
          <ImportForm model={await getActiveExtractionModel(user)} />
        </>
      ) : (
        <p>Viewers cannot import articles.</p>
      )}
    </section>
  );
}
