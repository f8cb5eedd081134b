/**
 * Opening the plan database at start, safely.
 *
 * - Only genuine corruption counts as damage (storage-problem.ts): a locked or unreadable file,
 *   a full disk, a read-only folder or a database from a newer Zuoci stops the start with a
 *   StorageProblem naming what is wrong, and nothing is moved.
 * - Before an older database is upgraded, a safety backup of it is taken.
 * - A damaged database is never deleted: it is moved to `damaged/`, the newest backup that
 *   passes its check takes its place (or an empty library when there is none), and a notice
 *   tells the user what happened and where the damaged file is.
 * - The replacement is resumable. The good copy is made first (`<file>.restoring`), then a
 *   marker (`recovery.json`) records the plan, then the damaged files move and the copy is
 *   renamed into place. A kill at any moment leaves either nothing changed (a stale copy,
 *   removed at the next start) or the marker, and the next start completes the recovery and
 *   gives the notice. A full disk while copying stops before anything moved.
 * - The notice itself is kept on disk (`recovery-notice.json`) until the officer has been shown
 *   it (`safety.notices`), so a kill right after a recovery does not swallow it either.
 */
import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { migrations, PlanStore } from './plan-store';
import { BACKUP_DIR, backupDatabase, checkDatabase, listBackups, removeStalePartials } from './backup';
import { asStorageProblem, classifyStorageError, StorageProblem } from './storage-problem';

export const DAMAGED_DIR = 'damaged';
/** The plan of a recovery in progress; present only between its first and last step. */
export const RECOVERY_MARKER = 'recovery.json';
/** Notices of finished recoveries the officer has not been shown yet. */
export const RECOVERY_NOTICE = 'recovery-notice.json';
const RESTORING = '.restoring';
const JOURNALS = ['-wal', '-shm', '-journal'];

/** Something the user must be told about how the library was opened. */
export interface StartupNotice {
  code: 'database-damaged';
  /** What SQLite said was wrong. */
  problem: string;
  /** Where the damaged file was moved to. */
  movedTo: string;
  /** The backup now in use, or absent when the library started empty. */
  restoredFrom?: string;
  /** The recovery was interrupted (a crash, a power cut) and completed at this start. */
  resumed?: boolean;
}

/** The durable steps of a recovery, in order; tests stop it after each one. */
export type RecoveryStep = 'copied' | 'marked' | 'moved' | 'restored';

export interface OpenOptions {
  now?: () => number;
  /** Called after each durable step of a recovery; a test throws here to act as a kill. */
  onStep?: (step: RecoveryStep) => void;
}

export function openLibrary(
  dataDir: string,
  file: string,
  options: OpenOptions = {},
): { store: PlanStore; notices: StartupNotice[]; acknowledgeNotices(): void } {
  const now = options.now ?? Date.now;
  const step = options.onStep ?? (() => undefined);
  try {
    const marker = join(dataDir, RECOVERY_MARKER);
    rmSync(marker + '.tmp', { force: true }); // a marker never completed: its recovery never began
    if (existsSync(marker)) {
      finishRecovery(dataDir, file, readMarker(marker), step, true);
    } else {
      rmSync(file + RESTORING, { force: true }); // a copy whose recovery never began
    }
    removeStalePartials(join(dataDir, BACKUP_DIR));
    if (existsSync(file)) {
      const probe = probeDatabase(file, join(dataDir, BACKUP_DIR));
      if (probe.kind === 'newer') {
        throw new StorageProblem('database-newer', {
          path: file,
          detail: `written by a newer Zuoci (database format ${probe.version}; this version reads up to ${migrations.length})`,
          version: probe.version,
          supported: migrations.length,
        });
      }
      if (probe.kind === 'damaged') {
        replaceDamaged(dataDir, file, probe.problem, now(), step);
      } else if (probe.version > 0 && probe.version < migrations.length) {
        const db = new Database(file, { readonly: true });
        try {
          backupDatabase(db, join(dataDir, BACKUP_DIR), 'safety', now());
        } finally {
          db.close();
        }
      }
    }
    const noticeFile = join(dataDir, RECOVERY_NOTICE);
    return {
      store: new PlanStore(file, { now }),
      notices: existsSync(noticeFile) ? (readJson(noticeFile) as StartupNotice[]) : [],
      acknowledgeNotices: () => rmSync(noticeFile, { force: true }),
    };
  } catch (e) {
    throw asStorageProblem(e, file);
  }
}

type Probe = { kind: 'ok' | 'newer'; version: number } | { kind: 'damaged'; problem: string };

function probeDatabase(file: string, backupDir: string): Probe {
  // SQLite takes an empty file for a new database; once there are backups, an empty file
  // means the library was lost (a sync tool, a full disk) and must not pass for an empty one.
  if (statSync(file).size === 0 && listBackups(backupDir).length > 0) {
    return { kind: 'damaged', problem: 'the database file is empty (0 bytes)' };
  }
  try {
    // Read-only first: looking must not change the file, nor let SQLite tidy away a damaged
    // file's journal. A healthy file a kill left with a hot journal (or a WAL to recover) needs
    // a writer to replay it, as every ordinary open does.
    try {
      return inspect(file, true);
    } catch (e) {
      const code = String((e as { code?: unknown }).code ?? '');
      if (!code.startsWith('SQLITE_READONLY') && code !== 'SQLITE_CANTOPEN') throw e;
      return inspect(file, false);
    }
  } catch (e) {
    // Only what SQLite calls corruption is damage; anything else stops the start unchanged.
    if (classifyStorageError(e) === 'damaged') return { kind: 'damaged', problem: (e as Error).message };
    throw asStorageProblem(e, file);
  }
}

