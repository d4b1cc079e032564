import type { Page, Route } from '@playwright/test';

/**
 * Holds the page's next POST to `url` instead of sending it (other requests pass), for a test that
 * then delivers, repeats or drops it. The route is in place when this returns, so the click that
 * posts may follow at once; `held` resolves with the post.
 */
export async function holdNextPost(page: Page, url: string): Promise<{ held: Promise<Route> }> {
  let hold: (route: Route) => void = () => {};
  const held = new Promise<Route>((resolve) => (hold = resolve));
  await page.route(url, (route) => (route.request().method() === 'POST' ? hold(route) : route.continue()));
  return { held };
}
