import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = process.env.E2E_PORT ?? '3107';
const baseURL = `http://localhost:${port}`;
// Playwright cannot download its own browser on offline machines; Debian's Chromium works as well.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export default defineConfig({
  testDir: '.',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // The longest workflow takes about 30 s on a quiet machine and passed 60 s with three workers on
  // two cores: a limit that only a hung test reaches.
  timeout: 120_000,
  // Two workers' Chromium and the server share two cores, and CI machines are busier still: an answer
  // slow to show should not fail a test, only one that never comes.
  expect: { timeout: 20_000 },
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: path.join('..', 'playwright-report') }]],
  outputDir: path.join('..', 'test-results'),
  use: {
    baseURL,
    // DOM snapshots only: the trace's screencast cost Chromium about a quarter of the suite's CPU
    // on these two cores; a failing test still gets its screenshot below.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true },
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: systemChromium,
          args: [
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx next start --port ${port}`,
    cwd: path.join(import.meta.dirname, '..'),
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    // Loopback plays the operator's front proxy, so tests can name client addresses in
    // X-Forwarded-For; requests from other addresses (127.0.0.2) are direct clients.
    env: { ...(process.env as Record<string, string>), TRUSTED_PROXIES: '127.0.0.1, ::1' },
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
