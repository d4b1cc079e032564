'use client';

import './globals.css';

/** Replaces the root layout when it fails itself, so it brings its own html and body. */
export default function GlobalError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <main className="mx-auto max-w-xl space-y-4 px-4 py-16" data-testid="error-page">
          <h1 className="text-2xl font-semibold">Claimdesk could not be shown</h1>
          <p className="text-stone-700">
            Something went wrong on our side. Nothing you saved is lost. Try again in a moment.
          </p>
          <button
            type="button"
            onClick={() => retry()}
            className="rounded-md bg-blue-800 px-4 py-2 text-sm font-medium text-white hover:bg-blue-900"
          >
            Try again
          </button>
          {error.digest && (
            <p className="text-xs text-stone-500">
              Reference for the newsroom’s technical staff: {error.digest}
            </p>
          )}
        </main>
      </body>
    </html>
  );
}
