import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations, PlanStore, StoreError } from '../../../electron/services/plan-store';
import { banquetPlan } from '../../helpers/plans';
import { tempDir } from '../../helpers/temp';

let tmp: ReturnType<typeof tempDir>;
let clock: number;
const open = () => new PlanStore(join(tmp.dir, 'z.sqlite'), { now: () => clock });

beforeEach(() => {
  tmp = tempDir();
  clock = 1_000;
});
afterEach(() => tmp.cleanup());

describe('PlanStore', () => {
  it('opens in WAL mode with foreign keys and the latest schema', () => {
    const store = open();
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    store.close();
  });

  it('saves, lists newest first, reads back exactly, deletes', () => {
    const store = open();
    const a = { ...banquetPlan(), id: 'a', name: 'A' };
    const b = { ...banquetPlan([{ name: '张三', side: 'guest', rank: 1 }]), id: 'b', name: 'B' };
    store.save(a);
    clock = 2_000;
    store.save(b);
    expect(store.list().map((p) => p.id)).toEqual(['b', 'a']);
    clock = 3_000;
    store.save({ ...a, name: 'A2' });
    expect(store.list().map((p) => [p.id, p.name])).toEqual([
      ['a', 'A2'],
      ['b', 'B'],
    ]);
    expect(store.list()[1]).toMatchObject({ peopleCount: 1, sceneCount: 1, createdAt: 2_000, updatedAt: 2_000 });
    expect(store.get('b').plan).toEqual(b);
    store.delete('a');
    expect(store.list().map((p) => p.id)).toEqual(['b']);
    expect(() => store.get('a')).toThrow(StoreError);
    expect(() => store.delete('a')).toThrow(/no plan/);
    store.close();
  });

  it('keeps last-change order strict within one clock tick', () => {
    const store = open();
    store.save({ ...banquetPlan(), id: 'a' });
    store.save({ ...banquetPlan(), id: 'b' });
    store.save({ ...banquetPlan(), id: 'a' });
    expect(store.list().map((p) => p.id)).toEqual(['a', 'b']);
    store.close();
  });

  it('refuses an invalid document and keeps what was saved', () => {
    const store = open();
    const plan = { ...banquetPlan(), id: 'a' };
    store.save(plan);
    expect(() => store.save({ ...plan, people: [{ id: 'x' }] })).toThrow(/plan not saved: people\[0\]/);
    expect(store.get('a').plan).toEqual(plan);
    store.close();
  });

  it('survives closing and reopening', () => {
    let store = open();
    const plan = { ...banquetPlan([{ name: '李四', side: 'host', rank: 1 }]), id: 'a' };
    store.save(plan);
    store.setSetting('lang', 'en');
    store.close();
    store = open();
    expect(store.get('a').plan).toEqual(plan);
    expect(store.getSetting('lang')).toBe('en');
    expect(store.getSetting('missing')).toBeNull();
    store.close();
  });

  it('a damaged row is skipped in the list and reported when opened', () => {
    const store = open();
    store.save({ ...banquetPlan(), id: 'good' });
    store.save({ ...banquetPlan(), id: 'bad' });
    store.db.prepare("UPDATE plans SET document = '{broken' WHERE id = 'bad'").run();
    expect(store.list().map((p) => p.id)).toEqual(['good']);
    expect(() => store.get('bad')).toThrow(/plan bad is damaged/);
    store.close();
  });

  it('a file that is not a database gives a clear storage error', () => {
    const file = join(tmp.dir, 'garbage.sqlite');
    writeFileSync(file, 'this is not sqlite'.repeat(100));
    expect(() => new PlanStore(file)).toThrow(/cannot open the plan database .*garbage\.sqlite/);
  });

  it('refuses a database from a newer Zuoci', () => {
    const file = join(tmp.dir, 'newer.sqlite');
    const db = new Database(file);
    db.pragma(`user_version = ${migrations.length + 5}`);
    db.close();
    expect(() => new PlanStore(file)).toThrow(/newer than this Zuoci/);
  });
});

describe('migrations', () => {
  it('migration 0→1 creates the plans and settings tables', () => {
    const db = new Database(':memory:');
    migrations[0]!(db);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    expect(tables).toEqual([{ name: 'plans' }, { name: 'settings' }]);
    const cols = db.prepare('PRAGMA table_info(plans)').all() as { name: string }[];
    expect(cols.map((c) => c.name)).toEqual([
      'id',
      'name',
      'organisation',
      'convention',
      'start_date',
      'end_date',
      'document',
      'created_at',
      'updated_at',
    ]);
    db.close();
  });
});

describe('concurrent editors', () => {
  it('refuses a save based on an older version, names the conflict, keeps the newer one', () => {
    const store = open();
    const plan = { ...banquetPlan(), id: 'a', name: 'first' };
    const { updatedAt: v1 } = store.save(plan);
    expect(store.get('a').updatedAt).toBe(v1);
    clock = 2_000;
    const { updatedAt: v2 } = store.save({ ...plan, name: 'window A' }, { baseUpdatedAt: v1 });
    expect(() => store.save({ ...plan, name: 'window B' }, { baseUpdatedAt: v1 })).toThrow(
      expect.objectContaining({ code: 'conflict', message: expect.stringMatching(/changed elsewhere/) }),
    );
    expect(store.get('a').plan.name).toBe('window A');
    store.save({ ...plan, name: 'window B wins' }); // the user chose to overwrite
    expect(store.get('a').plan.name).toBe('window B wins');
    expect(store.get('a').updatedAt).toBeGreaterThan(v2);
    store.close();
  });
});
