/**
 * The plan store: one SQLite file (better-sqlite3) in the data folder. WAL, foreign keys,
 * migrations by `user_version`, every write in a transaction. It stores documents as JSON
 * and validates every document it reads back through `restore`.
 */
import Database from 'better-sqlite3';
import { restore, type Repair } from '../../shared/model/restore';
import type { Plan, PlanSummary } from '../../shared/model/types';
import type { Params } from '../../shared/i18n/translate';
import { HOST_ERRORS, type HostErrorCode, type HostErrorKey, type IpcError } from '../../shared/ipc/errors';
import { hostError } from '../../shared/ipc/host-error';

/** A storage failure as a host error (shared/ipc/errors.ts); its message is the English words. */
export class StoreError extends Error {
  readonly error: IpcError;
  constructor(key: HostErrorKey, params: Params = {}) {
    const error = hostError(key, params);
    super(error.message);
    this.error = error;
  }

  get code(): HostErrorCode {
    return HOST_ERRORS[this.error.key];
  }
}

/** Schema migrations, index = the user_version they upgrade from. Never edit a shipped one. */
export const migrations: ((db: Database.Database) => void)[] = [
  (db) => {
    db.exec(`
      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        convention TEXT NOT NULL,
        start_date TEXT,
        end_date TEXT,
        document TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX plans_updated ON plans(updated_at DESC);
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `);
  },
  // 1→2: revisions (named snapshots and automatic ones) of each plan; see revisions.ts.
  // `reason` marks revisions the host takes itself (before a restore, on import); the
  // renderer names those, so the stored name may be empty.
  (db) => {
    db.exec(`
      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        auto INTEGER NOT NULL DEFAULT 0,
        reason TEXT,
        document TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX revisions_plan ON revisions(plan_id, created_at DESC, id DESC);
    `);
  },
  // 2→3: the office's people directory (常用人员库), shared by every plan and owned by none, so
  // deleting a plan never deletes an entry (no foreign key to plans); see directory.ts.
  // `fields` is the entry's JSON (DirectoryFields), validated on every read like a plan document;
  // `changed` the revision at which each offered field last changed (JSON, {} as added).
  (db) => {
    db.exec(`
      CREATE TABLE directory (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        fields TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        changed TEXT NOT NULL DEFAULT '{}',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX directory_name ON directory(name);
    `);
  },
  // 3→4 (issue 16 part 3): pictures kept apart from the documents (a plan is saved whole on every
  // edit, so a floor plan inside its JSON would be rewritten each time). `id` is the sha256 of the
  // re-encoded bytes, so the same picture is kept once however many scenes and plans use it.
  // Asset ids are not foreign keys: a revision or a backup may use a picture no plan uses now.
  (db) => {
    db.exec(`
      CREATE TABLE assets (
        id TEXT PRIMARY KEY,
        mime TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        bytes BLOB NOT NULL,
        created_at INTEGER NOT NULL
      );
    `);
  },
];

export interface StoreOptions {
  /** Injected so tests can control time; the store itself never reads the clock otherwise. */
  now?: () => number;
}

export class PlanStore {
  readonly db: Database.Database;
  private readonly now: () => number;
  private lastStamp = 0;

  constructor(file: string, options: StoreOptions = {}) {
    this.now = options.now ?? Date.now;
    try {
      this.db = new Database(file);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('foreign_keys = ON');
      // FULL: an acknowledged save survives power loss, not only a process crash.
      this.db.pragma('synchronous = FULL');
      migrate(this.db);
    } catch (e) {
      throw new StoreError('databaseUnopenable', { file, problem: (e as Error).message });
    }
  }

  close(): void {
    this.db.close();
  }

  list(): PlanSummary[] {
    const rows = this.db
      .prepare('SELECT id, document, created_at, updated_at FROM plans ORDER BY updated_at DESC, name')
      .all() as { id: string; document: string; created_at: number; updated_at: number }[];
    return rows.flatMap((row) => {
      const plan = this.parse(row.id, row.document, false);
      return plan ? [summarise(plan, row.created_at, row.updated_at)] : [];
    });
  }

