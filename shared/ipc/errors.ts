/**
 * Every error the host can return, as a code with parameters. The words are in the translation
 * tables under `hostError.<key>` (zh.ts, en.ts), so the renderer says them in the user's
 * language; the English rendering is kept as the error's `message` for logs and the command line
 * (`hostError` in host-error.ts; this module stays free of the word tables, because the renderer's
 * tiny entry imports it through the bridge).
 * `code` is the kind of failure callers react to (`conflict`, `not-found`, …).
 */
import type { Params } from '../i18n/translate';

export const HOST_ERRORS = {
  unknownChannel: 'unknown-channel',
  invalidRequest: 'invalid-request',
  requestNotJson: 'invalid-request',
  requestTooDeep: 'invalid-request',
  internal: 'internal',
  transport: 'transport',
  fileTooLarge: 'invalid-plan',
  fileUnopenable: 'storage',
  fileNotRegular: 'invalid-plan',
  fileEmpty: 'invalid-plan',
  fileIncomplete: 'invalid-plan',
  fileNotZuoci: 'invalid-plan',
  fileNewer: 'invalid-plan',
  fileInvalid: 'invalid-plan',
  filePlanInvalid: 'invalid-plan',
  revisionOtherPlan: 'invalid-plan',
  revisionNotInPlan: 'not-found',
  revisionDamaged: 'invalid-plan',
  revisionNotFound: 'not-found',
  revisionInvalid: 'invalid-plan',
  backupMissingPlans: 'not-found',
  backupNotFound: 'not-found',
  backupUnreadable: 'storage',
  backupFailed: 'storage',
  databaseUnopenable: 'storage',
  databaseNewer: 'storage',
  planNotFound: 'not-found',
  planDamaged: 'invalid-plan',
  planInvalid: 'invalid-plan',
  conflict: 'conflict',
  directoryEntryNotFound: 'not-found',
  directoryEntryInvalid: 'invalid-request',
  // issue 16 part 3: floor-plan underlays
  underlayTooLarge: 'invalid-image',
  underlayTooManyPixels: 'invalid-image',
  underlayNotImage: 'invalid-image',
  underlayUnreadable: 'invalid-image',
  underlayPdfUnavailable: 'unavailable',
  underlayMissing: 'not-found',
} as const;

export type HostErrorKey = keyof typeof HOST_ERRORS;
export type HostErrorCode = (typeof HOST_ERRORS)[HostErrorKey];

export interface IpcError {
  /** The kind of failure: `invalid-request`, `not-found`, `invalid-plan`, `storage`, `conflict`, … */
  code: string;
  /** What exactly went wrong; the words are `hostError.<key>`, filled with `params`. */
  key: HostErrorKey;
  params: Params;
  /** The English words, for logs and the command line. */
  message: string;
}

/** The renderer could not reach the host; the problem is the browser's own words. */
export function transportError(problem: string): IpcError {
  return { code: HOST_ERRORS.transport, key: 'transport', params: { problem }, message: problem };
}
