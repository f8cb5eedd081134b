/**
 * Crash safety: the real host runs in a child process (test/crash/crash-host.ts) and is killed
 * with SIGKILL at random moments while the test drives edits through the contract, then the
 * database is checked: it opens, passes `PRAGMA integrity_check`, and holds every change the
 * host acknowledged before the kill. The one request in flight at the kill may have landed
 * or not — both are correct — but nothing else may differ from the model the test keeps.
 * In a share of the rounds two editors (two windows) edit at once, each with a request in
 * flight at the kill. A second test damages libraries on purpose and kills the host while it
 * recovers them.
 *
 * Seeded and replayable: the seed is printed; `ZUOCI_CRASH_SEED=<seed>` replays a run and
 * `ZUOCI_CRASH_ROUNDS=<n>` changes the number of kills: 200 in `npm test` (the full tier), 12 in
 * `npm run test:unit` (test/helpers/tier.ts).
 */
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_DIR, BACKUP_NAME, checkDatabase } from '../../../electron/services/backup';
import { Backups } from '../../../electron/services/backup';
import { DAMAGED_DIR, RECOVERY_MARKER } from '../../../electron/services/backup-recovery';
import { PlanStore } from '../../../electron/services/plan-store';
import { AUTO_REVISIONS_KEPT, Revisions } from '../../../electron/services/revisions';
import { DATABASE_FILE } from '../../../electron/services/services';
import { newPerson } from '../../../shared/model/factory';
import { restore } from '../../../shared/model/restore';
import type { Plan } from '../../../shared/model/types';
import { banquetPlan } from '../../helpers/plans';
import { tempDir } from '../../helpers/temp';
import { soakCount } from '../../helpers/tier';

const ROUNDS = soakCount('ZUOCI_CRASH_ROUNDS', 200, 12);
const SEED = Number(process.env.ZUOCI_CRASH_SEED ?? randomBytes(4).readUInt32LE(0));
/** Each round makes up to this many acknowledged edits before the one the kill interrupts. */
const MAX_EDITS_BEFORE_KILL = 12;
/** The kill comes this long at most after the last edit was sent (a save takes a few ms). */
const MAX_KILL_DELAY_MS = 12;
/** Share of rounds killed at a random moment of start-up instead (opening, checks, backup). */
const STARTUP_KILL_SHARE = 0.1;
/** Share of the other rounds in which two editors (two windows) edit at once. */
const TWO_EDITORS_SHARE = 0.4;
/** Libraries damaged on purpose, each recovered by a host killed 1–3 times while it recovers. */
const RECOVERY_ROUNDS = soakCount('ZUOCI_CRASH_RECOVERY_ROUNDS', 20, 3);
/** The recovery kills come this long at most after the host process was started. */
const MAX_RECOVERY_KILL_MS = 700;

const bundleDir = join(process.cwd(), '.tmp', `crash-host-${process.pid}`);
const bundle = join(bundleDir, 'crash-host.js');
let tmp: ReturnType<typeof tempDir>;

beforeAll(async () => {
  // One bundle, so each of the hundreds of restarts costs a plain `node` start.
  await build({
    entryPoints: ['test/crash/crash-host.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages load from node_modules as usual (the bundle sits in the repo's .tmp/); only
    // the app's own TypeScript is bundled.
    packages: 'external',
    // Split, so modules the host loads on first use (exceljs, playwright-core) stay out of start-up.
    splitting: true,
    outdir: bundleDir,
    logLevel: 'warning',
  });
  tmp = tempDir('zuoci-crash-');
});
afterAll(() => {
  rmSync(bundleDir, { recursive: true, force: true });
  tmp?.cleanup();
});

// ---- the model: what the database must hold -------------------------------------------

interface Revision {
  name: string;
  auto: boolean;
  reason: string | null;
  doc: string;
}
interface Model {
  plans: Map<string, string>;
  revisions: Map<string, Revision[]>; // newest first
  settings: Map<string, string>;
}
type Op =
  | { channel: 'plans.save'; request: { plan: Plan } }
  | { channel: 'plans.rename'; request: { id: string; name: string } }
  | { channel: 'plans.delete'; request: { id: string } }
  | { channel: 'settings.set'; request: { key: string; value: unknown } }
  | { channel: 'revisions.create'; request: { planId: string; name: string; auto: boolean } }
  | { channel: 'revisions.restore'; request: { planId: string; revisionId: number }; index: number }
  | { channel: 'backups.create'; request: Record<string, never> };

