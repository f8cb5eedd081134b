import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS } from './electron/services/export-browser';

// Debian's Chromium, never a downloaded browser (TOOLCHAIN.md). Each test starts its own
// browser-mode host on a temp data folder (see test/e2e/fixtures.ts).
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_FLAGS,
    },
  },
});
