/**
 * Rotating backups of the whole plan database, and restoring plans from one.
 *
 * A backup is `VACUUM INTO` a `.partial` file, checked with `quick_check`, then renamed: a
 * kill in the middle leaves a `.partial` that is never listed, never a half backup. Backups
 * are taken when the host starts (if the last automatic one is older than the interval),
 * every interval while there were changes, when the host closes, by hand, and as a safety
 * copy before a database upgrade. Manual backups are the officer's own: rotation never deletes
 * one, and asking again when nothing changed gives the same backup instead of a new copy (so a
 * burst of requests cannot fill the disk either).
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { restore } from '../../shared/model/restore';
import type { Plan, PlanSummary } from '../../shared/model/types';
import { safeJson, StoreError, summarise, type PlanStore } from './plan-store';
import type { Revisions } from './revisions';

export type BackupKind = 'auto' | 'manual' | 'safety';

export interface BackupInfo {
  name: string;
  kind: BackupKind;
  createdAt: number;
  size: number;
}

export const BACKUP_DIR = 'backups';
/** The only names the host creates, lists or opens: a request can never name another file. */
export const BACKUP_NAME = /^zuoci-(auto|manual|safety)-(\d{8})-(\d{9})\.sqlite$/;
/** How many automatic and safety backups are kept; the oldest beyond this are deleted after each new one. */
export const BACKUPS_KEPT: Record<Exclude<BackupKind, 'manual'>, number> = { auto: 10, safety: 10 };
/** A `.partial` untouched this long (ms) belongs to a backup that was killed, not one being written. */
export const STALE_PARTIAL_AGE = 5 * 60 * 1000;
/** An automatic backup at most this often (ms). */
export const AUTO_BACKUP_INTERVAL = 60 * 60 * 1000;

export class Backups {
  readonly dir: string;
  private changesAtLastBackup = -1;
  /** The manual backup taken in this run and the change count it holds. */
  private lastManual: { info: BackupInfo; changes: number } | undefined;

  constructor(
    dataDir: string,
    private readonly store: PlanStore,
    private readonly revisions: Revisions,
    private readonly now: () => number = Date.now,
  ) {
    this.dir = join(dataDir, BACKUP_DIR);
  }

  create(kind: BackupKind): BackupInfo {
    const changes = this.totalChanges();
    const last = this.lastManual;
    if (kind === 'manual' && last?.changes === changes && existsSync(join(this.dir, last.info.name))) return last.info;
    const info = backupDatabase(this.store.db, this.dir, kind, this.now());
    this.changesAtLastBackup = changes;
    if (kind === 'manual') this.lastManual = { info, changes };
    else this.rotate(kind);
    return info;
  }

  /** Newest first. */
  list(): BackupInfo[] {
    return listBackups(this.dir);
  }

  /** The plans inside a backup, as the library would list them. */
  plans(name: string): PlanSummary[] {
    return this.readPlans(name).map(({ plan, createdAt, updatedAt }) => summarise(plan, createdAt, updatedAt));
  }

  /**
   * Copies plans from a backup into the library. A plan that still exists is replaced, and
   * the state it had is kept as an automatic revision first; other plans are untouched.
   */
  restorePlans(name: string, planIds: string[]): PlanSummary[] {
    const inBackup = new Map(this.readPlans(name).map((p) => [p.plan.id, p.plan]));
    const missing = planIds.filter((id) => !inBackup.has(id));
    if (missing.length) throw new StoreError('backupMissingPlans', { backup: name, plans: missing.join(', ') });
    const db = this.store.db;
    db.transaction(() => {
      for (const id of planIds) {
        if (this.exists(id)) this.revisions.create(id, '', { auto: true, reason: 'before-restore' });
        this.store.save(inBackup.get(id)!);
      }
    })();
    return planIds.map((id) => this.store.summary(id));
  }

  /** At start: back up unless a recent automatic backup exists or there is nothing to keep. */
  backupOnStart(): BackupInfo | undefined {
    const last = this.list().find((b) => b.kind === 'auto');
    // The people directory is the office's too: a library of only directory entries is worth keeping.
    const empty =
      (
        this.store.db.prepare('SELECT (SELECT COUNT(*) FROM plans) + (SELECT COUNT(*) FROM directory) AS n').get() as {
          n: number;
        }
      ).n === 0;
    this.changesAtLastBackup = this.totalChanges();
    if (empty || (last && this.now() - last.createdAt < AUTO_BACKUP_INTERVAL)) return undefined;
    return this.create('auto');
  }

