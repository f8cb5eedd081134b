/**
 * Opening a .zuoci file from the OS (double-click, "Open with", a file handed to a second
 * instance, macOS open-file). The file goes through the same `planFile.import` service as
 * the in-app import — size limit, validation, always a new plan — and the window then shows it.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
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
  // Opened without blocking and checked through the same handle: a FIFO or a device named
  // `x.zuoci` would otherwise hang the read forever (and a swap after a check would not help).
  const file = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch((e: unknown) => e as Error);
  if (file instanceof Error) return { error: `${fileName} cannot be opened: ${file.message}` };
  try {
    const info = await file.stat();
    if (!info.isFile()) return { error: `${fileName} cannot be opened: it is not a regular file.` };
    if (info.size > MAX_PLAN_FILE_BYTES) {
      return {
        error: `${fileName} cannot be opened: it is ${(info.size / 1024 / 1024).toFixed(1)} MB; a Zuoci plan file is at most 20.0 MB.`,
      };
    }
    const result = await dispatch(handlers, 'planFile.import', { fileName, text: await file.readFile('utf8') });
    if (!result.ok) return { error: result.error.message };
    return { planId: (result.value as { plan: { id: string } }).plan.id };
  } catch (e) {
    return { error: `${fileName} cannot be opened: ${(e as Error).message}` };
  } finally {
    await file.close();
  }
}
