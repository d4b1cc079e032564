/** The publishing organisation: ClaimReview's `author` and the name on every public page. */
export const ORGANISATION = { name: 'Claimdesk Fact Check', url: '/' } as const;

/** Absolute base URL for canonical links; NEXTAUTH_URL is already the app's public address. */
export function siteUrl(): string {
  return (process.env.NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/$/, '');
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path}`;
}
