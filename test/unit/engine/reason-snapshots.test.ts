/**
 * The engine's reasons and warnings in words, for every golden case, in Chinese and English.
 * Any change of wording shows up as a diff of the committed snapshots (reviewed like code):
 * `npx vitest run test/unit/engine/reason-snapshots.test.ts -u` rewrites them after a deliberate change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { place } from '../../../shared/i18n/case-answer';
import type { Lang } from '../../../shared/i18n/translate';

const dir = fileURLToPath(new URL('../../fixtures/cases/', import.meta.url));
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, input: JSON.parse(readFileSync(dir + file, 'utf8')) }))
  .filter(({ input }) => input.expect?.error === undefined);

function rendered(lang: Lang): string {
  return cases
    .map(({ file, input }) => {
      const answer = place(input, { lang });
      const seats = Object.entries(answer.seats).map(([pid, seat]) => `- ${pid} ${seat}: ${answer.reasons[pid]}`);
      const warnings = answer.warnings.map((w) => `- ⚠ ${w.code}: ${w.message}`);
      return [`## ${file}`, '', ...seats, ...warnings, ''].join('\n');
    })
    .join('\n');
}

describe('reason snapshots', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`every golden case's reasons and warnings read as reviewed (${lang})`, async () => {
      await expect(`# Reasons and warnings (${lang})\n\n${rendered(lang)}`).toMatchFileSnapshot(
        `./__snapshots__/reasons.${lang}.md`,
      );
    });
  }
});
