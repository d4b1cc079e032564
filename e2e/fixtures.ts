import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { scriptClient } from '../prisma/client';
import { createWorld, type World } from '../prisma/test-world';

type Credentials = { email: string; password: string };

export async function signIn(page: Page, user: Credentials) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Signing in hashes a password: slow when the machine is busy.
  await expect(page.getByTestId('signed-in-as')).toBeVisible({ timeout: 30_000 });
}

/** A fresh browser context per person, so two editors can work side by side. */
export async function pageAs(browser: Browser, user: Credentials) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

const db = scriptClient();

// Each test gets its own copy of the Anchorage article and its own users; no test sees another's data.
export const test = base.extend<{ world: World; db: typeof db }>({
  db: async ({}, provide) => provide(db),
  world: async ({}, provide) => provide(await createWorld(db)),
});

export { expect };