const canonical = (doc: unknown): string => {
  const result = restore(doc);
  if (!result.ok) throw new Error(`test bug: invalid document ${result.error}`);
  return JSON.stringify(result.plan);
};

function cloneModel(m: Model): Model {
  return {
    plans: new Map(m.plans),
    revisions: new Map([...m.revisions].map(([k, v]) => [k, [...v]])),
    settings: new Map(m.settings),
  };
}

/** What the services do, in miniature: the model after `op` lands. */
function applyOp(model: Model, op: Op): Model {
  const m = cloneModel(model);
  const addRevision = (planId: string, rev: Revision) => {
    const list = [rev, ...(m.revisions.get(planId) ?? [])];
    let autos = 0;
    m.revisions.set(
      planId,
      list.filter((r) => !r.auto || ++autos <= AUTO_REVISIONS_KEPT),
    );
  };
  switch (op.channel) {
    case 'plans.save':
      m.plans.set(op.request.plan.id, canonical(op.request.plan));
      break;
    case 'plans.rename':
      m.plans.set(op.request.id, canonical({ ...JSON.parse(m.plans.get(op.request.id)!), name: op.request.name }));
      break;
    case 'plans.delete':
      m.plans.delete(op.request.id);
      m.revisions.delete(op.request.id);
      break;
    case 'settings.set':
      m.settings.set(op.request.key, JSON.stringify(op.request.value));
      break;
    case 'revisions.create':
      addRevision(op.request.planId, {
        name: op.request.name,
        auto: op.request.auto,
        reason: null,
        doc: m.plans.get(op.request.planId)!,
      });
      break;
    case 'revisions.restore': {
      const target = m.revisions.get(op.request.planId)![op.index]!;
      addRevision(op.request.planId, { name: '', auto: true, reason: 'before-restore', doc: m.plans.get(op.request.planId)! });
      m.plans.set(op.request.planId, target.doc);
      break;
    }
    case 'backups.create':
      break;
  }
  return m;
}

function describeState(m: Model): string {
  const plans = [...m.plans].sort(([a], [b]) => a.localeCompare(b));
  const revisions = [...m.revisions].filter(([, v]) => v.length).sort(([a], [b]) => a.localeCompare(b));
  const settings = [...m.settings].sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify({ plans, revisions, settings });
}

const emptyModel = (): Model => ({ plans: new Map(), revisions: new Map(), settings: new Map() });

/**
 * Reads the database the way a restarted host would, and checks it. A host killed while it
 * first starts may leave no database, or one without its tables yet: that is an empty store,
 * which the caller's comparison accepts only while nothing has been acknowledged.
 */
function readDatabase(dir: string): { state: string; model: Model } {
  const file = join(dir, DATABASE_FILE);
  if (!existsSync(file)) return { state: describeState(emptyModel()), model: emptyModel() };
  const db = new Database(file, { fileMustExist: true });
  try {
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`integrity_check: ${String(check)}`);
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'plans'").get())
      return { state: describeState(emptyModel()), model: emptyModel() };
    const plans = new Map(
      (db.prepare('SELECT id, document FROM plans').all() as { id: string; document: string }[]).map((r) => [
        r.id,
        canonical(JSON.parse(r.document)),
      ]),
    );
    const revisions = new Map<string, Revision[]>();
    const rows = db
      .prepare('SELECT plan_id, name, auto, reason, document FROM revisions ORDER BY created_at DESC, id DESC')
      .all() as {
      plan_id: string;
      name: string;
      auto: number;
      reason: string | null;
      document: string;
    }[];
    for (const r of rows) {
      revisions.set(r.plan_id, [
        ...(revisions.get(r.plan_id) ?? []),
        { name: r.name, auto: r.auto === 1, reason: r.reason, doc: canonical(JSON.parse(r.document)) },
      ]);
    }
    const settings = new Map(
      (db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]),
    );
    const model = { plans, revisions, settings };
    return { state: describeState(model), model };
  } finally {
    db.close();
  }
}

// ---- random edits ----------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华';

/**
 * An editor's next edit. With two editors at once each has its own plans (ids `plan_<owner>c…`)
 * and settings, so their edits commute and the model stays exact whatever order they land in.
 */
