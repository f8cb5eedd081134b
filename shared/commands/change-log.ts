/**
 * The bound on the plan's change log (规划变更记录). Kept here, beside the `changelog/append`
 * command that is its only writer, so the log stays bounded whoever appends; the entries
 * themselves are made in shared/people/changelog.ts.
 */
import type { ChangeLogEntry } from '../model/types';

/** The newest entries kept. */
export const CHANGE_LOG_LIMIT = 300;

export function appendLog(log: ChangeLogEntry[] | undefined, entry: ChangeLogEntry): ChangeLogEntry[] {
  return [...(log ?? []), entry].slice(-CHANGE_LOG_LIMIT);
}
