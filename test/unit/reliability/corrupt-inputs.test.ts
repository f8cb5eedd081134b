/**
 * Bad input of every kind the host can receive, each checked for the three promises: a clear
 * message naming the problem, the host keeps running, and nothing already saved is lost.
 * (Damaged and newer databases: backup.test.ts; damaged .zuoci files: plan-file.test.ts.
 * This file covers what crosses the transports and what is left of a library on disk.)
 */
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserHost } from '../../../electron/host/browser-host';
import { BACKUP_DIR } from '../../../electron/services/backup';
import { DAMAGED_DIR } from '../../../electron/services/backup-recovery';
import { dispatch } from '../../../electron/services/dispatch';
import { MAX_PLAN_FILE_BYTES } from '../../../electron/services/plan-file';
import { createServices, DATABASE_FILE, type Services } from '../../../electron/services/services';
import { decodeText } from '../../../shared/people/decode';
import { parseDelimited } from '../../../shared/people/delimited';
import { banquetPlan } from '../../helpers/plans';
import { tempDir } from '../../helpers/temp';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const plan = { ...banquetPlan([{ name: '周九', side: 'guest', rank: 1 }]), id: 'kept', name: '已保存的计划' };
const open = () => createServices({ dataDir: tmp.dir, mode: 'browser', version: 'test' });
const call = (services: Services, channel: string, req: unknown) => dispatch(services.handlers, channel, req);

async function savedLibrary(): Promise<void> {
  const services = open();
  await call(services, 'plans.save', { plan });
  services.close(); // closing takes an automatic backup of the change
}

