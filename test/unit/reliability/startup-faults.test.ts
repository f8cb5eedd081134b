/**
 * Faults at start: an interrupted recovery must complete at the next start, and a problem of
 * the moment (a locked file, a full disk, an unreadable file, a read-only folder, a newer
 * format) must stop with a clear message and move nothing — the library intact once the
 * problem is gone. The full disk and the read-only folder are real tmpfs mounts (root only);
 * the unreadable file is a host started as another user when this runs as root.
 */
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startupFailureText } from '../../../electron/host/startup-failure';
import { BACKUP_DIR, Backups } from '../../../electron/services/backup';
import { DAMAGED_DIR, openLibrary, RECOVERY_MARKER, type RecoveryStep } from '../../../electron/services/backup-recovery';
import { dispatch } from '../../../electron/services/dispatch';
import { migrations, PlanStore } from '../../../electron/services/plan-store';
import { Revisions } from '../../../electron/services/revisions';
import { createServices, DATABASE_FILE } from '../../../electron/services/services';
import { StorageProblem } from '../../../electron/services/storage-problem';
import { banquetPlan } from '../../helpers/plans';
import { tempDir } from '../../helpers/temp';

const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;
let tmp: ReturnType<typeof tempDir>;
let clock: number;

beforeEach(() => {
  tmp = tempDir('zuoci-start-');
  clock = Date.UTC(2026, 10, 23, 9, 30);
});
afterEach(() => tmp.cleanup());

const plan = (id: string) => ({ ...banquetPlan([{ name: '赵六', side: 'host', rank: 1 }]), id, name: `计划 ${id}` });

/** A library in `dir` holding `ids`, with one automatic backup of it; closed. */
function makeLibrary(dir: string, ids: string[]): string {
  const store = new PlanStore(join(dir, DATABASE_FILE), { now: () => clock });
  for (const id of ids) store.save(plan(id));
  clock += 1000;
  const { name } = new Backups(dir, store, new Revisions(store, () => clock), () => clock).create('auto');
  store.close();
  return name;
}

function listIds(dir: string): string[] {
  const { store } = openLibrary(dir, join(dir, DATABASE_FILE), { now: () => clock });
  const ids = store.list().map((p) => p.id);
  store.close();
  return ids.sort();
}

/** The problem openLibrary stops with; fails the test if it opens. */
function problemOf(dir: string): StorageProblem {
  try {
    openLibrary(dir, join(dir, DATABASE_FILE), { now: () => clock }).store.close();
  } catch (e) {
    expect(e).toBeInstanceOf(StorageProblem);
    return e as StorageProblem;
  }
  throw new Error('the library opened');
}

/** Nothing moved, nothing marked: no damaged/ folder, no recovery marker, the file as it was. */
function expectUntouched(dir: string, before: Buffer): void {
  expect(existsSync(join(dir, DAMAGED_DIR))).toBe(false);
  expect(existsSync(join(dir, RECOVERY_MARKER))).toBe(false);
  expect(readFileSync(join(dir, DATABASE_FILE)).equals(before)).toBe(true);
}

