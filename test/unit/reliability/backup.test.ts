import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTO_BACKUP_INTERVAL, BACKUP_DIR, Backups, BACKUPS_KEPT, checkDatabase } from '../../../electron/services/backup';
import { DAMAGED_DIR, openLibrary } from '../../../electron/services/backup-recovery';
import { dispatch } from '../../../electron/services/dispatch';
import { migrations, PlanStore } from '../../../electron/services/plan-store';
import { Revisions } from '../../../electron/services/revisions';
import { createServices, DATABASE_FILE } from '../../../electron/services/services';
import { banquetPlan } from '../../helpers/plans';
import { tempDir } from '../../helpers/temp';

let tmp: ReturnType<typeof tempDir>;
let clock: number;
const DAY = Date.UTC(2026, 10, 23, 9, 30);

beforeEach(() => {
  tmp = tempDir();
  clock = DAY;
});
afterEach(() => tmp.cleanup());

function library() {
  const store = new PlanStore(join(tmp.dir, DATABASE_FILE), { now: () => clock });
  const revisions = new Revisions(store, () => clock);
  return { store, revisions, backups: new Backups(tmp.dir, store, revisions, () => clock) };
}
const plan = (id: string, name = id) => ({ ...banquetPlan([{ name: '赵六', side: 'host', rank: 1 }]), id, name });

describe('Backups', () => {
  it('writes a checked copy named by kind and time, readable while the app runs', () => {
    const { store, backups } = library();
    store.save(plan('a', '春节团拜'));
    const info = backups.create('manual');
    expect(info.name).toBe('zuoci-manual-20261123-093000000.sqlite');
    expect(checkDatabase(join(backups.dir, info.name))).toBe('ok');
    expect(backups.list()).toEqual([info]);
    expect(backups.plans(info.name).map((p) => [p.id, p.name, p.peopleCount])).toEqual([['a', '春节团拜', 1]]);
    expect(readdirSync(backups.dir).some((f) => f.endsWith('.partial'))).toBe(false);
    store.close();
  });

  it('rotates: keeps the newest N of each kind', () => {
    const { store, backups } = library();
    store.save(plan('a'));
    const manual = backups.create('manual');
    for (let i = 0; i < BACKUPS_KEPT.auto + 3; i++) {
      clock += 1000;
      backups.create('auto');
    }
    const list = backups.list();
    expect(list.filter((b) => b.kind === 'auto')).toHaveLength(BACKUPS_KEPT.auto);
    expect(list.at(-1)).toEqual(manual);
    expect(list[0]!.createdAt).toBe(clock);
    store.close();
  });

  it('never deletes a manual backup; a burst of requests with nothing changed makes one copy', () => {
    const { store, backups } = library();
    store.save(plan('a'));
    const first = backups.create('manual');
    for (let i = 0; i < 21; i++) {
      clock += 1000;
      expect(backups.create('manual')).toEqual(first);
    }
    for (let i = 0; i < 25; i++) {
      store.save(plan('a', `改名 ${i}`));
      clock += 1000;
      backups.create('manual');
      backups.create('auto');
    }
    const manual = backups.list().filter((b) => b.kind === 'manual');
    expect(manual).toHaveLength(26);
    expect(manual.at(-1)).toEqual(first);
    expect(backups.list().filter((b) => b.kind === 'auto')).toHaveLength(BACKUPS_KEPT.auto);
    store.close();
  });

  it('backs up on start only when there is something and the last one is old; on change only', () => {
    const { store, backups } = library();
    expect(backups.backupOnStart()).toBeUndefined(); // empty library
    store.save(plan('a'));
    expect(backups.backupOnStart()?.kind).toBe('auto');
    clock += AUTO_BACKUP_INTERVAL - 1;
    expect(backups.backupOnStart()).toBeUndefined();
    expect(backups.backupIfChanged()).toBeUndefined();
    store.save(plan('a', 'changed'));
    expect(backups.backupIfChanged()?.kind).toBe('auto');
    expect(backups.backupIfChanged()).toBeUndefined();
    store.close();
  });

  it('restores chosen plans from a backup, keeping the replaced state as a revision', () => {
    const { store, revisions, backups } = library();
    store.save(plan('a', '旧名'));
    store.save(plan('b', 'B'));
    const info = backups.create('manual');
    clock += 1000;
    store.save(plan('a', '新名'));
    store.delete('b');
    store.save(plan('c', 'C after backup'));
    const restored = backups.restorePlans(info.name, ['a', 'b']);
    expect(restored.map((p) => [p.id, p.name])).toEqual([
      ['a', '旧名'],
      ['b', 'B'],
    ]);
    expect(store.get('c').plan.name).toBe('C after backup'); // untouched
    const revs = revisions.list('a');
    expect(revs).toHaveLength(1);
    revisions.restore('a', revs[0]!.id);
    expect(store.get('a').plan.name).toBe('新名');
    expect(() => backups.restorePlans(info.name, ['zzz'])).toThrow(/has no plan zzz/);
    expect(() => backups.plans('../zuoci.sqlite')).toThrow(/no backup named/);
    store.close();
  });

  it('a damaged backup file gives a clear error naming it', () => {
    const { store, backups } = library();
    store.save(plan('a'));
    const info = backups.create('manual');
    writeFileSync(join(backups.dir, info.name), 'garbage'.repeat(1000));
    expect(() => backups.plans(info.name)).toThrow(new RegExp(`backup ${info.name} cannot be read: file is not a database`));
    store.close();
  });
});

