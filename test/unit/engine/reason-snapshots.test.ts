/**
 * The engine's reasons and warnings in words, for every golden case and every reason scene (small
 * scenes for the options the golden cases leave out), in Chinese and English. Any change of
 * wording shows up as a diff of the committed snapshots (reviewed like code):
 * `npx vitest run test/unit/engine/reason-snapshots.test.ts -u` rewrites them after a deliberate change.
 * Every venue kind and every value of every rule option a kind offers (KINDS[k].ruleOptions)
 * appears in some scene, so no option's reasons go unread.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KIND_LIST } from '../../../shared/kinds';
import type { SceneOptions } from '../../../shared/model/types';
import { place } from '../../../shared/i18n/case-answer';
import type { Lang } from '../../../shared/i18n/translate';

interface Scene {
  file: string;
  input: { venue: { kind: string }; convention?: string; options?: Record<string, unknown>; expect?: { error?: unknown } };
}

function scenes(folder: string): Scene[] {
  const dir = fileURLToPath(new URL(`../../fixtures/${folder}/`, import.meta.url));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file: `${folder}/${file}`, input: JSON.parse(readFileSync(dir + file, 'utf8')) }))
    .filter(({ input }) => input.expect?.error === undefined);
}

const all = [...scenes('cases'), ...scenes('reason-scenes')];

/** What a scene is, for the reviewer: its venue kind, convention and options. */
function heading({ input }: Scene): string {
  const options = Object.entries(input.options ?? {}).map(([k, v]) => `${k}: ${String(v)}`);
  return [input.venue.kind, input.convention, ...options].filter(Boolean).join(' · ');
}

function rendered(lang: Lang): string {
  return all
    .map((scene) => {
      const answer = place(scene.input, { lang });
      const seats = Object.entries(answer.seats).map(([pid, seat]) => `- ${pid} ${seat}: ${answer.reasons[pid]}`);
      const warnings = answer.warnings.map((w) => `- ⚠ ${w.code}: ${w.message}`);
      return [`## ${scene.file}`, '', `_${heading(scene)}_`, '', ...seats, ...warnings, ''].join('\n');
    })
    .join('\n');
}

describe('reason snapshots', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`every scene's reasons and warnings read as reviewed (${lang})`, async () => {
      await expect(`# Reasons and warnings (${lang})\n\n${rendered(lang)}`).toMatchFileSnapshot(
        `./__snapshots__/reasons.${lang}.md`,
      );
    });
  }

  /** Every value other than the default, per rule option. */
  const VALUES: { [K in keyof SceneOptions]?: SceneOptions[K][] } = {
    chiefGuestTakesHostSeat: [true],
    western: [true],
    evenRow: ['main'],
    tableFacing: ['main'],
    keepDelegations: [true],
    evenRostrum: ['stageView'],
    handbookMeeting: ['honourSeat'],
    topSeat: ['behindDriver'],
    companionSeat: ['front'],
    drive: ['right'],
    leadCar: [true],
    companions: ['each'],
    interpreters: ['behind'],
    arrangement: ['vertical', 'centreOut', 'snake', 'columns'],
    hallDirection: ['left', 'right'],
    strips: ['centreOut'],
    unitOrder: ['strokes', 'pinyin', 'custom'],
    keepUnitsTogether: [false],
    hallSide: ['mirrorRostrum'],
  };
  /** The case venues that place each item kind. */
  const VENUES: Record<string, string[]> = {
    'round-table': ['round-table', 'banquet-hall'],
    'long-table': ['long-table'],
    car: ['car', 'motorcade'],
    reception: ['reception'],
    rostrum: ['rostrum', 'photo'],
    'seat-block': ['theatre'],
    'talks-table': ['talks'],
    'conference-table': ['conference'],
    elevator: ['elevator'],
    'meeting-hall': ['meeting-hall'],
  };

  it('covers every seating kind, and every value of every option the kind offers', () => {
    const missing: string[] = [];
    for (const spec of KIND_LIST.filter((k) => k.seatsPeople)) {
      const venues = VENUES[spec.kind];
      if (!venues) {
        missing.push(`${spec.kind}: no case venue`);
        continue;
      }
      const of = (kinds: string[]) => all.filter((s) => kinds.includes(s.input.venue.kind));
      if (of(venues).length === 0) missing.push(`${spec.kind}: no scene`);
      // An option of several items together (a hall's, a motorcade's) is one of the whole group.
      const group = KIND_LIST.filter((k) => k.group === spec.group).flatMap((k) => VENUES[k.kind] ?? []);
      for (const [key, when] of Object.entries(spec.ruleOptions) as [keyof SceneOptions, 'any' | 'several'][]) {
        const where = of(when === 'several' ? group : venues);
        if (!VALUES[key]) missing.push(`${spec.kind}: ${key} has no values listed here`);
        for (const value of VALUES[key] ?? []) {
          if (!where.some((s) => s.input.options?.[key] === value)) missing.push(`${spec.kind}: ${key} ${String(value)}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
