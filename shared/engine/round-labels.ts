/**
 * The seat ring of a round table (RULES.md §1): labels run counter-clockwise seen from above
 * starting at P: P, R1…Rm, (O), Lm…L1. Its own module because both placers of a round table —
 * the Chinese one (round-table.ts) and the Western one (western.ts) — seat this ring, and the
 * Chinese placer hands Western tables to western.ts.
 */

/** Seats on each side of P (m): R1…Rm and L1…Lm. */
export function sideCount(n: number): number {
  return n % 2 === 0 ? n / 2 - 1 : (n - 1) / 2;
}

export function roundLabels(n: number): string[] {
  const m = sideCount(n);
  const rs = Array.from({ length: m }, (_, i) => `R${i + 1}`);
  const ls = Array.from({ length: m }, (_, i) => `L${m - i}`);
  return ['P', ...rs, ...(n % 2 === 0 ? ['O'] : []), ...ls];
}