function inspect(file: string, readonly: boolean): Probe {
  const db = new Database(file, { readonly, fileMustExist: true });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) return { kind: 'newer', version };
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    if (problems.length) return { kind: 'damaged', problem: problems.slice(0, 3).join('; ') };
    return { kind: 'ok', version };
  } finally {
    try {
      db.close();
    } catch {
      // a connection to a broken file may fail to close; the file is moved aside next anyway
    }
  }
}

interface RecoveryPlan {
  problem: string;
  movedTo: string;
  restoredFrom?: string;
}

function replaceDamaged(dataDir: string, file: string, problem: string, now: number, step: (s: RecoveryStep) => void): void {
  const backupDir = join(dataDir, BACKUP_DIR);
  const good = listBackups(backupDir).find((b) => checkDatabase(join(backupDir, b.name)) === 'ok');
  if (good) {
    // The good copy exists, complete and on disk, before anything else changes: a full disk
    // stops here with the damaged file still where it was.
    try {
      copyFileSync(join(backupDir, good.name), file + RESTORING);
      syncFile(file + RESTORING);
    } catch (e) {
      rmSync(file + RESTORING, { force: true });
      throw e;
    }
    step('copied');
  }
  mkdirSync(join(dataDir, DAMAGED_DIR), { recursive: true });
  const plan: RecoveryPlan = {
    problem,
    movedTo: join(dataDir, DAMAGED_DIR, `zuoci-${new Date(now).toISOString().replace(/[:.]/g, '-')}.sqlite`),
    ...(good ? { restoredFrom: good.name } : {}),
  };
  writeDurably(join(dataDir, RECOVERY_MARKER), plan);
  step('marked');
  finishRecovery(dataDir, file, plan, step, false);
}

/**
 * Completes a recovery from wherever it stopped. Each step is a rename checked against what
 * is on disk, so running it again after a kill never repeats or undoes one.
 */
function finishRecovery(
  dataDir: string,
  file: string,
  plan: RecoveryPlan,
  step: (s: RecoveryStep) => void,
  resumed: boolean,
): void {
  const copy = file + RESTORING;
  // Until the copy has been renamed into place (or, with no backup, until the marker is gone),
  // whatever sits at `file` is the damaged database or its journal.
  if (!plan.restoredFrom || existsSync(copy)) {
    // The journal files belong to the damaged file; they go with it, never replayed into the copy.
    for (const suffix of ['', ...JOURNALS]) {
      if (existsSync(file + suffix) && !existsSync(plan.movedTo + suffix)) renameSync(file + suffix, plan.movedTo + suffix);
    }
    syncFile(dirname(plan.movedTo));
    step('moved');
    if (plan.restoredFrom) {
      renameSync(copy, file);
      syncFile(dirname(file));
      step('restored');
    }
  }
  // The notice is on disk before the marker goes: the officer hears of it whenever the kill came.
  const noticeFile = join(dataDir, RECOVERY_NOTICE);
  const earlier = existsSync(noticeFile) ? (readJson(noticeFile) as StartupNotice[]) : [];
  const notice: StartupNotice = {
    code: 'database-damaged',
    problem: plan.problem,
    movedTo: plan.movedTo,
    ...(plan.restoredFrom ? { restoredFrom: plan.restoredFrom } : {}),
    ...(resumed ? { resumed } : {}),
  };
  writeDurably(noticeFile, [...earlier.filter((n) => n.movedTo !== notice.movedTo), notice]);
  rmSync(join(dataDir, RECOVERY_MARKER), { force: true });
}

/** The marker names where the damaged file goes; only ever inside `damaged/`. */
function readMarker(marker: string): RecoveryPlan {
  const plan = readJson(marker) as Partial<RecoveryPlan> | null;
  if (typeof plan?.problem !== 'string' || typeof plan.movedTo !== 'string' || basename(dirname(plan.movedTo)) !== DAMAGED_DIR) {
    throw new StorageProblem('storage-failed', { path: marker, detail: 'the recovery record is not readable' });
  }
  return plan as RecoveryPlan;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new StorageProblem('storage-failed', { path: file, detail: (e as Error).message });
  }
}

/** Writes JSON so that a kill leaves either the old file or the whole new one. */
function writeDurably(file: string, value: unknown): void {
  writeFileSync(file + '.tmp', JSON.stringify(value));
  syncFile(file + '.tmp');
  renameSync(file + '.tmp', file);
  syncFile(dirname(file));
}

/** Flushes a file or a folder (the rename in it) to disk; folders cannot be synced on Windows. */
function syncFile(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch (e) {
    if (!statSync(path).isDirectory()) throw e;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
