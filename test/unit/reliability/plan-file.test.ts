import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import {
  MAX_PLAN_FILE_BYTES,
  PLAN_FILE_VERSION,
  readPlanFile,
  safeFileName,
  writePlanFile,
} from '../../../electron/services/plan-file';
import { createServices, type Services } from '../../../electron/services/services';
import { fileWarningText } from '../../../shared/i18n/problems';
import { SCHEMA_VERSION } from '../../../shared/model/types';
import { banquetPlan } from '../../helpers/plans';
import { tempDir } from '../../helpers/temp';

const plan = () => ({ ...banquetPlan([{ name: '钱七', side: 'guest', rank: 1 }]), id: 'p1', name: '欢迎晚宴 2026/12' });
const exported = () => writePlanFile(plan(), '0.1.0', new Date(Date.UTC(2026, 10, 23)));

describe('.zuoci file', () => {
  it('round-trips a plan exactly, with a safe file name', () => {
    const file = exported();
    expect(file.fileName).toBe('欢迎晚宴 2026_12.zuoci');
    const header = JSON.parse(file.text) as Record<string, unknown>;
    expect(header).toMatchObject({
      format: 'zuoci-plan',
      formatVersion: PLAN_FILE_VERSION,
      app: '0.1.0',
      exportedAt: '2026-11-23T00:00:00.000Z',
    });
    expect(readPlanFile(file.text)).toEqual({ plan: plan(), warnings: [], assets: {} });
    expect(readPlanFile(`\uFEFF${file.text}`).plan).toEqual(plan()); // a BOM added by an editor is fine
  });

  it('refuses a file from a newer Zuoci, by file format or by plan format', () => {
    const newer = exported().text.replace(`"formatVersion":${PLAN_FILE_VERSION}`, `"formatVersion":${PLAN_FILE_VERSION + 1}`);
    expect(() => readPlanFile(newer, 'a.zuoci')).toThrow(
      `a.zuoci cannot be opened: it was made by a newer Zuoci (file format ${PLAN_FILE_VERSION + 1}; this version reads up to ${PLAN_FILE_VERSION}). Update Zuoci to open it.`,
    );
    const newerPlan = writePlanFile({ ...plan(), schemaVersion: SCHEMA_VERSION + 1 }, '9', new Date()).text;
    expect(() => readPlanFile(newerPlan, 'b.zuoci')).toThrow(/b\.zuoci cannot be opened: .*saved by a newer Zuoci/);
  });

  it('migrates a plan document written by an older Zuoci (no schemaVersion)', () => {
    const { schemaVersion: _v, ...old } = plan();
    const text = JSON.stringify({ format: 'zuoci-plan', formatVersion: 1, plan: old });
    expect(readPlanFile(text).plan).toEqual(plan());
  });

  it('names what is wrong with truncated, foreign, empty, hand-edited and oversized files', () => {
    const text = exported().text;
    const cases: [string, RegExp][] = [
      [text.slice(0, Math.floor(text.length / 2)), /t\.zuoci cannot be opened: it is not a complete Zuoci file .*truncated/],
      ['', /the file is empty/],
      ['{"hello": 1}', /it is not a Zuoci plan file \(expected "format": "zuoci-plan"\)/],
      ['[1,2,3]', /it is not a Zuoci plan file/],
      ['PK\u0003\u0004 binary', /not a complete Zuoci file/],
      [text.replace('"formatVersion":1', '"formatVersion":"one"'), /formatVersion: .*number/],
      [text.replace('"side":"guest"', '"side":"vip"'), /the plan inside is invalid: plan\.people\[0\]\.side/],
      [text.replace('"rank":1', '"rank":-3'), /plan\.people\[0\]\.rank/],
      [text.replace(/"sha256":"[0-9a-f]+"/, '"sha256":"xyz"'), /sha256: expected 64 hex digits/],
    ];
    for (const [bad, message] of cases) expect(() => readPlanFile(bad, 't.zuoci')).toThrow(message);
    const big = ' '.repeat(MAX_PLAN_FILE_BYTES + 1);
    expect(() => readPlanFile(big, 'big.zuoci')).toThrow(
      'big.zuoci cannot be opened: it is 48.0 MB; a Zuoci plan file is at most 48.0 MB.',
    );
  });

  it('opens a hand-edited but valid plan with a warning that it changed after export', () => {
    const edited = exported().text.replace('钱七', '孙八');
    const { plan: read, warnings } = readPlanFile(edited, 'e.zuoci');
    expect(read.people[0]!.name).toBe('孙八');
    expect(warnings).toEqual([{ file: 'e.zuoci', kind: 'checksum' }]);
    expect(fileWarningText('en', warnings[0]!)).toMatch(/e\.zuoci: the plan was changed after it was exported/);
    expect(fileWarningText('zh', warnings[0]!)).toMatch(/e\.zuoci：此计划在导出后被修改过/);
  });

  it('file names never carry path separators or reserved characters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(safeFileName('a:b*c?"<>|')).toBe('a_b_c_____');
    expect(safeFileName('...')).toBe('plan');
  });
});

describe('planFile channels', () => {
  let tmp: ReturnType<typeof tempDir>;
  let services: Services;
  beforeEach(() => {
    tmp = tempDir();
    services = createServices({ dataDir: tmp.dir, mode: 'browser', version: '7.7.7' });
  });
  afterEach(() => {
    services.close();
    tmp.cleanup();
  });
  const call = (channel: string, req: unknown) => dispatch(services.handlers, channel, req);

  it('exports a plan and imports it back as a new plan with an "imported" revision', async () => {
    await call('plans.save', { plan: plan() });
    const out = (await call('planFile.export', { id: 'p1' })) as { ok: true; value: { fileName: string; text: string } };
    expect(out.ok).toBe(true);
    expect(JSON.parse(out.value.text)).toMatchObject({ app: '7.7.7' });
    const imported = (await call('planFile.import', { fileName: out.value.fileName, text: out.value.text })) as {
      ok: true;
      value: { plan: { id: string; name: string }; warnings: string[] };
    };
    expect(imported.value.plan.id).not.toBe('p1');
    expect(imported.value.plan.name).toBe(plan().name);
    expect(imported.value.warnings).toEqual([]);
    const got = (await call('plans.get', { id: imported.value.plan.id })) as { ok: true; value: { plan: object } };
    expect(got.value.plan).toEqual({ ...plan(), id: imported.value.plan.id });
    expect(await call('revisions.list', { planId: imported.value.plan.id })).toMatchObject({
      ok: true,
      value: [{ reason: 'imported' }],
    });
    expect(((await call('plans.list', {})) as { value: unknown[] }).value).toHaveLength(2);
  });

  it('a bad file is refused with its name and the problem, and the library is unchanged', async () => {
    await call('plans.save', { plan: plan() });
    const result = await call('planFile.import', {
      fileName: '坏文件.zuoci',
      text: '{"format":"zuoci-plan","formatVersion":1,"plan":{',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-plan', message: expect.stringMatching(/^坏文件\.zuoci cannot be opened/) },
    });
    expect(((await call('plans.list', {})) as { value: unknown[] }).value).toHaveLength(1);
  });
});
