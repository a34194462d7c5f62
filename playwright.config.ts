import { defineConfig } from '@playwright/test'

/**
 * Browser specs (tests/e2e) against the production build on SQLite, in Debian's Chromium
 * (no browser download: see README). Run by `npm test` after the vitest suites.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/globalSetup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Screenshots named by the spec and the platform only, whichever project takes them.
  snapshotPathTemplate: '{testDir}/{testFilePath}-snapshots/{arg}-{platform}{ext}',
  workers: 2,
  // scripts/test.mjs asks for a JSON report too, to add these results to the suite's total.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE
    ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE }]]
    : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // The screenshots first, on the seeded content alone: other specs publish onto the home page and lists.
    { name: 'looks', testMatch: /design\.spec\.ts$/ },
    { name: 'behaviour', testIgnore: /design\.spec\.ts$/, dependencies: ['looks'] },
  ],
})
