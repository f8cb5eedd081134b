import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * `npm run test:unit` is the quick loop (under 30 s on a 2-core machine): it leaves out the files
 * that print through Chromium or start processes (the host, the CLI, faulty disks). `npm test`
 * (scripts/test-all.mjs, ZUOCI_TEST_TIER=full, what CI runs) and a file named on the command line
 * always run them.
 */
const PROCESS_HEAVY = [
  'test/unit/output/{export,place-cards,charts,large-charts,sheets,channels,svg-render,underlay-export,underlay-pdf,every-sheet}.test.ts',
  'test/unit/security/print-isolation.test.ts',
  'test/unit/reliability/startup-faults.test.ts',
  'test/unit/engine/place-cli.test.ts',
  'test/unit/people/people-cli.test.ts',
];
const quickLoop = process.env.npm_lifecycle_event === 'test:unit' && process.env.ZUOCI_TEST_TIER !== 'full';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    exclude: quickLoop ? [...configDefaults.exclude, ...PROCESS_HEAVY] : configDefaults.exclude,
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
