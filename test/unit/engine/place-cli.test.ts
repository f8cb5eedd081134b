import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = (...args: string[]) =>
  spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/place.ts'), ...args], { encoding: 'utf8', cwd: root });

describe('place command', () => {
  it('prints the answer JSON, reasons in Chinese by default and English with --lang en', () => {
    const file = join(root, 'test/fixtures/cases/round10-two-hosts-4-guests.json');
    const zh = run(file);
    expect(zh.status).toBe(0);
    const answer = JSON.parse(zh.stdout);
    expect(answer.seats).toMatchObject({ H1: 'P', H2: 'O', g3: 'L4' });
    expect(answer.reasons.g1).toContain('主陪右手');
    const en = run(file, '--lang', 'en');
    expect(JSON.parse(en.stdout).reasons.g1).toContain('right hand of the chief host');
  }, 30_000);

  it('reports the protocol check of the placed scene, as the editor does (a locked senior below a junior)', () => {
    const res = run(join(root, 'test/fixtures/cases/round10-lock-g1-at-L1.json'), '--lang', 'en');
    expect(res.status).toBe(0);
    const warnings: { code: string; message: string }[] = JSON.parse(res.stdout).warnings;
    expect(warnings).toContainEqual({
      code: 'locked-against-rules',
      message: 'g1 is locked at Left 1, against the rules (they give Right 1)',
    });
    expect(warnings.map((w) => w.code)).toContain('seniority-inverted');
    const clean = run(join(root, 'test/fixtures/cases/round10-two-hosts-4-guests.json'));
    expect(JSON.parse(clean.stdout).warnings).toEqual([]);
  }, 30_000);

  it('reports a rank tie as the editor does, not seating the second of the two 3rd in silence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zuoci-place-'));
    const file = join(dir, 'tie.json');
    const tie = (rank: number) => ({
      venue: { kind: 'round-table', seats: 8 },
      people: [
        { id: 'H1', side: 'host', rank: 1 },
        { id: 'g1', side: 'guest', rank: 1 },
        { id: 'g2', side: 'guest', rank: 2 },
        { id: 'g3', side: 'guest', rank },
      ],
    });
    writeFileSync(file, JSON.stringify(tie(2)));
    const res = run(file);
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout).warnings).toEqual([
      { code: 'rank-tie', message: 'g2、g3 排序相同（客人第2位），暂按名单顺序排座' },
    ]);
    writeFileSync(file, JSON.stringify(tie(3)));
    expect(JSON.parse(run(file).stdout).warnings).toEqual([]);
  }, 30_000);

  it('fails with exit code 1 and a message naming the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'place-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ venue: { kind: 'round-table', seats: 30 }, people: [] }));
    const res = run(bad);
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('venue.seats: expected an integer 4–24');
    const notJson = join(dir, 'x.json');
    writeFileSync(notJson, '{');
    expect(run(notJson).stderr).toContain('not valid JSON');
    expect(run(join(dir, 'missing.json')).status).toBe(1);
    expect(run(bad, '--lang', 'fr').stderr).toContain('--lang');
  }, 30_000);
});
