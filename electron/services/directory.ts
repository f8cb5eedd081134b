/**
 * The office's people directory (常用人员库) in the plan database (table `directory`, migration
 * 2→3 in plan-store.ts). Entries belong to no plan: deleting a plan leaves them. Every entry is
 * validated before it is written and after it is read; an edit that changes a field raises the
 * entry's revision, which is what plans compare to offer the change (shared/people/directory.ts).
 */
import { describeZodError, directoryEntrySchema, directoryFieldsSchema } from '../../shared/model/schema';
import type { DirectoryEntry, DirectoryFields } from '../../shared/model/types';
import { newId } from '../../shared/model/ids';
import { cleanDirectoryFields, OFFERED_FIELDS } from '../../shared/people/directory';
import { safeJson, StoreError, type PlanStore } from './plan-store';

interface Row {
  id: string;
  fields: string;
  revision: number;
  changed: string;
  created_at: number;
  updated_at: number;
}

export class Directory {
  constructor(private readonly store: PlanStore) {}

  /** Every entry, by name; a damaged row is left out rather than hiding the rest. */
  list(): DirectoryEntry[] {
    const rows = this.store.db.prepare('SELECT * FROM directory ORDER BY name, created_at, id').all() as Row[];
    return rows.flatMap((row) => {
      const entry = fromRow(row);
      return entry ? [entry] : [];
    });
  }

  /** Adds the people as new entries, in one transaction; answers them in the same order. */
  add(people: DirectoryFields[]): DirectoryEntry[] {
    const clean = people.map(checked);
    const insert = this.store.db.prepare(
      'INSERT INTO directory (id, name, fields, revision, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)',
    );
    return this.store.db.transaction(() =>
      clean.map((fields) => {
        const stamp = this.store.stamp();
        const entry: DirectoryEntry = {
          ...fields,
          id: newId('directory'),
          revision: 1,
          changed: {},
          createdAt: stamp,
          updatedAt: stamp,
        };
        insert.run(entry.id, fields.name, JSON.stringify(fields), stamp, stamp);
        return entry;
      }),
    )();
  }

  /**
   * Replaces an entry's fields. When an offered field changed, the revision rises and each
   * changed field is marked with it, so plans are offered exactly what the directory changed.
   */
  update(id: string, fields: DirectoryFields): DirectoryEntry {
    const next = checked(fields);
    return this.store.db.transaction(() => {
      const current = this.get(id);
      const changedNow = OFFERED_FIELDS.filter((f) => (current[f] ?? '') !== (next[f] ?? ''));
      const revision = current.revision + (changedNow.length ? 1 : 0);
      const entry: DirectoryEntry = {
        ...next,
        id,
        revision,
        changed: { ...current.changed, ...Object.fromEntries(changedNow.map((f) => [f, revision])) },
        createdAt: current.createdAt,
        updatedAt: this.store.stamp(),
      };
      this.store.db
        .prepare('UPDATE directory SET name = ?, fields = ?, revision = ?, changed = ?, updated_at = ? WHERE id = ?')
        .run(next.name, JSON.stringify(next), revision, JSON.stringify(entry.changed), entry.updatedAt, id);
      return entry;
    })();
  }

  delete(id: string): void {
    const info = this.store.db.transaction(() => this.store.db.prepare('DELETE FROM directory WHERE id = ?').run(id))();
    if (info.changes === 0) throw new StoreError('directoryEntryNotFound', { id });
  }

  private get(id: string): DirectoryEntry {
    const row = this.store.db.prepare('SELECT * FROM directory WHERE id = ?').get(id) as Row | undefined;
    const entry = row && fromRow(row);
    if (!entry) throw new StoreError('directoryEntryNotFound', { id });
    return entry;
  }
}

function checked(fields: DirectoryFields): DirectoryFields {
  const result = directoryFieldsSchema.safeParse(fields);
  if (!result.success) throw new StoreError('directoryEntryInvalid', { problem: describeZodError(result.error) });
  return cleanDirectoryFields(result.data);
}

function fromRow(row: Row): DirectoryEntry | undefined {
  const fields = safeJson(row.fields);
  const result = directoryEntrySchema.safeParse({
    ...(typeof fields === 'object' && fields !== null ? fields : {}),
    id: row.id,
    revision: row.revision,
    changed: safeJson(row.changed),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
  return result.success ? { ...cleanDirectoryFields(result.data), ...pick(result.data) } : undefined;
}

function pick(entry: DirectoryEntry): Pick<DirectoryEntry, 'id' | 'revision' | 'changed' | 'createdAt' | 'updatedAt'> {
  const { id, revision, changed, createdAt, updatedAt } = entry;
  return { id, revision, changed, createdAt, updatedAt };
}
