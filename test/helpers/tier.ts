/**
 * Test tiers. `npm test` (scripts/test-all.mjs, what CI runs) sets ZUOCI_TEST_TIER=full and runs
 * every test at full strength; `npm run test:unit` and single files run the quick tier, where the
 * long soaks run a short count and the packaged app is checked only while it is current
 * (test/unit/packaging/package-contents.test.ts), so the unit suite stays a quick loop.
 */
export const FULL_TIER = process.env.ZUOCI_TEST_TIER === 'full';

/** The count a soak runs: its override variable if set, else the full or the quick count. */
export function soakCount(override: string, full: number, quick: number): number {
  return Number(process.env[override] ?? (FULL_TIER ? full : quick));
}
