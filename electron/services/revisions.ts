/**
 * Revisions of a plan: named snapshots the officer takes ("发给酒店的版本") and automatic ones
 * taken before every 自动排座, every import and every restore. A revision is a whole validated
 * document, so restoring one can never produce a plan the store would refuse.
 */
import { restore, type Repair } from '../../shared/model/restore';
import type { Plan } from '../../shared/model/types';
import { StoreError, type PlanStore } from './plan-store';

/**
 * Why an automatic revision was taken; the renderer turns these into words. The host takes
 * 'before-restore' and 'imported' itself; the renderer asks for the other two.
 */
export type RevisionReason = 'before-restore' | 'imported' | 'before-auto-place' | 'before-import';

export interface RevisionSummary {
  id: number;
  planId: string;
  name: string;
  auto: boolean;
  reason?: RevisionReason;
  createdAt: number;
  peopleCount: number;
  sceneCount: number;
}

/** Automatic revisions kept per plan (oldest dropped first); named snapshots are never dropped. */
export const AUTO_REVISIONS_KEPT = 30;

interface Row {
  id: number;
  plan_id: string;
  name: string;
  auto: number;
  reason: string | null;
  document: string;
  created_at: number;
}

export class Revisions {
  constructor(
    private readonly store: PlanStore,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Takes a revision of `planId`: of `document` when given (what the editor shows, which may
   * be a moment ahead of the last autosave), otherwise of the stored plan.
   */
  create(
    planId: string,
    name: string,
    options: { auto?: boolean; reason?: RevisionReason; document?: unknown } = {},
  ): RevisionSummary {
    const plan = options.document === undefined ? this.store.get(planId).plan : validDocument(options.document);
    if (plan.id !== planId) throw new StoreError('revisionOtherPlan', { plan: plan.id, expected: planId });
    this.store.summary(planId); // the plan must exist in the library: a revision belongs to it
    const auto = options.auto ?? false;
    const db = this.store.db;
    const id = db.transaction(() => {
      const info = db
        .prepare('INSERT INTO revisions (plan_id, name, auto, reason, document, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(planId, name, auto ? 1 : 0, options.reason ?? null, JSON.stringify(plan), this.now());
      if (auto) this.dropOldAutomatic(planId);
      return Number(info.lastInsertRowid);
    })();
    return this.summary(id);
  }

  /** Newest first. */
  list(planId: string): RevisionSummary[] {
    const rows = this.store.db
      .prepare('SELECT * FROM revisions WHERE plan_id = ? ORDER BY created_at DESC, id DESC')
      .all(planId) as Row[];
    return rows.flatMap((row) => {
      const parsed = restore(safeJson(row.document));
      return parsed.ok ? [summarise(row, parsed.plan)] : [];
    });
  }

  /**
   * Makes the revision the plan's current state. The state it replaces is kept as an
   * automatic revision first, in the same transaction, so a restore can itself be undone.
   */
  restore(planId: string, revisionId: number): { plan: Plan; repairs: Repair[] } {
    const row = this.row(revisionId);
    if (row.plan_id !== planId) throw new StoreError('revisionNotInPlan', { plan: planId, revision: revisionId });
    const parsed = restore(safeJson(row.document));
    if (!parsed.ok) throw new StoreError('revisionDamaged', { revision: revisionId, problem: parsed.error });
    const db = this.store.db;
    db.transaction(() => {
      this.create(planId, '', { auto: true, reason: 'before-restore' });
      this.store.save(parsed.plan);
    })();
    return { plan: parsed.plan, repairs: parsed.repairs };
  }

  delete(revisionId: number): void {
    const info = this.store.db.prepare('DELETE FROM revisions WHERE id = ?').run(revisionId);
    if (info.changes === 0) throw new StoreError('revisionNotFound', { revision: revisionId });
  }

  private summary(id: number): RevisionSummary {
    const row = this.row(id);
    return summarise(row, JSON.parse(row.document) as Plan);
  }

  private row(id: number): Row {
    const row = this.store.db.prepare('SELECT * FROM revisions WHERE id = ?').get(id) as Row | undefined;
    if (!row) throw new StoreError('revisionNotFound', { revision: id });
    return row;
  }

  private dropOldAutomatic(planId: string): void {
    this.store.db
      .prepare(
        `DELETE FROM revisions WHERE plan_id = ? AND auto = 1 AND id NOT IN (
           SELECT id FROM revisions WHERE plan_id = ? AND auto = 1 ORDER BY created_at DESC, id DESC LIMIT ?)`,
      )
      .run(planId, planId, AUTO_REVISIONS_KEPT);
  }
}

function validDocument(input: unknown): Plan {
  const result = restore(input);
  if (!result.ok) throw new StoreError('revisionInvalid', { problem: result.error });
  return result.plan;
}

function summarise(row: Row, plan: Plan): RevisionSummary {
  return {
    id: row.id,
    planId: row.plan_id,
    name: row.name,
    auto: row.auto === 1,
    ...(row.reason ? { reason: row.reason as RevisionReason } : {}),
    createdAt: row.created_at,
    peopleCount: plan.people.length,
    sceneCount: plan.scenes.length,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
