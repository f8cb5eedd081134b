/**
 * The batch contract's answer in words (CASES.md): the engine's answer for a case with every
 * reason and warning worded in the chosen language. A case file has no names, so people are
 * named by their ids.
 */
import { placeCase } from '../engine';
import { renderReason, renderWarning } from './explain';
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
  const reasons: Record<string, string> = {};
  for (const [pid, reason] of Object.entries(answer.reasons)) reasons[pid] = renderReason(lang, reason);
  const warnings = answer.warnings.map((w) => ({ code: w.code, message: renderWarning(lang, w) }));
  return { ...answer, reasons, warnings };
}
