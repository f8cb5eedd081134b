/**
 * The host's errors, the repairs made when a plan is loaded and the warnings about an imported
 * plan file, in words: each arrives as a code with parameters and is worded here, in the user's
 * language on screen and in English in logs and on the command line.
 */
import type { FileWarning } from '../ipc/contract';
import type { IpcError } from '../ipc/errors';
import type { Repair } from '../model/restore';
import { translate, type Lang } from './translate';

export function hostErrorText(lang: Lang, error: Pick<IpcError, 'key' | 'params'>): string {
  return translate(lang, `hostError.${error.key}`, error.params);
}

export function repairText(lang: Lang, repair: Repair): string {
  return translate(lang, `repair.${repair.key}`, repair.params);
}

export function fileWarningText(lang: Lang, warning: FileWarning): string {
  return warning.kind === 'checksum'
    ? translate(lang, 'fileWarning.checksum', { file: warning.file })
    : translate(lang, 'fileWarning.repair', { file: warning.file, repair: repairText(lang, warning.repair) });
}