function makeOp(rng: () => number, model: Model, counter: { n: number }, owner = ''): Op | 'list-then-restore' {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const ids = ownPlans(model, owner);
  const r = rng();
  if (ids.length === 0 || (r < 0.12 && ids.length < 12)) {
    const id = `plan_${owner}c${++counter.n}`;
    return { channel: 'plans.save', request: { plan: { ...banquetPlan(), id, name: `宴会 ${counter.n}` } } };
  }
  const id = pick(ids);
  const plan = JSON.parse(model.plans.get(id)!) as Plan;
  if (r < 0.6) {
    const edit = rng();
    let people = plan.people;
    if (edit < 0.6 || people.length === 0) {
      const name = pick([...SURNAMES]) + pick([...GIVEN]) + (rng() < 0.5 ? pick([...GIVEN]) : '');
      const side = pick(['host', 'guest', 'staff'] as const);
      people = [...people, newPerson({ name, side, rank: people.length + 1 }, (p) => `${p}_${owner}c${++counter.n}`)];
    } else {
      people = people.filter((_, i) => i !== Math.floor(rng() * people.length));
    }
    return { channel: 'plans.save', request: { plan: { ...plan, people, organisation: `单位 ${counter.n}` } } };
  }
  if (r < 0.68) return { channel: 'plans.rename', request: { id, name: `改名 ${++counter.n}` } };
  if (r < 0.71) return { channel: 'plans.delete', request: { id } };
  if (r < 0.8)
    return {
      channel: 'settings.set',
      request: { key: pick(['lang', 'zoom', 'recent']) + (owner && `-${owner}`), value: { n: ++counter.n, s: '设置' } },
    };
  if (r < 0.9)
    return {
      channel: 'revisions.create',
      request: { planId: id, name: rng() < 0.5 ? '自动排座前' : `快照 ${++counter.n}`, auto: rng() < 0.5 },
    };
  if (r < 0.97 && (model.revisions.get(id)?.length ?? 0) > 0) return 'list-then-restore';
  return { channel: 'backups.create', request: {} };
}

function ownPlans(model: Model, owner: string): string[] {
  return [...model.plans.keys()].filter((id) => /^plan_([a-z]*)c\d+$/.exec(id)?.[1] === owner);
}

// ---- the child host --------------------------------------------------------------------

const TOKEN = randomBytes(16).toString('hex');

