/**
 * Opening the plan database at start, safely.
 *
 * - A database from a newer Zuoci is refused with a clear message and left exactly as it is.
 * - Before an older database is upgraded, a safety backup of it is taken.
 * - A damaged database (not SQLite, truncated, failing `quick_check`) is never deleted: it is
 *   moved to `damaged/`, the newest backup that passes its check takes its place (or an empty
 *   library when there is none), and a notice tells the user what happened and where the
 *   damaged file is, so nothing that was saved is thrown away.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { migrations, PlanStore, StoreError } from './plan-store';
import { BACKUP_DIR, backupDatabase, checkDatabase, listBackups } from './backup';

export const DAMAGED_DIR = 'damaged';

/** Something the user must be told about how the library was opened. */
export interface StartupNotice {
  code: 'database-damaged';
  /** What SQLite said was wrong. */
  problem: string;
  /** Where the damaged file was moved to. */
  movedTo: string;
  /** The backup now in use, or absent when the library started empty. */
  restoredFrom?: string;
}

export function openLibrary(
  dataDir: string,
  file: string,
  now: () => number = Date.now,
): { store: PlanStore; notices: StartupNotice[] } {
  const notices: StartupNotice[] = [];
  if (existsSync(file)) {
    const probe = probeDatabase(file, join(dataDir, BACKUP_DIR));
    if (probe.kind === 'newer') {
      throw new StoreError(
        'storage',
        `the plan database ${file} was written by a newer Zuoci (database format ${probe.version}; this version reads up to ${migrations.length}). Install the newer Zuoci; the file was left untouched.`,
      );
    }
    if (probe.kind === 'damaged') {
      notices.push(replaceDamaged(dataDir, file, probe.problem, now()));
    } else if (probe.version > 0 && probe.version < migrations.length) {
      const db = new Database(file, { readonly: true });
      try {
        backupDatabase(db, join(dataDir, BACKUP_DIR), 'safety', now());
      } finally {
        db.close();
      }
    }
  }
  return { store: new PlanStore(file, { now }), notices };
}

type Probe = { kind: 'ok' | 'newer'; version: number } | { kind: 'damaged'; problem: string };

function probeDatabase(file: string, backupDir: string): Probe {
  // SQLite takes an empty file for a new database; once there are backups, an empty file
  // means the library was lost (a sync tool, a full disk) and must not pass for an empty one.
  if (statSync(file).size === 0 && listBackups(backupDir).length > 0) {
    return { kind: 'damaged', problem: 'the database file is empty (0 bytes)' };
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) return { kind: 'newer', version };
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    if (problems.length) return { kind: 'damaged', problem: problems.slice(0, 3).join('; ') };
    return { kind: 'ok', version };
  } catch (e) {
    return { kind: 'damaged', problem: (e as Error).message };
  } finally {
    try {
      db?.close();
    } catch {
      // a connection to a broken file may fail to close; the file is moved aside next anyway
    }
  }
}

function replaceDamaged(dataDir: string, file: string, problem: string, now: number): StartupNotice {
  const damagedDir = join(dataDir, DAMAGED_DIR);
  mkdirSync(damagedDir, { recursive: true });
  const movedTo = join(damagedDir, `zuoci-${new Date(now).toISOString().replace(/[:.]/g, '-')}.sqlite`);
  renameSync(file, movedTo);
  // The journal files belong to the damaged file; keep them beside it, never replay them
  // into a restored backup.
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, movedTo + suffix);
  }
  const backupDir = join(dataDir, BACKUP_DIR);
  const good = listBackups(backupDir).find((b) => checkDatabase(join(backupDir, b.name)) === 'ok');
  if (good) copyFileSync(join(backupDir, good.name), file);
  return { code: 'database-damaged', problem, movedTo, ...(good ? { restoredFrom: good.name } : {}) };
}
