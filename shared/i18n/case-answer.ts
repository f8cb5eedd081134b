/**
 * The batch contract's answer in words (CASES.md): the engine's answer for a case with every
 * reason and warning worded in the chosen language. A case file has no names, so people are
 * named by their ids; seats are named in words as everywhere else, each by the kind of the item
 * it belongs to (the `seats` map keeps the labels the format requires).
 */
import { solveCase } from '../engine/place';
import { kindOf } from '../kinds';
import { atItem, explainContext, renderReason, renderWarning } from './explain';
import type { Lang } from './translate';

export interface PlaceAnswer {
  seats: Record<string, string>;
  tables?: Record<string, number>;
  cars?: Record<string, number>;
  enter?: string[];
  exit?: string[];
  numbers?: Record<string, number>;
  reasons: Record<string, string>;
  warnings: { code: string; message: string }[];
}

export function place(input: unknown, opts: { lang?: Lang } = {}): PlaceAnswer {
  const lang = opts.lang ?? 'zh';
  const { answer, plan, itemOf } = solveCase(input);
  const scene = plan.scenes[0]!;
  const ctx = explainContext(plan, scene);
  const reasons: Record<string, string> = {};
  for (const [pid, reason] of Object.entries(answer.reasons)) reasons[pid] = renderReason(lang, reason, atItem(ctx, itemOf[pid]));
  // A warning without an item of its own names seats of the venue's first seating item.
  const venue = atItem(ctx, scene.items.find((i) => kindOf(i).seatsPeople)?.id);
  const warnings = answer.warnings.map((w) => ({ code: w.code, message: renderWarning(lang, w, venue) }));
  return { ...answer, reasons, warnings };
}
