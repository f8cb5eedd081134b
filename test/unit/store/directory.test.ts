import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Directory } from '../../../electron/services/directory';
import { migrations, PlanStore } from '../../../electron/services/plan-store';
import { BACKUP_DIR, backupDatabase, Backups } from '../../../electron/services/backup';
import { openLibrary } from '../../../electron/services/backup-recovery';
import { Revisions } from '../../../electron/services/revisions';
import { banquetPlan } from '../../helpers/plans';
import { tempDir } from '../../helpers/temp';

let tmp: ReturnType<typeof tempDir>;
let clock: number;
const file = () => join(tmp.dir, 'z.sqlite');
const open = () => new PlanStore(file(), { now: () => clock });

beforeEach(() => {
  tmp = tempDir();
  clock = 1_000;
});
afterEach(() => tmp.cleanup());

const zhang = { name: '张伟', organisation: '市人民政府', title: '市长', officialLevel: '正厅级', side: 'host' } as const;
const li = { name: '李娜', organisation: '市外办', title: '主任', side: 'host' } as const;

describe('migration 2→3 (the people directory)', () => {
  it('adds the directory table to a version 2 database file and keeps its plans', () => {
    // A database exactly as Zuoci with two migrations left it, with a plan in it.
    const db = new Database(file());
    migrations[0]!(db);
    migrations[1]!(db);
    db.pragma('user_version = 2');
    const plan = { ...banquetPlan([{ name: '张伟', side: 'host', rank: 1 }]), id: 'p1', name: '欢迎晚宴' };
    db.prepare(
      `INSERT INTO plans (id, name, organisation, convention, document, created_at, updated_at)
       VALUES ('p1', '欢迎晚宴', '', 'government', ?, 1, 1)`,
    ).run(JSON.stringify(plan));
    db.close();

    // Opened as the host opens it: a safety backup of the version 2 file comes first.
    const { store } = openLibrary(tmp.dir, file(), { now: () => clock });
    const [safety] = readdirSync(join(tmp.dir, BACKUP_DIR));
    expect(safety).toMatch(/^zuoci-safety-/);
    const copy = new Database(join(tmp.dir, BACKUP_DIR, safety!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(2);
    copy.close();
    // Upgraded through 2→3 and every later migration.
    expect(store.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const cols = store.db.prepare('PRAGMA table_info(directory)').all() as { name: string }[];
    expect(cols.map((c) => c.name)).toEqual(['id', 'name', 'fields', 'revision', 'changed', 'created_at', 'updated_at']);
    expect(store.get('p1').plan).toEqual(plan);
    expect(new Directory(store).list()).toEqual([]);
    store.close();
  });
});

describe('Directory', () => {
  it('adds, lists by name, edits (raising the revision only for a changed field) and deletes', () => {
    const store = open();
    const directory = new Directory(store);
    const [a, b] = directory.add([zhang, { ...li, latinName: '  ', officialLevel: '' }]);
    expect(a).toMatchObject({ ...zhang, revision: 1, createdAt: 1_000, updatedAt: 1_000 });
    // Empty optional fields are left out, not stored as ''.
    expect(b).toEqual({ ...li, id: b!.id, revision: 1, changed: {}, createdAt: 1_001, updatedAt: 1_001 });
    expect(directory.list().map((e) => e.name)).toEqual(['张伟', '李娜'].sort());

    clock = 5_000;
    const moved = directory.update(a!.id, { ...zhang, title: '市委书记' });
    expect(moved).toMatchObject({ title: '市委书记', revision: 2, changed: { title: 2 }, createdAt: 1_000, updatedAt: 5_000 });
    // Each field keeps the revision it last changed at.
    expect(directory.update(a!.id, { ...zhang, title: '市委书记', latinName: 'Zhang Wei' }).changed).toEqual({
      title: 2,
      latinName: 3,
    });
    // The side is not offered to plans: changing it alone does not raise the revision.
    expect(directory.update(a!.id, { ...zhang, title: '市委书记', latinName: 'Zhang Wei', side: 'guest' }).revision).toBe(3);
    expect(directory.list().find((e) => e.id === a!.id)).toMatchObject({
      title: '市委书记',
      side: 'guest',
      revision: 3,
      changed: { title: 2, latinName: 3 },
    });

    directory.delete(b!.id);
    expect(directory.list().map((e) => e.id)).toEqual([a!.id]);
    expect(() => directory.delete(b!.id)).toThrow(/no longer in the people directory/);
    expect(() => directory.update(b!.id, li)).toThrow(/no longer in the people directory/);
    store.close();
  });

  it('refuses an entry without a name and writes nothing of the batch', () => {
    const store = open();
    const directory = new Directory(store);
    expect(() => directory.add([zhang, { ...li, name: '  ' }])).toThrow(/not saved to the people directory: .*name/);
    expect(directory.list()).toEqual([]);
    store.close();
  });

  it('keeps its entries when a plan is deleted, and across a reopen', () => {
    const store = open();
    store.save({ ...banquetPlan(), id: 'p1' });
    new Directory(store).add([zhang, li]);
    store.delete('p1');
    store.close();
    const reopened = open();
    expect(reopened.list()).toEqual([]);
    expect(
      new Directory(reopened)
        .list()
        .map((e) => e.name)
        .sort(),
    ).toEqual(['张伟', '李娜'].sort());
    reopened.close();
  });

  it('leaves a damaged row out of the list instead of failing it', () => {
    const store = open();
    const directory = new Directory(store);
    directory.add([zhang, li]);
    store.db.prepare("UPDATE directory SET fields = '{not json' WHERE name = '李娜'").run();
    expect(directory.list().map((e) => e.name)).toEqual(['张伟']);
    store.close();
  });

  it('is in the database backups, and alone is worth a backup at start', () => {
    const store = open();
    const backups = new Backups(tmp.dir, store, new Revisions(store, () => clock), () => clock);
    expect(backups.backupOnStart()).toBeUndefined(); // nothing at all to keep
    new Directory(store).add([zhang]);
    expect(backups.backupOnStart()?.kind).toBe('auto');
    const info = backupDatabase(store.db, tmp.dir, 'manual', 2_000);
    store.close();
    const backup = new PlanStore(join(tmp.dir, info.name));
    expect(new Directory(backup).list()).toMatchObject([zhang]);
    backup.close();
  });
});
