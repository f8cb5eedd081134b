import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { migrations, PlanStore } from '../../../electron/services/plan-store';
import { AUTO_REVISIONS_KEPT, Revisions } from '../../../electron/services/revisions';
import { createServices, type Services } from '../../../electron/services/services';
import { banquetPlan } from '../../helpers/plans';
import { tempDir } from '../../helpers/temp';

let tmp: ReturnType<typeof tempDir>;
let clock: number;
let store: PlanStore;
let revisions: Revisions;

beforeEach(() => {
  tmp = tempDir();
  clock = 1_000;
  store = new PlanStore(join(tmp.dir, 'z.sqlite'), { now: () => clock });
  revisions = new Revisions(store, () => clock);
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

const plan = () => ({ ...banquetPlan([{ name: '王五', side: 'guest', rank: 1 }]), id: 'p1' });

describe('migration 1→2 (revisions)', () => {
  it('adds the revisions table to a version-1 database and keeps its plans', () => {
    const file = join(tmp.dir, 'v1.sqlite');
    const db = new Database(file);
    migrations[0]!(db);
    db.pragma('user_version = 1');
    db.prepare(
      "INSERT INTO plans (id, name, convention, document, created_at, updated_at) VALUES ('p1', 'A', 'commercial', ?, 1, 1)",
    ).run(JSON.stringify(plan()));
    db.close();
    const upgraded = new PlanStore(file);
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const cols = upgraded.db.prepare('PRAGMA table_info(revisions)').all() as { name: string }[];
    expect(cols.map((c) => c.name)).toEqual(['id', 'plan_id', 'name', 'auto', 'reason', 'document', 'created_at']);
    expect(upgraded.get('p1').plan).toEqual(plan());
    new Revisions(upgraded).create('p1', 'v1');
    expect(new Revisions(upgraded).list('p1')).toHaveLength(1);
    upgraded.close();
  });
});

describe('Revisions', () => {
  it('takes a named snapshot, lists newest first, restores it, and keeps the replaced state', () => {
    const original = plan();
    store.save(original);
    const snap = revisions.create('p1', '发给酒店的版本');
    expect(snap).toMatchObject({ planId: 'p1', name: '发给酒店的版本', auto: false, peopleCount: 1, createdAt: 1_000 });

    clock = 2_000;
    const changed = { ...original, name: '改过的', people: [] };
    store.save(changed);
    const { plan: restored } = revisions.restore('p1', snap.id);
    expect(restored).toEqual(original);
    expect(store.get('p1').plan).toEqual(original);

    const list = revisions.list('p1');
    expect(list.map((r) => [r.name, r.auto, r.reason])).toEqual([
      ['', true, 'before-restore'],
      ['发给酒店的版本', false, undefined],
    ]);
    // The state the restore replaced can itself be restored.
    revisions.restore('p1', list[0]!.id);
    expect(store.get('p1').plan).toEqual(changed);
  });

  it('snapshots the document the editor sends, which may be ahead of the last save', () => {
    store.save(plan());
    const ahead = { ...plan(), name: '未保存的修改' };
    const rev = revisions.create('p1', '自动排座前', { auto: true, document: ahead });
    revisions.restore('p1', rev.id);
    expect(store.get('p1').plan.name).toBe('未保存的修改');
  });

  it('refuses a document of another plan, an invalid one, and unknown plans or revisions', () => {
    store.save(plan());
    expect(() => revisions.create('p1', 'x', { document: { ...plan(), id: 'p2' } })).toThrow(/document is plan p2, not p1/);
    expect(() => revisions.create('p1', 'x', { document: { ...plan(), people: [{}] } })).toThrow(/revision refused: people\[0\]/);
    expect(() => revisions.create('nope', 'x')).toThrow(/no plan with id nope/);
    expect(() => revisions.restore('p1', 999)).toThrow(/no revision 999/);
    store.save({ ...plan(), id: 'p2' });
    const other = revisions.create('p2', 'y');
    expect(() => revisions.restore('p1', other.id)).toThrow(/plan p1 has no revision/);
    expect(revisions.list('p1')).toEqual([]);
  });

  it(`keeps the newest ${AUTO_REVISIONS_KEPT} automatic revisions and every named one`, () => {
    store.save(plan());
    revisions.create('p1', 'named');
    for (let i = 0; i < AUTO_REVISIONS_KEPT + 5; i++) {
      clock += 1;
      revisions.create('p1', `auto ${i}`, { auto: true });
    }
    const list = revisions.list('p1');
    expect(list.filter((r) => r.auto)).toHaveLength(AUTO_REVISIONS_KEPT);
    expect(list[0]!.name).toBe(`auto ${AUTO_REVISIONS_KEPT + 4}`);
    expect(list.at(-1)!.name).toBe('named');
  });

  it('deletes a revision, and a plan takes its revisions with it', () => {
    store.save(plan());
    const a = revisions.create('p1', 'a');
    revisions.create('p1', 'b');
    revisions.delete(a.id);
    expect(revisions.list('p1').map((r) => r.name)).toEqual(['b']);
    expect(() => revisions.delete(a.id)).toThrow(/no revision/);
    store.delete('p1');
    expect((store.db.prepare('SELECT COUNT(*) AS n FROM revisions').get() as { n: number }).n).toBe(0);
  });
});

describe('revision channels', () => {
  let services: Services;
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
    services = createServices({ dataDir: dir.dir, mode: 'browser', version: '1.2.3' });
  });
  afterEach(() => {
    services.close();
    dir.cleanup();
  });
  const call = (channel: string, req: unknown) => dispatch(services.handlers, channel, req);

  it('create (auto, with the editor document), list, restore through the contract', async () => {
    const created = await call('plans.create', { name: '国宴', organisation: '', convention: 'government' });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: string }).id;
    const auto = await call('revisions.create', { planId: id, name: '自动排座前', auto: true });
    expect(auto).toMatchObject({ ok: true, value: { auto: true, name: '自动排座前' } });
    const { value } = (await call('plans.get', { id })) as { ok: true; value: { plan: { name: string } } };
    await call('plans.save', { plan: { ...value.plan, name: '改名' } });
    const revs = (await call('revisions.list', { planId: id })) as { ok: true; value: { id: number }[] };
    const restored = await call('revisions.restore', { planId: id, revisionId: revs.value[0]!.id });
    expect(restored).toMatchObject({ ok: true, value: { plan: { name: '国宴' } } });
    expect(await call('revisions.restore', { planId: id, revisionId: -1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/revisionId/) },
    });
    expect(await call('revisions.create', { planId: 'missing', name: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    // What the editor sends before 自动排座, and the people import before it changes the list.
    for (const reason of ['before-auto-place', 'before-import']) {
      const made = await call('revisions.create', { planId: id, name: '', auto: true, reason, plan: value.plan });
      expect(made).toMatchObject({ ok: true, value: { auto: true, name: '', reason } });
    }
    expect(await call('revisions.create', { planId: id, name: '', reason: 'imported' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });
});
