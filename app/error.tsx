'use client';

import { useEffect } from 'react';
import Link from 'next/link';

/**
 * What a reader or editor sees when a page fails to render (the database is down, a bug): what
 * happened in plain words, a retry that fetches the page again, and a way out.
 */
export default function ErrorPage({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="mx-auto max-w-xl space-y-4 px-4 py-16" data-testid="error-page">
      <h1 className="text-2xl font-semibold">This page could not be shown</h1>
      <p className="text-stone-700">
        Something went wrong on our side, often a database that did not answer in time. Nothing you saved is
        lost. Try again in a moment.
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-md bg-blue-800 px-4 py-2 text-sm font-medium text-white hover:bg-blue-900"
        >
          Try again
        </button>
        <Link href="/" className="text-sm text-blue-800 underline">
          Go to the front page
        </Link>
      </div>
      {error.digest && (
        <p className="text-xs text-stone-500">Reference for the newsroom’s technical staff: {error.digest}</p>
      )}
    </main>
  );
}
