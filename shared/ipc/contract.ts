/**
 * The one contract between the renderer and the host. Both transports (Electron's preload
 * bridge and the browser-mode HTTP host) carry exactly these channels; the host validates
 * every request against `request` before a service sees it.
 */
import { z } from 'zod';
import { REPAIR_KEYS } from '../model/restore';
import { UNDERLAY_MAX_BYTES } from '../model/limits';
import { conventionSchema, directoryEntrySchema, directoryFieldsSchema, planSchema } from '../model/schema';
import type { CHANNELS } from './channels';
import type { IpcError } from './errors';

const planId = z.string().min(1).max(200);
const directoryId = z.string().min(1).max(200);
const dateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

const planSummary = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.string(),
  convention: conventionSchema,
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  updatedAt: z.number(),
  createdAt: z.number(),
  peopleCount: z.number(),
  sceneCount: z.number(),
});

// data safety
/** A load repair (shared/model/restore.ts), worded by the renderer. */
const repair = z.object({ key: z.enum(REPAIR_KEYS), params: z.record(z.string(), z.string()) });
/** Something to tell about an imported plan file: its checksum does not match, or a repair. */
const fileWarning = z.union([
  z.object({ file: z.string(), kind: z.literal('checksum') }),
  z.object({ file: z.string(), kind: z.literal('repair'), repair }),
]);
export type FileWarning = z.infer<typeof fileWarning>;

const revisionId = z.number().int().positive();

// floor-plan underlays (issue 16 part 3)
const assetId = z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 in hex');
const imageMime = z.enum(['image/png', 'image/jpeg']);
const assetInfo = z.object({ assetId, mime: imageMime, width: z.number().int(), height: z.number().int() });
/** base64 of a file up to the limit, and a little more, so the service names the limit past it. */
const MAX_IMAGE_BASE64 = Math.ceil(((UNDERLAY_MAX_BYTES + 1024 * 1024) * 4) / 3);
const revisionSummary = z.object({
  id: z.number(),
  planId: z.string(),
  name: z.string(),
  auto: z.boolean(),
  reason: z.enum(['before-restore', 'imported', 'before-auto-place', 'before-import']).optional(),
  createdAt: z.number(),
  peopleCount: z.number(),
  sceneCount: z.number(),
});
const backupName = z.string().regex(/^zuoci-(auto|manual|safety)-\d{8}-\d{9}\.sqlite$/, 'expected a backup file name');
const backupInfo = z.object({
  name: z.string(),
  kind: z.enum(['auto', 'manual', 'safety']),
  createdAt: z.number(),
  size: z.number(),
});
const startupNotice = z.object({
  code: z.literal('database-damaged'),
  problem: z.string(),
  movedTo: z.string(),
  restoredFrom: z.string().optional(),
  resumed: z.boolean().optional(),
});

