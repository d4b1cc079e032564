import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Claimdesk', template: '%s · Claimdesk' },
  description: 'Fact-checks of public claims: every verdict with its sources, reviewed by two editors.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        {/* Every layout's <main> carries id="main", so keyboard users can jump past the navigation. */}
        <a
          href="#main"
          className="sr-only rounded bg-blue-800 px-3 py-2 text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