describe('a recovery interrupted at any moment completes at the next start', () => {
  const steps: RecoveryStep[] = ['copied', 'marked', 'moved', 'restored'];

  it.each(steps)('killed after "%s": all plans from the newest good backup, and a notice', (killAt) => {
    const file = join(tmp.dir, DATABASE_FILE);
    makeLibrary(tmp.dir, ['a']);
    const newest = makeLibrary(tmp.dir, ['a', 'b']);
    writeFileSync(file, 'this is not a database'.repeat(300));
    writeFileSync(`${file}-wal`, 'journal of the damaged file');
    expect(() =>
      openLibrary(tmp.dir, file, {
        now: () => clock,
        onStep: (step) => {
          if (step === killAt) throw new Error('killed');
        },
      }),
    ).toThrow(/killed/);

    const { store, notices } = openLibrary(tmp.dir, file, { now: () => clock });
    expect(
      store
        .list()
        .map((p) => p.id)
        .sort(),
    ).toEqual(['a', 'b']);
    store.close();
    expect(notices).toEqual([
      {
        code: 'database-damaged',
        problem: 'file is not a database',
        movedTo: expect.stringContaining(DAMAGED_DIR),
        restoredFrom: newest,
        // Killed before the marker was written, nothing had changed: the recovery starts afresh.
        ...(killAt === 'copied' ? {} : { resumed: true }),
      },
    ]);
    const movedTo = notices[0]!.movedTo;
    expect(readFileSync(movedTo, 'utf8')).toMatch(/^this is not a database/);
    expect(readFileSync(`${movedTo}-wal`, 'utf8')).toBe('journal of the damaged file');
    expect(readdirSync(tmp.dir).filter((f) => f.includes('restoring') || f === RECOVERY_MARKER)).toEqual([]);
    // Until the officer has been shown the notice it stays; after that, starts are ordinary.
    const again = openLibrary(tmp.dir, file, { now: () => clock });
    expect(again.notices).toEqual(notices);
    again.acknowledgeNotices();
    again.store.close();
    const ordinary = openLibrary(tmp.dir, file, { now: () => clock });
    expect(ordinary.notices).toEqual([]);
    ordinary.store.close();
  });

  it('with no backup, a recovery killed after the move still ends in an empty library and a notice', () => {
    const file = join(tmp.dir, DATABASE_FILE);
    writeFileSync(file, 'this is not a database'.repeat(300));
    const kill = (step: RecoveryStep) => {
      if (step === 'moved') throw new Error('killed');
    };
    expect(() => openLibrary(tmp.dir, file, { now: () => clock, onStep: kill })).toThrow(/killed/);
    const { store, notices } = openLibrary(tmp.dir, file, { now: () => clock });
    expect(store.list()).toEqual([]);
    store.close();
    expect(notices).toEqual([
      { code: 'database-damaged', problem: 'file is not a database', movedTo: expect.any(String), resumed: true },
    ]);
    expect(readFileSync(notices[0]!.movedTo, 'utf8')).toMatch(/^this is not a database/);
  });

  it('the notice is repeated at every start until the officer has been shown it', async () => {
    makeLibrary(tmp.dir, ['a']);
    writeFileSync(join(tmp.dir, DATABASE_FILE), 'this is not a database'.repeat(300));
    const noticesAt = async () => {
      const services = createServices({ dataDir: tmp.dir, mode: 'browser', version: '0' });
      const value = services.store.list().map((p) => p.id);
      const notices = await dispatch(services.handlers, 'safety.notices', {});
      services.close();
      return { value, notices };
    };
    // A host killed before anyone asked: nothing was delivered, so the next start still has it.
    createServices({ dataDir: tmp.dir, mode: 'browser', version: '0' }).close();
    const shown = await noticesAt();
    expect(shown.value).toEqual(['a']);
    expect(shown.notices).toMatchObject({ ok: true, value: [{ code: 'database-damaged', problem: 'file is not a database' }] });
    expect(await noticesAt()).toMatchObject({ notices: { ok: true, value: [] } });
  });

  it('a healthy database a killed writer left with a hot journal is not damage: rolled back and opened', () => {
    const file = join(tmp.dir, DATABASE_FILE);
    makeLibrary(tmp.dir, ['a', 'b']);
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.close();
    // A writer in rollback-journal mode killed in the middle of a big transaction.
    const writer = [
      `const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});`,
      `const db = new Database(${JSON.stringify(file)});`,
      "db.pragma('cache_size = 1');",
      "db.exec('BEGIN');",
      "db.prepare('UPDATE plans SET document = ?').run('x'.repeat(200000));",
      "process.kill(process.pid, 'SIGKILL');",
    ].join('\n');
    spawnSync(process.execPath, ['-e', writer]);
    expect(existsSync(`${file}-journal`)).toBe(true);
    expect(listIds(tmp.dir)).toEqual(['a', 'b']);
    expect(existsSync(join(tmp.dir, DAMAGED_DIR))).toBe(false);
  });

  it('cleans what killed backups left behind, but not a backup being written now', () => {
    makeLibrary(tmp.dir, ['a']);
    const backups = join(tmp.dir, BACKUP_DIR);
    const stale = join(backups, 'zuoci-auto-20261123-083000000.sqlite.partial');
    const fresh = join(backups, 'zuoci-auto-20261123-093000000.sqlite.partial');
    writeFileSync(stale, 'half a copy');
    writeFileSync(fresh, 'being written');
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(stale, hourAgo, hourAgo);
    expect(listIds(tmp.dir)).toEqual(['a']);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });
});