describe('opening the library', () => {
  const file = () => join(tmp.dir, DATABASE_FILE);

  it('moves a garbage database aside, restores the newest good backup and says so', () => {
    const lib = library();
    lib.store.save(plan('a', '保住的计划'));
    const good = lib.backups.create('auto');
    clock += 1000;
    const broken = lib.backups.create('auto');
    lib.store.close();
    writeFileSync(join(tmp.dir, BACKUP_DIR, broken.name), 'not a backup');
    writeFileSync(file(), 'this is not a database'.repeat(300));
    const { store, notices } = openLibrary(tmp.dir, file(), { now: () => clock });
    expect(notices).toEqual([
      {
        code: 'database-damaged',
        problem: 'file is not a database',
        movedTo: expect.stringContaining(DAMAGED_DIR),
        restoredFrom: good.name,
      },
    ]);
    expect(readFileSync(notices[0]!.movedTo, 'utf8')).toMatch(/^this is not a database/); // kept, not deleted
    expect(store.get('a').plan.name).toBe('保住的计划');
    store.close();
  });

  it('a truncated database is caught by the check and replaced; no backup means an empty library', () => {
    const { store } = library();
    for (let i = 0; i < 200; i++) store.save(plan(`p${i}`, '名'.repeat(200)));
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    truncateSync(file(), 8192);
    const opened = openLibrary(tmp.dir, file(), { now: () => clock });
    expect(opened.notices).toHaveLength(1);
    expect(opened.notices[0]).toMatchObject({
      code: 'database-damaged',
      problem: expect.stringMatching(/malformed|corrupt|Page|page/),
    });
    expect(opened.notices[0]!.restoredFrom).toBeUndefined();
    expect(existsSync(opened.notices[0]!.movedTo)).toBe(true);
    expect(opened.store.list()).toEqual([]);
    opened.store.close();
  });

  it('refuses a database from a newer Zuoci and leaves it untouched', () => {
    const db = new Database(file());
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    const before = readFileSync(file());
    expect(() => openLibrary(tmp.dir, file())).toThrow(
      /written by a newer Zuoci \(database format \d+; this version reads up to \d+\)/,
    );
    expect(readFileSync(file())).toEqual(before);
    expect(existsSync(join(tmp.dir, DAMAGED_DIR))).toBe(false);
  });

  it('takes a safety backup before upgrading an older database', () => {
    const db = new Database(file());
    migrations[0]!(db);
    db.pragma('user_version = 1');
    db.close();
    const { store } = openLibrary(tmp.dir, file(), { now: () => clock });
    const backups = readdirSync(join(tmp.dir, BACKUP_DIR));
    expect(backups).toEqual(['zuoci-safety-20261123-093000000.sqlite']);
    const copy = new Database(join(tmp.dir, BACKUP_DIR, backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
    store.close();
  });

  it('the host keeps running on a damaged database and reports it through safety.notices', async () => {
    writeFileSync(file(), Buffer.alloc(4096, 0xab));
    const services = createServices({ dataDir: tmp.dir, mode: 'browser', version: '0' });
    const notices = await dispatch(services.handlers, 'safety.notices', {});
    expect(notices).toMatchObject({ ok: true, value: [{ code: 'database-damaged', problem: 'file is not a database' }] });
    expect(await dispatch(services.handlers, 'plans.list', {})).toEqual({ ok: true, value: [] });
    const made = await dispatch(services.handlers, 'backups.create', {});
    expect(made).toMatchObject({ ok: true, value: { kind: 'manual' } });
    expect(await dispatch(services.handlers, 'backups.plans', { backup: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/backup: expected a backup file name/) },
    });
    services.close();
  });
});
