/**
 * Undo/redo over whole-document snapshots. Commands return new objects and share every
 * untouched branch, so a snapshot costs only what the command changed. One entry per gesture:
 * a gesture that needs several commands dispatches them together as one batch.
 */
import { applyCommand, type Command } from './commands';
import type { Plan } from '../model/types';

export interface HistoryEntry {
  plan: Plan;
  /** What the gesture did, for "撤销：移动 3 号桌". */
  label: Command[];
}

export interface History {
  present: Plan;
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const HISTORY_LIMIT = 200;

export function startHistory(plan: Plan): History {
  return { present: plan, past: [], future: [] };
}

export function commit(history: History, commands: Command[]): History {
  if (commands.length === 0) return history;
  const next = commands.reduce(applyCommand, history.present);
  const past = [...history.past, { plan: history.present, label: commands }].slice(-HISTORY_LIMIT);
  return { present: next, past, future: [] };
}

export function undo(history: History): History {
  const last = history.past.at(-1);
  if (!last) return history;
  return {
    present: last.plan,
    past: history.past.slice(0, -1),
    future: [{ plan: history.present, label: last.label }, ...history.future],
  };
}

export function redo(history: History): History {
  const next = history.future[0];
  if (!next) return history;
  return {
    present: next.plan,
    past: [...history.past, { plan: history.present, label: next.label }],
    future: history.future.slice(1),
  };
}