  /** On the timer and at close: back up only when something changed since the last backup. */
  backupIfChanged(): BackupInfo | undefined {
    return this.totalChanges() !== this.changesAtLastBackup ? this.create('auto') : undefined;
  }

  private readPlans(name: string): { plan: Plan; createdAt: number; updatedAt: number }[] {
    if (!BACKUP_NAME.test(name) || !existsSync(join(this.dir, name))) {
      throw new StoreError('backupNotFound', { backup: name });
    }
    let db: Database.Database | undefined;
    try {
      db = new Database(join(this.dir, name), { readonly: true, fileMustExist: true });
      const rows = db.prepare('SELECT id, document, created_at, updated_at FROM plans').all() as {
        id: string;
        document: string;
        created_at: number;
        updated_at: number;
      }[];
      return rows.flatMap((row) => {
        const result = restore(safeJson(row.document));
        return result.ok ? [{ plan: result.plan, createdAt: row.created_at, updatedAt: row.updated_at }] : [];
      });
    } catch (e) {
      throw new StoreError('backupUnreadable', { backup: name, problem: (e as Error).message });
    } finally {
      db?.close();
    }
  }

  private exists(id: string): boolean {
    return this.store.db.prepare('SELECT 1 FROM plans WHERE id = ?').get(id) !== undefined;
  }

  private totalChanges(): number {
    return (this.store.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  }

  private rotate(kind: Exclude<BackupKind, 'manual'>): void {
    for (const old of this.list()
      .filter((b) => b.kind === kind)
      .slice(BACKUPS_KEPT[kind])) {
      rmSync(join(this.dir, old.name), { force: true });
    }
  }
}

/** Writes a checked, complete copy of `db` into `dir`, or throws and leaves nothing listed. */
export function backupDatabase(db: Database.Database, dir: string, kind: BackupKind, now: number): BackupInfo {
  mkdirSync(dir, { recursive: true });
  let stamp = now;
  while (existsSync(join(dir, backupName(kind, stamp)))) stamp++;
  const name = backupName(kind, stamp);
  const partial = join(dir, `${name}.partial`);
  rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    const check = checkDatabase(partial);
    if (check !== 'ok') throw new Error(`the copy failed its check: ${check}`);
    renameSync(partial, join(dir, name));
  } catch (e) {
    rmSync(partial, { force: true });
    throw new StoreError('backupFailed', { problem: (e as Error).message });
  }
  return { name, kind, createdAt: stamp, size: statSync(join(dir, name)).size };
}

/** Removes what killed backups left behind: `.partial` files nobody has written to for a while. */
export function removeStalePartials(dir: string): void {
  const now = Date.now(); // file times are real times, whatever clock a test gives the store
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.partial')) continue;
    const file = join(dir, name);
    if (now - statSync(file).mtimeMs > STALE_PARTIAL_AGE) rmSync(file, { force: true });
  }
}

export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const m = BACKUP_NAME.exec(name);
      if (!m) return [];
      return [{ name, kind: m[1] as BackupKind, createdAt: parseStamp(m[2]!, m[3]!), size: statSync(join(dir, name)).size }];
    })
    .sort((a, b) => b.createdAt - a.createdAt);
}

/** `ok`, or what SQLite says is wrong with the file (it cannot be opened, or a check fails). */
export function checkDatabase(file: string): string {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    return problems.length ? problems.slice(0, 3).join('; ') : 'ok';
  } catch (e) {
    return (e as Error).message;
  } finally {
    db?.close();
  }
}

/** `zuoci-auto-20261123-183000123.sqlite`: UTC, to the millisecond, sorts by time. */
function backupName(kind: BackupKind, ms: number): string {
  const iso = new Date(ms).toISOString(); // 2026-11-23T18:30:00.123Z
  const day = iso.slice(0, 10).replace(/-/g, '');
  const time = iso.slice(11, 23).replace(/[:.]/g, '');
  return `zuoci-${kind}-${day}-${time}.sqlite`;
}

function parseStamp(day: string, time: string): number {
  return Date.UTC(
    +day.slice(0, 4),
    +day.slice(4, 6) - 1,
    +day.slice(6, 8),
    +time.slice(0, 2),
    +time.slice(2, 4),
    +time.slice(4, 6),
    +time.slice(6, 9),
  );
}
