import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // One worker per core, not vitest's default of one fewer: many files spend most of their time
    // waiting on child processes (Chromium printing, hosts, the CLI), and on a 2-core machine the
    // default of one worker ran every file in a row.
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
    // Setup hooks build bundles and start hosts; on a loaded 2-core CI machine 10 s is not enough.
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