describe('a damaged library on disk', () => {
  it('garbage in the write-ahead log: the saved plan is still there, the database is sound', async () => {
    await savedLibrary();
    writeFileSync(join(tmp.dir, `${DATABASE_FILE}-wal`), Buffer.alloc(64 * 1024, 0x5a));
    const services = open();
    expect(await call(services, 'plans.get', { id: 'kept' })).toMatchObject({
      ok: true,
      value: { plan: { name: '已保存的计划' } },
    });
    expect(services.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(await call(services, 'safety.notices', {})).toEqual({ ok: true, value: [] });
    services.close();
  });

  it('a database file emptied to 0 bytes: restored from the newest backup, with a notice', async () => {
    await savedLibrary();
    writeFileSync(join(tmp.dir, DATABASE_FILE), '');
    const services = open();
    const notices = await call(services, 'safety.notices', {});
    expect(notices).toMatchObject({
      ok: true,
      value: [{ problem: 'the database file is empty (0 bytes)', restoredFrom: expect.stringMatching(/^zuoci-auto-/) }],
    });
    expect(await call(services, 'plans.get', { id: 'kept' })).toMatchObject({
      ok: true,
      value: { plan: { name: '已保存的计划' } },
    });
    services.close();
  });

  it('a damaged plan row: the others list, opening it names the plan and the problem', async () => {
    await savedLibrary();
    const services = open();
    await call(services, 'plans.save', { plan: { ...plan, id: 'other', name: '另一个' } });
    services.store.db.prepare('UPDATE plans SET document = \'{"id":"kept"\' WHERE id = \'kept\'').run();
    expect(await call(services, 'plans.list', {})).toMatchObject({ ok: true, value: [{ id: 'other' }] });
    expect(await call(services, 'plans.get', { id: 'kept' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-plan', message: expect.stringMatching(/^plan kept is damaged: plan: expected a JSON object/) },
    });
    services.close();
  });

  it('a damaged revision row: left out of the list, restoring it names the problem, the plan is untouched', async () => {
    await savedLibrary();
    const services = open();
    const rev = (await call(services, 'revisions.create', { planId: 'kept', name: '快照' })) as {
      ok: true;
      value: { id: number };
    };
    services.store.db.prepare("UPDATE revisions SET document = '[]' WHERE id = ?").run(rev.value.id);
    expect(await call(services, 'revisions.list', { planId: 'kept' })).toEqual({ ok: true, value: [] });
    expect(await call(services, 'revisions.restore', { planId: 'kept', revisionId: rev.value.id })).toMatchObject({
      ok: false,
      error: { message: `revision ${rev.value.id} is damaged: plan: expected a JSON object` },
    });
    expect(await call(services, 'plans.get', { id: 'kept' })).toMatchObject({
      ok: true,
      value: { plan: { name: '已保存的计划' } },
    });
    services.close();
  });

  it('a damaged backup file is skipped when a damaged database is replaced', async () => {
    await savedLibrary();
    const backups = readdirSync(join(tmp.dir, BACKUP_DIR));
    // A newer, broken backup must not be chosen over the older good one.
    writeFileSync(join(tmp.dir, BACKUP_DIR, 'zuoci-manual-29990101-000000000.sqlite'), 'broken');
    writeFileSync(join(tmp.dir, DATABASE_FILE), 'SQLite format 3\u0000 but not really');
    const services = open();
    expect(await call(services, 'safety.notices', {})).toMatchObject({ ok: true, value: [{ restoredFrom: backups[0] }] });
    expect(existsSync(join(tmp.dir, DAMAGED_DIR))).toBe(true);
    expect(await call(services, 'plans.get', { id: 'kept' })).toMatchObject({ ok: true });
    services.close();
  });
});

describe('oversized input', () => {
  it('a .zuoci text over the limit is refused by size before it is parsed', async () => {
    await savedLibrary();
    const services = open();
    const huge = `{"format":"zuoci-plan","formatVersion":1,"plan":"${'x'.repeat(MAX_PLAN_FILE_BYTES)}"}`;
    expect(await call(services, 'planFile.import', { fileName: '巨大.zuoci', text: huge })).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(/^巨大\.zuoci cannot be opened: it is 48\.0 MB; a Zuoci plan file is at most 48\.0 MB\.$/),
      },
    });
    expect(await call(services, 'plans.list', {})).toMatchObject({ ok: true, value: [{ id: 'kept' }] });
    services.close();
  });

  it('a request body over 64 MB gets 413 with the limit, and the host keeps serving', async () => {
    await savedLibrary();
    const host = await startBrowserHost({ dataDir: tmp.dir, staticDir: tmp.dir, version: 'test' });
    const url = `http://127.0.0.1:${host.port}/api/plans.save`;
    const big = await fetch(url, {
      method: 'POST',
      headers: { 'x-zuoci-token': host.token, 'Content-Type': 'application/json' },
      body: Buffer.alloc(65 * 1024 * 1024, 0x20),
    }).then(
      async (r) => ({ status: r.status, text: await r.text() }),
      (e: Error) => ({ status: 0, text: e.message }),
    );
    expect(big).toEqual({ status: 413, text: 'Request too large: the limit is 64 MB.' });
    const list = await fetch(`http://127.0.0.1:${host.port}/api/plans.list`, {
      method: 'POST',
      headers: { 'x-zuoci-token': host.token, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(await list.json()).toMatchObject({ ok: true, value: [{ id: 'kept' }] });
    await host.close();
  });

  it('a plan with a field far past its limit is refused with the field named, nothing saved', async () => {
    await savedLibrary();
    const services = open();
    const result = await call(services, 'plans.save', { plan: { ...plan, name: '名'.repeat(100_000) } });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-plan', message: expect.stringMatching(/^plan not saved: name:/) },
    });
    expect(await call(services, 'plans.get', { id: 'kept' })).toMatchObject({
      ok: true,
      value: { plan: { name: '已保存的计划' } },
    });
    const db = new Database(join(tmp.dir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    services.close();
  });
});

// Issue 5's list import parses CSV in the renderer (shared/people) and .xlsx on the host;
// here: that malformed files come back as a named problem and never as a crash.
describe('malformed spreadsheets and CSV', () => {
  async function xlsxBytes(): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['姓名', '单位', '职务']);
    for (let i = 0; i < 200; i++) sheet.addRow([`客人${i}`, '某集团', '总经理']);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('garbage, truncated, non-xlsx zip and oversized .xlsx each get their problem; the host goes on', async () => {
    const services = open();
    const read = (bytes: Buffer) => call(services, 'people.readXlsx', { fileName: 'x.xlsx', data: bytes.toString('base64') });
    const good = await xlsxBytes();
    expect(await read(good)).toMatchObject({ ok: true, value: { sheets: [{ name: '名单', rows: expect.any(Array) }] } });
    const cases: [string, Buffer, string][] = [
      ['random bytes', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)), 'notXlsx'],
      ['an .xlsx cut in half', good.subarray(0, Math.floor(good.length / 2)), 'notXlsx'],
      ['a zip header with junk after it', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(3000, 0x41)]), 'notXlsx'],
      ['a CSV renamed to .xlsx', Buffer.from('姓名,单位\n张三,某局\n'), 'notXlsx'],
      ['an empty file', Buffer.alloc(0), 'notXlsx'],
      ['31 MB', Buffer.alloc(31 * 1024 * 1024, 0x50), 'tooLarge'],
    ];
    for (const [what, bytes, problem] of cases) {
      expect(await read(bytes), what).toEqual({ ok: true, value: { sheets: [], problem } });
    }
    expect(await call(services, 'plans.list', {})).toMatchObject({ ok: true });
    services.close();
  });

  it('CSV with an unclosed quote names the row; binary junk decodes without throwing', () => {
    const csv = parseDelimited('姓名,单位\n张三,"某局\n李四,某厅\n');
    expect(csv.unclosedQuoteRows).toEqual([2]);
    const junk = decodeText(new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256)));
    expect(typeof junk.text).toBe('string');
    expect(() => parseDelimited(junk.text)).not.toThrow();
  });
});
