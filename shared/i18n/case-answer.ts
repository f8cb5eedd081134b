/**
 * The batch contract's answer in words (CASES.md): the engine's answer for a case with every
 * reason and warning worded in the chosen language. A case file has no names, so people are
 * named by their ids (a case's people are named by them); seats are named in words as everywhere else (the `seats` map keeps the
 * labels the format requires).
 */
import { placeCase } from '../engine';
import { parseCase } from '../engine/case-schema';
import { caseToPlan } from '../engine/place';
import { kindOf } from '../kinds';
import { atItem, explainContext, renderReason, renderWarning } from './explain';
import type { Lang } from './translate';

export interface PlaceAnswer {
  seats: Record<string, string>;
  tables?: Record<string, number>;
  cars?: Record<string, number>;
  enter?: string[];
  exit?: string[];
  reasons: Record<string, string>;
  warnings: { code: string; message: string }[];
}

export function place(input: unknown, opts: { lang?: Lang } = {}): PlaceAnswer {
  const lang = opts.lang ?? 'zh';
  const answer = placeCase(input);
  // A case's venue has one kind of seating item (tables, cars, one rostrum …): its seats' words.
  const plan = caseToPlan(parseCase(input));
  const scene = plan.scenes[0]!;
  const ctx = atItem(explainContext(plan, scene), scene.items.find((i) => kindOf(i).seatsPeople)?.id);
  const reasons: Record<string, string> = {};
  for (const [pid, reason] of Object.entries(answer.reasons)) reasons[pid] = renderReason(lang, reason, ctx);
  const warnings = answer.warnings.map((w) => ({ code: w.code, message: renderWarning(lang, w, ctx) }));
  return { ...answer, reasons, warnings };
}
