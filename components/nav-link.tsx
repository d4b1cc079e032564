'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** aria-current for screen readers, bold and underlined for everyone else. */
export const CURRENT_LINK_STYLE =
  'hover:underline aria-[current=page]:font-semibold aria-[current=page]:underline';

/** A navigation link that tells where you are: current on its own page (the path alone decides). */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const current = usePathname() === href;
  return (
    <Link href={href} aria-current={current ? 'page' : undefined} className={CURRENT_LINK_STYLE}>
      {children}
    </Link>
  );
}