export const contract = {
  'app.info': {
    request: z.object({}),
    response: z.object({ mode: z.enum(['electron', 'browser']), version: z.string(), dataDir: z.string() }),
  },
  'plans.list': {
    request: z.object({}),
    response: z.array(planSummary),
  },
  'plans.create': {
    request: z.object({
      name: z.string().trim().min(1).max(200),
      organisation: z.string().max(300),
      convention: conventionSchema,
      startDate: dateString.optional(),
      endDate: dateString.optional(),
    }),
    response: planSchema,
  },
  'plans.get': {
    request: z.object({ id: planId }),
    response: z.object({ plan: planSchema, repairs: z.array(repair), updatedAt: z.number() }),
  },
  'plans.save': {
    /** baseUpdatedAt: the stored version the editor started from; a newer stored version → `conflict`. */
    request: z.object({ plan: z.unknown(), baseUpdatedAt: z.number().optional() }),
    response: z.object({ updatedAt: z.number() }),
  },
  'plans.rename': {
    request: z.object({ id: planId, name: z.string().trim().min(1).max(200) }),
    response: planSummary,
  },
  'plans.duplicate': {
    request: z.object({ id: planId, name: z.string().trim().min(1).max(200) }),
    response: planSummary,
  },
  'plans.delete': {
    request: z.object({ id: planId }),
    response: z.null(),
  },
  'settings.get': {
    request: z.object({ key: z.string().min(1).max(100) }),
    response: z.unknown(),
  },
  'settings.set': {
    request: z.object({ key: z.string().min(1).max(100), value: z.unknown() }),
    response: z.null(),
  },
  // data safety (revisions, backups, .zuoci files): electron/services/revisions.ts, backup.ts, plan-file.ts
  'revisions.list': {
    request: z.object({ planId }),
    response: z.array(revisionSummary),
  },
  /**
   * Call with `auto: true`, a `reason` and the editor's current `plan` before 自动排座
   * ('before-auto-place') and before any import into a plan ('before-import').
   */
  'revisions.create': {
    request: z.object({
      planId,
      name: z.string().trim().max(200),
      auto: z.boolean().default(false),
      reason: z.enum(['before-auto-place', 'before-import']).optional(),
      plan: z.unknown().optional(),
    }),
    response: revisionSummary,
  },
  'revisions.restore': {
    request: z.object({ planId, revisionId }),
    response: z.object({ plan: planSchema, repairs: z.array(repair) }),
  },
  'revisions.delete': {
    request: z.object({ revisionId }),
    response: z.null(),
  },
  'backups.list': {
    request: z.object({}),
    response: z.array(backupInfo),
  },
  'backups.create': {
    request: z.object({}),
    response: backupInfo,
  },
  'backups.plans': {
    request: z.object({ backup: backupName }),
    response: z.array(planSummary),
  },
  'backups.restore': {
    request: z.object({ backup: backupName, planIds: z.array(planId).min(1).max(10_000) }),
    response: z.array(planSummary),
  },
  'planFile.export': {
    /** `plan`: the editor's newest document, exported as it is (it may not be stored yet: a failed save). */
    request: z.object({ id: planId, plan: planSchema.optional() }),
    response: z.object({ fileName: z.string(), text: z.string() }),
  },
  /** The text of a user-chosen .zuoci file; it always becomes a new plan. Size is checked by the service. */
  'planFile.import': {
    request: z.object({ fileName: z.string().max(260).default('file'), text: z.string() }),
    response: z.object({ plan: planSummary, warnings: z.array(fileWarning) }),
  },
  'safety.notices': {
    request: z.object({}),
    response: z.array(startupNotice),
  },
  /** The bytes of a user-chosen .xlsx (base64); every sheet as rows of text, merged cells filled, or the limit it is past. */
  'people.readXlsx': {
    request: z.object({ fileName: z.string().max(260), data: z.string().max(45_000_000) }),
    response: z.object({
      sheets: z.array(
        z.object({ name: z.string(), rows: z.array(z.array(z.string())), hiddenColumns: z.array(z.number().int().min(0)) }),
      ),
      problem: z.enum(['notXlsx', 'tooLarge', 'tooManyRows', 'tooManyColumns']).optional(),
    }),
  },
  /** The people table (shared/people/export.ts) as an .xlsx workbook, base64. */
  'people.writeXlsx': {
    request: z.object({
      table: z.object({
        sheetName: z.string().max(100),
        title: z.string().max(300).optional(),
        columns: z.array(z.object({ header: z.string().max(300), width: z.number().min(1).max(255) })).max(1000),
        rows: z.array(z.array(z.union([z.string().max(5000), z.number()]))).max(100_000),
      }),
    }),
    response: z.object({ data: z.string() }),
  },
  // the office's people directory (常用人员库): electron/services/directory.ts
  'directory.list': {
    request: z.object({}),
    response: z.array(directoryEntrySchema),
  },
  /** New entries (by hand, from a plan's people, from an import), answered in the same order. */
  'directory.add': {
    request: z.object({ entries: z.array(directoryFieldsSchema).min(1).max(10_000) }),
    response: z.array(directoryEntrySchema),
  },
  /** An entry's new fields; plans that use the entry are offered the change when opened. */
  'directory.update': {
    request: z.object({ id: directoryId, fields: directoryFieldsSchema }),
    response: directoryEntrySchema,
  },
  'directory.delete': {
    request: z.object({ id: directoryId }),
    response: z.null(),
  },
  // output: a print-view document (renderer/src/print) printed by the host's Chromium; base64 out
  'export.pdf': {
    request: z.object({ html: z.string().min(1).max(40_000_000) }),
    response: z.object({ data: z.string() }),
  },
  'export.png': {
    request: z.object({
      html: z.string().min(1).max(40_000_000),
      page: z.object({ w: z.number().min(10).max(2000), h: z.number().min(10).max(2000) }),
      scale: z.number().min(0.5).max(4),
    }),
    response: z.object({ data: z.string() }),
  },
  /** A chart's .svg (renderer/src/print/document.tsx standaloneSvg) with the subsets of its faces embedded. */
  'export.svg': {
    request: z.object({ svg: z.string().min(1).max(40_000_000) }),
    response: z.object({ svg: z.string() }),
  },
  /** The seating list per table (shared/output/seating-list.ts) as a printable .xlsx. */
  'export.xlsx': {
    request: z.object({
      list: z.object({
        title: z.string().max(500),
        subtitle: z.string().max(500),
        columns: z.array(z.string().max(100)).min(1).max(20),
        tables: z
          .array(
            z.object({
              heading: z.string().max(300),
              main: z.boolean(),
              rows: z.array(z.array(z.string().max(500)).max(20)).max(1000),
            }),
          )
          .max(1000),
      }),
    }),
    response: z.object({ data: z.string() }),
  },
  // floor-plan underlays: electron/services/underlay-image.ts, asset-store.ts
  /**
   * The bytes (base64) of a picture the officer picked: PNG or JPEG by its content, within
   * UNDERLAY_LIMITS. It is decoded and encoded afresh and kept in the library; the answer names it.
   */
  'assets.importImage': {
    request: z.object({ fileName: z.string().max(260), data: z.string().max(MAX_IMAGE_BASE64) }),
    response: assetInfo,
  },
  /** A kept picture (its re-encoded bytes, base64); `not-found` when this library lacks it. */
  'assets.get': {
    request: z.object({ assetId }),
    response: assetInfo.extend({ data: z.string() }),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

export type { IpcError };

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const channels = Object.keys(contract) as Channel[];

/** The preload's list and the contract must name the same channels. */
type ListedChannel = (typeof CHANNELS)[number];
const channelsAgree: [Channel] extends [ListedChannel] ? ([ListedChannel] extends [Channel] ? true : false) : false = true;
void channelsAgree;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** What the renderer calls, whichever transport is underneath. */
export type Api = { [C in Channel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>> };
