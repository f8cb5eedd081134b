/**
 * The `.zuoci` file: one plan, self-contained, as UTF-8 JSON.
 *
 *   { "format": "zuoci-plan", "formatVersion": 1, "app": "0.1.0", "exportedAt": "…",
 *     "sha256": "<hex of the plan's JSON text>", "plan": { …the document… },
 *     "assets": { "<asset id>": { "mime": "image/png", "data": "<base64>" } } }
 *
 * Two versions travel in a file: `formatVersion` (this envelope) and the plan's own
 * `schemaVersion`. Either one newer than this Zuoci reads is refused with a message saying
 * so; an older plan document is migrated by `restore`, like every load. Revisions are not
 * exported: a file sent to a hotel must not carry earlier drafts.
 *
 * `assets` (optional, so version 1 still; an older Zuoci ignores it) carries the pictures the
 * plan's scenes use as underlays (issue 16 part 3), which the library keeps apart from the
 * document. They are untrusted bytes like the rest: `plan-file-assets.ts` re-encodes each before
 * the library keeps it.
 *
 * Files come from email and USB sticks, so reading one trusts nothing: size first, then
 * JSON, then the envelope, then the full document validation of `restore`.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { PLAN_FILE_MEGABYTES } from '../../shared/model/limits';
import { restore } from '../../shared/model/restore';
import { describeZodError } from '../../shared/model/schema';
import type { FileWarning } from '../../shared/ipc/contract';
import type { Plan } from '../../shared/model/types';
import { StoreError } from './plan-store';

export const PLAN_FILE_FORMAT = 'zuoci-plan';
export const PLAN_FILE_VERSION = 1;
export const PLAN_FILE_EXTENSION = '.zuoci';
/** Anything past PLAN_FILE_MEGABYTES (shared/model/limits.ts) is not a plan. */
export const MAX_PLAN_FILE_BYTES = PLAN_FILE_MEGABYTES * 1024 * 1024;

/** A picture as the file carries it: its kind as the file claims and its bytes in base64. */
export const fileAssetSchema = z.object({ mime: z.string().max(100), data: z.string().base64() });
export type FileAsset = z.infer<typeof fileAssetSchema>;
export type FileAssets = Record<string, FileAsset>;

const envelope = z.object({
  format: z.literal(PLAN_FILE_FORMAT),
  formatVersion: z.number().int().min(1),
  app: z.string().max(100).optional(),
  exportedAt: z.string().max(100).optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'expected 64 hex digits')
    .optional(),
  plan: z.unknown(),
  assets: z.record(z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 in hex'), fileAssetSchema).optional(),
});

export function writePlanFile(
  plan: Plan,
  appVersion: string,
  now: Date,
  assets: FileAssets = {},
): { fileName: string; text: string } {
  const planText = JSON.stringify(plan);
  const withAssets = Object.keys(assets).length > 0;
  const text = [
    '{',
    `"format":${JSON.stringify(PLAN_FILE_FORMAT)},`,
    `"formatVersion":${PLAN_FILE_VERSION},`,
    `"app":${JSON.stringify(appVersion)},`,
    `"exportedAt":${JSON.stringify(now.toISOString())},`,
    `"sha256":"${sha256(planText)}",`,
    `"plan":${planText}`,
    withAssets ? `,"assets":${JSON.stringify(assets)}` : '',
    '}\n',
  ].join('');
  return { fileName: `${safeFileName(plan.name)}${PLAN_FILE_EXTENSION}`, text };
}

/**
 * Reads a `.zuoci` file's text into a valid plan, or throws a StoreError naming what is
 * wrong (and where). `warnings` lists what was repaired or suspicious but not fatal.
 */
export function readPlanFile(text: string, fileName = 'file'): { plan: Plan; warnings: FileWarning[]; assets: FileAssets } {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_PLAN_FILE_BYTES) {
    throw new StoreError('fileTooLarge', { file: fileName, size: megabytes(bytes), max: megabytes(MAX_PLAN_FILE_BYTES) });
  }
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw new StoreError('fileEmpty', { file: fileName });
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw new StoreError('fileIncomplete', { file: fileName, problem: (e as Error).message });
  }
  const isObject = typeof json === 'object' && json !== null && !Array.isArray(json);
  if (!isObject || (json as { format?: unknown }).format !== PLAN_FILE_FORMAT) {
    throw new StoreError('fileNotZuoci', { file: fileName, format: PLAN_FILE_FORMAT });
  }
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > PLAN_FILE_VERSION) {
    throw new StoreError('fileNewer', { file: fileName, version, max: PLAN_FILE_VERSION });
  }
  const parsed = envelope.safeParse(json);
  if (!parsed.success) throw new StoreError('fileInvalid', { file: fileName, problem: describeZodError(parsed.error) });
  const warnings: FileWarning[] = [];
  const { sha256: expected, plan: document, assets = {} } = parsed.data;
  if (expected && expected !== sha256(JSON.stringify(document))) {
    warnings.push({ file: fileName, kind: 'checksum' });
  }
  const result = restore(document);
  if (!result.ok) throw new StoreError('filePlanInvalid', { file: fileName, problem: result.error });
  warnings.push(...result.repairs.map((repair) => ({ file: fileName, kind: 'repair' as const, repair })));
  return { plan: result.plan, warnings, assets };
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A name every OS accepts: no path separators, reserved characters or trailing dots. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/\p{Cc}/gu, '_')
    .replace(/[. ]+$/, '')
    .trim()
    .slice(0, 100);
  return cleaned || 'plan';
}