  get(id: string): { plan: Plan; repairs: Repair[]; updatedAt: number } {
    const row = this.db.prepare('SELECT document, updated_at FROM plans WHERE id = ?').get(id) as
      { document: string; updated_at: number } | undefined;
    if (!row) throw new StoreError('planNotFound', { id });
    const result = restore(safeJson(row.document));
    if (!result.ok) throw new StoreError('planDamaged', { id, problem: result.error });
    return { plan: result.plan, repairs: result.repairs, updatedAt: row.updated_at };
  }

  /**
   * Inserts or replaces a plan; the document is validated before anything is written.
   * With `baseUpdatedAt` (the version the editor started from) the write is refused when the
   * stored plan changed since — another window saved it — instead of silently overwriting it.
   */
  save(input: unknown, options: { baseUpdatedAt?: number } = {}): { updatedAt: number; plan: Plan } {
    const result = restore(input);
    if (!result.ok) throw new StoreError('planInvalid', { problem: result.error });
    const plan = result.plan;
    const stamp = this.stamp();
    this.db.transaction(() => {
      if (options.baseUpdatedAt !== undefined) {
        const current = this.db.prepare('SELECT updated_at FROM plans WHERE id = ?').get(plan.id) as
          { updated_at: number } | undefined;
        if (current && current.updated_at !== options.baseUpdatedAt) {
          throw new StoreError('conflict', { id: plan.id });
        }
      }
      this.db
        .prepare(
          `INSERT INTO plans (id, name, organisation, convention, start_date, end_date, document, created_at, updated_at)
           VALUES (@id, @name, @organisation, @convention, @start, @end, @document, @stamp, @stamp)
           ON CONFLICT(id) DO UPDATE SET name = excluded.name, organisation = excluded.organisation,
             convention = excluded.convention, start_date = excluded.start_date, end_date = excluded.end_date,
             document = excluded.document, updated_at = excluded.updated_at`,
        )
        .run({
          id: plan.id,
          name: plan.name,
          organisation: plan.organisation,
          convention: plan.convention,
          start: plan.startDate ?? null,
          end: plan.endDate ?? null,
          document: JSON.stringify(plan),
          stamp,
        });
    })();
    return { updatedAt: stamp, plan };
  }

  summary(id: string): PlanSummary {
    const row = this.db.prepare('SELECT document, created_at, updated_at FROM plans WHERE id = ?').get(id) as
      { document: string; created_at: number; updated_at: number } | undefined;
    if (!row) throw new StoreError('planNotFound', { id });
    const plan = this.parse(id, row.document, true)!;
    return summarise(plan, row.created_at, row.updated_at);
  }

  delete(id: string): void {
    const info = this.db.transaction(() => this.db.prepare('DELETE FROM plans WHERE id = ?').run(id))();
    if (info.changes === 0) throw new StoreError('planNotFound', { id });
  }

  getSetting(key: string): unknown {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? safeJson(row.value) : null;
  }

  setSetting(key: string, value: unknown): void {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
        .run(key, JSON.stringify(value ?? null));
    })();
  }

  /** Strictly increasing stamps keep "sorted by last change" stable even within one millisecond. */
  stamp(): number {
    this.lastStamp = Math.max(this.now(), this.lastStamp + 1);
    return this.lastStamp;
  }

  /** A damaged row must not hide the rest of the library: it is skipped in lists, reported on open. */
  private parse(id: string, document: string, strict: boolean): Plan | undefined {
    const result = restore(safeJson(document));
    if (result.ok) return result.plan;
    if (strict) throw new StoreError('planDamaged', { id, problem: result.error });
    return undefined;
  }
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > migrations.length) {
    throw new Error(`database format ${version} is newer than this Zuoci (${migrations.length})`);
  }
  for (let v = version; v < migrations.length; v++) {
    db.transaction(() => {
      migrations[v]!(db);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

/** JSON.parse that answers undefined for text that is not JSON (a damaged row, a bad file). */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function summarise(plan: Plan, createdAt: number, updatedAt: number): PlanSummary {
  return {
    id: plan.id,
    name: plan.name,
    organisation: plan.organisation,
    convention: plan.convention,
    ...(plan.startDate ? { startDate: plan.startDate } : {}),
    ...(plan.endDate ? { endDate: plan.endDate } : {}),
    createdAt,
    updatedAt,
    peopleCount: plan.people.length,
    sceneCount: plan.scenes.length,
  };
}
