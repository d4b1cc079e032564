'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { CURRENT_LINK_STYLE } from '@/components/nav-link';

/**
 * The desk's navigation link, current on its page: "My claims" (/desk/queue?mine=1) only with its
 * query, and "Queue" only without it. Desk pages render per request, so reading the query here costs
 * no static page its prerender.
 */
export function DeskNavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const search = useSearchParams();
  const target = new URL(href, 'http://desk.invalid');
  const query = [...target.searchParams.keys()];
  const current =
    pathname === target.pathname &&
    (query.length > 0
      ? query.every((key) => search.get(key) === target.searchParams.get(key))
      : !search.has('mine'));
  return (
    <Link href={href} aria-current={current ? 'page' : undefined} className={CURRENT_LINK_STYLE}>
      {children}
    </Link>
  );
}
