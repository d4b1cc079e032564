/**
 * Which navigation link is the page being shown: among the links to this path whose query the
 * address also carries, the most specific. On /desk/queue?mine=1 that is "My claims"
 * (/desk/queue?mine=1), not "Queue" (/desk/queue); on /desk/queue?status=NEW it is "Queue". Without
 * the address's query (a statically rendered page) only the path decides.
 */
export function currentNavLink(
  hrefs: string[],
  pathname: string,
  search?: { get(name: string): string | null },
): string | undefined {
  let best: string | undefined;
  let bestKeys = -1;
  for (const href of hrefs) {
    const url = new URL(href, 'http://nav.invalid');
    const keys = [...url.searchParams.keys()];
    const matches =
      url.pathname === pathname && keys.every((key) => search?.get(key) === url.searchParams.get(key));
    if (matches && keys.length > bestKeys) [best, bestKeys] = [href, keys.length];
  }
  return best;
}
