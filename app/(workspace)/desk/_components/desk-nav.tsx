'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { NavItems, type NavItem } from '@/components/nav-link';
import { currentNavLink } from '@/lib/current-nav-link';

/**
 * The desk's navigation links, the page being shown marked by path and query ("My claims" is the
 * queue with ?mine=1). Desk pages render per request, so reading the query costs no prerender.
 */
export function DeskNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const search = useSearchParams();
  return (
    <NavItems
      items={items}
      current={currentNavLink(
        items.map((i) => i.href),
        pathname,
        search,
      )}
    />
  );
}