function startHost(dataDir: string): { child: ChildProcess; ready: Promise<number> } {
  const child = spawn(process.execPath, [bundle, dataDir], {
    env: { ...process.env, ZUOCI_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const ready = new Promise<number>((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n')) ok((JSON.parse(line!) as { port: number }).port);
    });
    child.once('exit', (code, signal) => fail(new Error(`host exited (${code ?? signal}) before it was ready: ${stderr}`)));
  });
  ready.catch(() => undefined);
  return { child, ready };
}

async function call(port: number, channel: string, request: unknown): Promise<unknown> {
  const res = await fetch(`http://127.0.0.1:${port}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-zuoci-token': TOKEN },
    body: JSON.stringify(request),
  });
  const result = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`host refused ${channel}: ${result.error?.message}`);
  return result.value;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Resolves as soon as `path` exists (polled every millisecond), or after `timeoutMs`. */
async function appears(path: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!existsSync(path) && Date.now() < until) await sleep(1);
}

const killed = (child: ChildProcess) =>
  new Promise<void>((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) return ok();
    child.once('exit', () => ok());
    child.kill('SIGKILL');
  });

describe('crash safety (SIGKILL)', () => {
  it(`loses no acknowledged change over ${ROUNDS} kills`, { timeout: 15 * 60_000 }, async () => {
    const replay = `ZUOCI_CRASH_SEED=${SEED} ZUOCI_CRASH_ROUNDS=${ROUNDS} npx vitest run test/unit/reliability/crash-safety.test.ts`;
    console.log(`crash-safety: seed ${SEED}, ${ROUNDS} rounds (replay: ${replay})`);
    // Two streams: the edits depend only on the seed (and on which interrupted edits landed),
    // the kill moments on the second stream, so a replay makes the same edits.
    const rng = mulberry32(SEED);
    const timing = mulberry32(SEED ^ 0x5bd1e995);
    const dataDir = join(tmp.dir, 'data');
    mkdirSync(dataDir);
    let model = emptyModel();
    // Two editors (two windows) at once in a share of the rounds; the second has its own
    // stream of edits, so the first editor's edits replay the same either way.
    const editors = [
      { owner: '', rng, counter: { n: 0 } },
      { owner: 'b', rng: mulberry32(SEED ^ 0x68e31da4), counter: { n: 0 } },
    ];
    const stats = {
      acked: 0,
      inFlightLanded: 0,
      inFlightLost: 0,
      startupKills: 0,
      twoEditorRounds: 0,
      backupsChecked: 0,
    };
    const checkedBackups = new Set<string>();
    const started = Date.now();

    /** One editor's acknowledged edits, then one more sent and left in flight for the kill. */
    async function edit(port: number, editor: (typeof editors)[number]) {
      const nextOp = async (): Promise<Op> => {
        const next = makeOp(editor.rng, model, editor.counter, editor.owner);
        if (next !== 'list-then-restore') return next;
        const planId = ownPlans(model, editor.owner).find((id) => (model.revisions.get(id)?.length ?? 0) > 0)!;
        const listed = (await call(port, 'revisions.list', { planId })) as { id: number }[];
        const index = Math.floor(editor.rng() * listed.length);
        return { channel: 'revisions.restore', request: { planId, revisionId: listed[index]!.id }, index };
      };
      const edits = Math.floor(editor.rng() * MAX_EDITS_BEFORE_KILL);
      for (let i = 0; i < edits; i++) {
        const op = await nextOp();
        await call(port, op.channel, op.request);
        model = applyOp(model, op);
        stats.acked++;
      }
      const op = await nextOp();
      const sent = { op, acknowledged: false, pending: Promise.resolve() as Promise<unknown> };
      sent.pending = call(port, op.channel, op.request).then(
        () => (sent.acknowledged = true),
        () => undefined,
      );
      return sent;
    }

    for (let round = 1; round <= ROUNDS; round++) {
      const { child, ready } = startHost(dataDir);
      const inFlight: Op[] = [];
      if (timing() < STARTUP_KILL_SHARE) {
        stats.startupKills++;
        await sleep(timing() * 400);
      } else {
        const port = await ready;
        const together = timing() < TWO_EDITORS_SHARE ? editors : editors.slice(0, 1);
        if (together.length > 1) stats.twoEditorRounds++;
        // A seeded number of edits per editor, each acknowledged, then one more each that the
        // kill interrupts at a random moment (before, during or after its transaction).
        const sent = await Promise.all(together.map((editor) => edit(port, editor)));
        await sleep(timing() * MAX_KILL_DELAY_MS);
        await killed(child);
        await Promise.all(sent.map((s) => s.pending));
        for (const s of sent) {
          if (s.acknowledged) {
            model = applyOp(model, s.op);
            stats.acked++;
          } else inFlight.push(s.op);
        }
      }
      await killed(child);

      // The edits in flight may each have landed or not; the two editors' edits commute.
      const found = readDatabase(dataDir);
      const subsets = inFlight.reduce<Op[][]>((all, op) => [...all, ...all.map((s) => [...s, op])], [[]]);
      const landed = subsets.find((subset) => found.state === describeState(subset.reduce(applyOp, model)));
      if (!landed) {
        throw new Error(`round ${round}: the database does not hold exactly the acknowledged changes (seed ${SEED}; ${replay})`);
      }
      stats.inFlightLanded += landed.length;
      stats.inFlightLost += inFlight.length - landed.length;
      model = found.model;
      // The restarted store opens it; nothing was ever treated as damaged.
      const store = new PlanStore(join(dataDir, DATABASE_FILE));
      expect(store.list()).toHaveLength(model.plans.size);
      store.close();
      expect(existsSync(join(dataDir, DAMAGED_DIR))).toBe(false);
      // Every complete backup must pass its check; partial ones are never given a backup name.
      const backups = existsSync(join(dataDir, BACKUP_DIR)) ? readdirSync(join(dataDir, BACKUP_DIR)) : [];
      for (const name of backups.filter((n) => BACKUP_NAME.test(n) && !checkedBackups.has(n))) {
        checkedBackups.add(name);
        expect(checkDatabase(join(dataDir, BACKUP_DIR, name)), `backup ${name}, round ${round}, seed ${SEED}`).toBe('ok');
        stats.backupsChecked++;
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `crash-safety: seed ${SEED}: ${ROUNDS} kills in ${seconds} s; ${stats.acked} acknowledged edits all kept; ` +
        `request in flight at the kill landed ${stats.inFlightLanded}×, not ${stats.inFlightLost}×; ` +
        `${stats.startupKills} kills during start-up; ${stats.twoEditorRounds} rounds with two editors at once; ` +
        `${stats.backupsChecked} backup checks passed; ` +
        `final library ${model.plans.size} plans`,
    );
    expect(stats.acked).toBeGreaterThan(ROUNDS);
  });

  it(`completes every recovery a kill interrupts (${RECOVERY_ROUNDS} damaged libraries)`, { timeout: 15 * 60_000 }, async () => {
    const timing = mulberry32(SEED ^ 0x27d4eb2d);
    const stats = { kills: 0, killedMidway: 0, resumed: 0 };
    const started = Date.now();
    for (let round = 1; round <= RECOVERY_ROUNDS; round++) {
      const dataDir = join(tmp.dir, `recovery-${round}`);
      mkdirSync(dataDir);
      const file = join(dataDir, DATABASE_FILE);
      // A library of a few MB (so the copy takes a while), an older and a newer good backup.
      const store = new PlanStore(file);
      const backups = new Backups(dataDir, store, new Revisions(store));
      const people = Array.from({ length: 1000 }, (_, i) => ({ name: `来宾${i}`, side: 'guest' as const, rank: i + 1 }));
      for (let i = 0; i < 8; i++) store.save({ ...banquetPlan(people), id: `plan_${i}`, name: `宴会 ${i}` });
      backups.create('auto');
      store.save({ ...banquetPlan(people), id: 'plan_late', name: '最后一个' });
      const newest = backups.create('manual');
      store.close();
      const garbage = `damaged in round ${round} `.repeat(500);
      writeFileSync(file, garbage);

      const kills = 1 + Math.floor(timing() * 3);
      for (let k = 0; k < kills; k++) {
        const { child } = startHost(dataDir);
        // Half the kills at a random moment of start-up, half aimed at the recovery itself:
        // a few ms after one of its files appears (the copy, the marker, the moved file).
        const trigger = timing();
        if (trigger < 0.5) await sleep(timing() * MAX_RECOVERY_KILL_MS);
        else {
          const sign =
            trigger < 0.67 ? `${file}.restoring` : trigger < 0.84 ? join(dataDir, RECOVERY_MARKER) : join(dataDir, DAMAGED_DIR);
          await appears(sign, MAX_RECOVERY_KILL_MS * 3);
          await sleep(timing() * 8);
        }
        await killed(child);
        stats.kills++;
        if (existsSync(join(dataDir, RECOVERY_MARKER))) stats.killedMidway++;
      }
      const { child, ready } = startHost(dataDir);
      const port = await ready;
      const listed = (await call(port, 'plans.list', {})) as { id: string }[];
      const notices = (await call(port, 'safety.notices', {})) as { restoredFrom?: string; movedTo: string; resumed?: boolean }[];
      await killed(child);

      const where = `recovery round ${round}, seed ${SEED}`;
      expect(listed.map((p) => p.id).sort(), where).toEqual([...Array.from({ length: 8 }, (_, i) => `plan_${i}`), 'plan_late']);
      expect(notices, where).toHaveLength(1);
      expect(notices[0]!.restoredFrom, where).toBe(newest.name);
      if (notices[0]!.resumed) stats.resumed++;
      // The damaged file is kept, whole, and nothing of the recovery is left lying about.
      expect(readFileSync(notices[0]!.movedTo, 'utf8'), where).toBe(garbage);
      expect(
        readdirSync(dataDir).filter((f) => /restoring|recovery\.json/.test(f)),
        where,
      ).toEqual([]);
      expect(
        readdirSync(join(dataDir, DAMAGED_DIR)).filter((f) => f.endsWith('.sqlite')),
        where,
      ).toHaveLength(1);
    }
    console.log(
      `crash-safety: seed ${SEED}: ${RECOVERY_ROUNDS} damaged libraries, ${stats.kills} kills while recovering in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s; ${stats.killedMidway} left a recovery half done, ` +
        `${stats.resumed} notices said the recovery was resumed; every library restored from the newest backup`,
    );
  });
});
