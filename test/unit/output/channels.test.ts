import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { createServices } from '../../../electron/services/services';
import { seatingListData } from '../../../shared/output/seating-list';
import { renderDocument } from '../../../renderer/src/print/views';
import { banquetPlan } from './banquet';
import { pdfWords, wordsOf } from './pdf-tools';

const dir = mkdtempSync(join(tmpdir(), 'zuoci-output-'));
const services = createServices({ dataDir: dir, mode: 'browser', version: 'test' });
afterAll(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
});
const plan = banquetPlan();

describe('export channels (browser mode: the host prints with Chromium)', () => {
  it('export.pdf prints a print-view document', async () => {
    const res = await dispatch(services.handlers, 'export.pdf', { html: renderDocument(plan, { view: 'seating-chart' }, 'zh') });
    expect(res.ok).toBe(true);
    const file = join(dir, 'chart.pdf');
    writeFileSync(file, Buffer.from((res as { value: { data: string } }).value.data, 'base64'));
    // The chart wraps this four-character name onto two lines in its seat.
    expect(wordsOf('欧阳振华', pdfWords(file))).toBeDefined();
  });

  it('export.xlsx writes the seating list; a bad request names the field', async () => {
    const ok = await dispatch(services.handlers, 'export.xlsx', { list: seatingListData(plan, undefined, 'zh') });
    expect(ok.ok).toBe(true);
    expect(
      Buffer.from((ok as { value: { data: string } }).value.data, 'base64')
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const bad = await dispatch(services.handlers, 'export.xlsx', { list: { title: 'x', subtitle: '', columns: [], tables: [] } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((bad as { error: { message: string } }).error.message).toMatch(/list\.columns/);
  });
});
