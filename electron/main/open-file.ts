/**
 * Opening a .zuoci file from the OS (double-click, "Open with", a file handed to a second
 * instance, macOS open-file). The file goes through the same `planFile.import` service as
 * the in-app import — size limit, validation, always a new plan — and the window then shows it.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { dispatch } from '../services/dispatch';
import { MAX_PLAN_FILE_BYTES, PLAN_FILE_EXTENSION } from '../services/plan-file';
import type { Handlers } from '../services/services';

/** The last command-line argument naming a .zuoci file (Windows and Linux pass it there). */
export function planFileFromArgv(argv: string[]): string | undefined {
  return argv
    .slice(1)
    .filter((a) => !a.startsWith('-') && a.toLowerCase().endsWith(PLAN_FILE_EXTENSION))
    .at(-1);
}

export async function importPlanFile(handlers: Handlers, path: string): Promise<{ planId: string } | { error: string }> {
  const fileName = basename(path);
  try {
    const { size } = await stat(path);
    if (size > MAX_PLAN_FILE_BYTES) {
      return {
        error: `${fileName} cannot be opened: it is ${(size / 1024 / 1024).toFixed(1)} MB; a Zuoci plan file is at most 20.0 MB.`,
      };
    }
    const result = await dispatch(handlers, 'planFile.import', { fileName, text: await readFile(path, 'utf8') });
    if (!result.ok) return { error: result.error.message };
    return { planId: (result.value as { plan: { id: string } }).plan.id };
  } catch (e) {
    return { error: `${fileName} cannot be opened: ${(e as Error).message}` };
  }
}