describe('a temporary problem stops the start, moves nothing, and says what to do', () => {
  it('a database locked by another program', () => {
    makeLibrary(tmp.dir, ['a', 'b']);
    const file = join(tmp.dir, DATABASE_FILE);
    const holder = new Database(file);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE; COMMIT');
    const before = readFileSync(file);
    const problem = problemOf(tmp.dir);
    expect(problem.code).toBe('database-locked');
    expect(startupFailureText(problem, 'en', tmp.dir)).toMatch(
      /^The plan library .* is in use by another program .*\nNothing in the plan library was changed\.\nSystem message: database is locked\nData folder: /,
    );
    expect(startupFailureText(problem, 'zh', tmp.dir)).toMatch(/正被另一个程序占用/);
    expectUntouched(tmp.dir, before);
    holder.close();
    expect(listIds(tmp.dir)).toEqual(['a', 'b']);
  });

  it('a database from a newer Zuoci', () => {
    const file = join(tmp.dir, DATABASE_FILE);
    const db = new Database(file);
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    const before = readFileSync(file);
    const problem = problemOf(tmp.dir);
    expect(problem.code).toBe('database-newer');
    expect(startupFailureText(problem, 'en', tmp.dir)).toMatch(
      new RegExp(
        `written by a newer Zuoci \\(database format ${migrations.length + 1}; this version reads up to ${migrations.length}\\)\\. Install`,
      ),
    );
    expectUntouched(tmp.dir, before);
  });

  describe.skipIf(!isRoot)('on real file systems (mounts a tmpfs: needs root)', () => {
    let mount: string;
    beforeEach(() => {
      mount = join(tmp.dir, 'mnt');
      mkdirSync(mount);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mount]);
    });
    afterEach(() => {
      execFileSync('umount', [mount]);
    });

    /** Fills the disk to the last byte. */
    const fill = (dir: string) => {
      const filler = join(dir, 'filler');
      spawnSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=4k'], { stdio: 'ignore' });
      spawnSync('dd', ['if=/dev/zero', `of=${filler}-2`, 'bs=1'], { stdio: 'ignore' });
    };

    it('a full disk: the healthy database is not treated as damaged', () => {
      makeLibrary(mount, ['a', 'b']);
      const before = readFileSync(join(mount, DATABASE_FILE));
      fill(mount);
      const problem = problemOf(mount);
      expect(problem.code).toBe('disk-full');
      expect(startupFailureText(problem, 'en', mount)).toMatch(/^The disk is full, .* Free some space/);
      expectUntouched(mount, before);
      rmSync(join(mount, 'filler'));
      rmSync(join(mount, 'filler-2'));
      expect(listIds(mount)).toEqual(['a', 'b']);
    });

    it('a full disk while a damaged database is being replaced: it stays where it is until there is room', () => {
      makeLibrary(mount, ['a']);
      const file = join(mount, DATABASE_FILE);
      writeFileSync(file, 'this is not a database'.repeat(300));
      const before = readFileSync(file);
      fill(mount);
      expect(problemOf(mount).code).toBe('disk-full');
      expect(existsSync(join(mount, RECOVERY_MARKER))).toBe(false);
      expect(readdirSync(mount).filter((f) => f.includes('restoring'))).toEqual([]);
      expect(readFileSync(file).equals(before)).toBe(true);
      rmSync(join(mount, 'filler'));
      rmSync(join(mount, 'filler-2'));
      expect(listIds(mount)).toEqual(['a']);
    });

    it('a read-only data folder', () => {
      makeLibrary(mount, ['a', 'b']);
      const before = readFileSync(join(mount, DATABASE_FILE));
      execFileSync('mount', ['-o', 'remount,ro', mount]);
      let problem: unknown;
      try {
        createServices({ dataDir: mount, mode: 'browser', version: '0' }).close();
      } catch (e) {
        problem = e;
      }
      expect(problem).toBeInstanceOf(StorageProblem);
      expect((problem as StorageProblem).code).toBe('read-only');
      expect(startupFailureText(problem, 'en', mount)).toMatch(/^The data folder is read-only/);
      expectUntouched(mount, before);
      execFileSync('mount', ['-o', 'remount,rw', mount]);
      expect(listIds(mount)).toEqual(['a', 'b']);
    });
  });
});

describe('browser mode prints why it cannot start, without a stack trace', () => {
  const bundleDir = join(process.cwd(), '.tmp', `browser-main-${process.pid}`);
  beforeAll(async () => {
    await build({
      entryPoints: ['electron/host/browser-main.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      packages: 'external',
      outdir: bundleDir,
      logLevel: 'warning',
    });
  });
  afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

  /** Starts browser mode on `dataDir` (as an ordinary user when this runs as root). */
  const start = (dataDir: string) =>
    spawnSync(process.execPath, [join(bundleDir, 'browser-main.js')], {
      env: { ...process.env, ZUOCI_DATA_DIR: dataDir, LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.UTF-8' },
      encoding: 'utf8',
      timeout: 60_000,
      ...(isRoot ? { uid: NOBODY, gid: NOBODY } : {}),
    });

  it('an unreadable database file: a message, exit status 1, nothing moved', () => {
    const dir = join(tmp.dir, 'data');
    mkdirSync(dir);
    makeLibrary(dir, ['a', 'b']);
    const file = join(dir, DATABASE_FILE);
    const before = readFileSync(file);
    if (isRoot) execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, tmp.dir]);
    chmodSync(file, 0o000);
    const run = start(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^The plan library .*zuoci\.sqlite cannot be read: no permission/);
    expect(run.stderr).toContain(`Data folder: ${dir}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    chmodSync(file, 0o644);
    if (isRoot) chownSync(file, 0, 0);
    expectUntouched(dir, before);
    expect(listIds(dir)).toEqual(['a', 'b']);
  });

  it('a database from a newer Zuoci: the message itself, not a stack trace', () => {
    const dir = join(tmp.dir, 'data');
    mkdirSync(dir);
    const db = new Database(join(dir, DATABASE_FILE));
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    if (isRoot) execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, tmp.dir]);
    const run = start(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^The plan library .* was written by a newer Zuoci .* Install the newer Zuoci\./);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
