/**
 * Telling a damaged database apart from a temporary problem with a healthy one.
 *
 * Only genuine corruption may move a database aside (backup-recovery.ts): SQLite says the file
 * is not a database or its image is malformed, or `quick_check` fails. A locked file, a file
 * the user may not read, a full disk, a read-only folder or a newer format are problems of the
 * moment: the host stops and says what is wrong and what to do, and moves nothing. They travel
 * as a code with parameters; the words are in shared/i18n (`storage.<code>`).
 */
import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';

/** The temporary problems, each with its own words in `shared/i18n` (`storage.<code>`). */
export type StorageProblemCode =
  'database-locked' | 'database-unreadable' | 'disk-full' | 'disk-error' | 'read-only' | 'database-newer' | 'storage-failed';

export interface StorageProblemParams {
  [key: string]: string | number;
  /** The file or folder the problem is with. */
  path: string;
  /** What the system said, for the technical reader (not translated). */
  detail: string;
}

/** The host cannot open the library right now; nothing was moved or changed. */
export class StorageProblem extends Error {
  constructor(
    readonly code: StorageProblemCode,
    readonly params: StorageProblemParams,
  ) {
    super(`${code}: ${params.path}: ${params.detail}`);
    this.name = 'StorageProblem';
  }
}

/** What an error thrown while opening or checking a database means. */
export function classifyStorageError(e: unknown): 'damaged' | StorageProblemCode {
  const code = String((e as { code?: unknown })?.code ?? '');
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'damaged';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'database-locked';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'read-only';
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_SHMSIZE' || code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full';
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH' || code === 'EACCES' || code === 'EPERM') {
    return 'database-unreadable';
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'disk-error';
  return 'storage-failed';
}

/** Any failure while opening the library as a StorageProblem about `path` (never 'damaged'). */
export function asStorageProblem(e: unknown, path: string): StorageProblem {
  if (e instanceof StorageProblem) return e;
  let kind = classifyStorageError(e);
  // SQLite says only "unable to open" when it cannot create its journal beside the file.
  if (kind === 'database-unreadable' && folderIsReadOnly(dirname(path))) kind = 'read-only';
  const detail = (e as Error)?.message ?? String(e);
  return new StorageProblem(kind === 'damaged' ? 'storage-failed' : kind, { path, detail });
}

function folderIsReadOnly(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EROFS' || (e as NodeJS.ErrnoException).code === 'EACCES';
  }
}
