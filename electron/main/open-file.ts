/**
 * Opening a .zuoci file from the OS (double-click, "Open with", a file handed to a second
 * instance, macOS open-file). The file goes through the same `planFile.import` service as
 * the in-app import — size limit, validation, always a new plan — and the window then shows it.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { IpcError } from '../../shared/ipc/errors';
import { hostError } from '../../shared/ipc/host-error';
import { dispatch } from '../services/dispatch';
import { MAX_PLAN_FILE_BYTES, megabytes, PLAN_FILE_EXTENSION } from '../services/plan-file';
import type { Handlers } from '../services/services';

/** The last command-line argument naming a .zuoci file (Windows and Linux pass it there). */
export function planFileFromArgv(argv: string[]): string | undefined {
  return argv
    .slice(1)
    .filter((a) => !a.startsWith('-') && a.toLowerCase().endsWith(PLAN_FILE_EXTENSION))
    .at(-1);
}

/** The plan it became, or what went wrong as a host error (main words it in the user's language). */
export async function importPlanFile(handlers: Handlers, path: string): Promise<{ planId: string } | { error: IpcError }> {
  const fileName = basename(path);
  // Opened without blocking and checked through the same handle: a FIFO or a device named
  // `x.zuoci` would otherwise hang the read forever (and a swap after a check would not help).
  const file = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch((e: unknown) => e as Error);
  if (file instanceof Error) return { error: hostError('fileUnopenable', { file: fileName, problem: file.message }) };
  try {
    const info = await file.stat();
    if (!info.isFile()) return { error: hostError('fileNotRegular', { file: fileName }) };
    if (info.size > MAX_PLAN_FILE_BYTES) {
      return {
        error: hostError('fileTooLarge', { file: fileName, size: megabytes(info.size), max: megabytes(MAX_PLAN_FILE_BYTES) }),
      };
    }
    const result = await dispatch(handlers, 'planFile.import', { fileName, text: await file.readFile('utf8') });
    if (!result.ok) return { error: result.error };
    return { planId: (result.value as { plan: { id: string } }).plan.id };
  } catch (e) {
    return { error: hostError('fileUnopenable', { file: fileName, problem: (e as Error).message }) };
  } finally {
    await file.close();
  }
}
