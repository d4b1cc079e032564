'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { currentNavLink } from '@/lib/current-nav-link';

export type NavItem = { href: string; label: string };

/** The links of a navigation bar, the page being shown marked: aria-current, bold and underlined. */
export function NavItems({ items, current }: { items: NavItem[]; current: string | undefined }) {
  return items.map((item) => (
    <Link
      key={item.href}
      href={item.href}
      aria-current={item.href === current ? 'page' : undefined}
      className="hover:underline aria-[current=page]:font-semibold aria-[current=page]:underline"
    >
      {item.label}
    </Link>
  ));
}

/** For statically rendered pages: the path alone says which link is current. */
export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <NavItems
      items={items}
      current={currentNavLink(
        items.map((i) => i.href),
        pathname,
      )}
    />
  );
}
