/**
 * The service functions behind every contract channel. Exactly one implementation, called
 * by both transports. Nothing here imports electron: the data folder is handed in by the host.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Channel, Contract, ResponseOf } from '../../shared/ipc/contract';
import { newPlan } from '../../shared/model/factory';
import { newId } from '../../shared/model/ids';
import type { PlanStore } from './plan-store';
import { AUTO_BACKUP_INTERVAL, Backups } from './backup';
import { openLibrary } from './backup-recovery';
import { AssetStore } from './asset-store';
import { readPlanFile, writePlanFile } from './plan-file';
import { fileAssetsFor, importFileAssets } from './plan-file-assets';
import { isPdf, reencodeImage } from './underlay-image';
import { asStorageProblem } from './storage-problem';
import { Revisions } from './revisions';
import { Directory } from './directory';
import type { Printer } from './export-pdf';

export interface HostContext {
  dataDir: string;
  mode: 'electron' | 'browser';
  version: string;
  /** Prints print-view documents; absent = a local Chromium through playwright-core, on first use. */
  printer?: Printer;
}

/** Channels whose service reads or writes a workbook (exceljs), prints, subsets fonts or draws a PDF's page: all asynchronous. */
type AsyncChannel =
  'people.readXlsx' | 'people.writeXlsx' | 'export.pdf' | 'export.png' | 'export.svg' | 'export.xlsx' | 'assets.importImage';

export type Handlers = {
  [C in Channel]: (request: z.output<Contract[C]['request']>) => C extends AsyncChannel ? Promise<ResponseOf<C>> : ResponseOf<C>;
};

export interface Services {
  handlers: Handlers;
  store: PlanStore;
  assets: AssetStore;
  backups: Backups;
  close(): void;
}

export const DATABASE_FILE = 'zuoci.sqlite';

export function createServices(ctx: HostContext): Services {
  try {
    mkdirSync(ctx.dataDir, { recursive: true });
  } catch (e) {
    throw asStorageProblem(e, ctx.dataDir);
  }
  // Opening checks the file and falls back to the newest good backup (backup-recovery.ts);
  // a temporary problem (locked, unreadable, disk full, read-only, newer) throws a StorageProblem.
  const { store, notices, acknowledgeNotices } = openLibrary(ctx.dataDir, join(ctx.dataDir, DATABASE_FILE));
  const revisions = new Revisions(store);
  const directory = new Directory(store);
  const assets = new AssetStore(store.db);
  const backups = new Backups(ctx.dataDir, store, revisions);
  const backupQuietly = (take: () => unknown) => {
    try {
      take();
    } catch (e) {
      // A failed backup must never stop the app or an edit; the next attempt tries again.
      console.error(`Zuoci: ${(e as Error).message}`);
    }
  };
  backupQuietly(() => backups.backupOnStart());
  const timer = setInterval(() => backupQuietly(() => backups.backupIfChanged()), AUTO_BACKUP_INTERVAL);
  timer.unref();
  // exceljs and playwright-core take about a second to load on a busy PC: they load on first
  // use, not at every start of the host (start-up time is also what a crash restart costs).
  let chromium: Promise<Printer> | undefined;
  const printer = (): Promise<Printer> =>
    ctx.printer ? Promise.resolve(ctx.printer) : (chromium ??= import('./export-pdf').then((m) => m.chromiumPrinter()));
  const handlers: Handlers = {
    'app.info': () => ({ mode: ctx.mode, version: ctx.version, dataDir: ctx.dataDir }),
    'plans.list': () => store.list(),
    'plans.create': (input) => store.save(newPlan(input, newId)).plan,
    'plans.get': ({ id }) => store.get(id),
    'plans.save': ({ plan, baseUpdatedAt }) => ({ updatedAt: store.save(plan, { baseUpdatedAt }).updatedAt }),
    'plans.rename': ({ id, name }) => {
      const { plan } = store.get(id);
      store.save({ ...plan, name });
      return store.summary(id);
    },
    'plans.duplicate': ({ id, name }) => {
      const { plan } = store.get(id);
      const copy = store.save({ ...plan, id: newId('plan'), name }).plan;
      return store.summary(copy.id);
    },
    'plans.delete': ({ id }) => {
      store.delete(id);
      return null;
    },
    'settings.get': ({ key }) => store.getSetting(key),
    'settings.set': ({ key, value }) => {
      store.setSetting(key, value);
      return null;
    },
    // data safety
    'revisions.list': ({ planId }) => revisions.list(planId),
    'revisions.create': ({ planId, name, auto, reason, plan }) =>
      revisions.create(planId, name, { auto, ...(reason ? { reason } : {}), ...(plan === undefined ? {} : { document: plan }) }),
    'revisions.restore': ({ planId, revisionId }) => revisions.restore(planId, revisionId),
    'revisions.delete': ({ revisionId }) => {
      revisions.delete(revisionId);
      return null;
    },
    'backups.list': () => backups.list(),
    'backups.create': () => backups.create('manual'),
    'backups.plans': ({ backup }) => backups.plans(backup),
    'backups.restore': ({ backup, planIds }) => backups.restorePlans(backup, planIds),
    'planFile.export': ({ id, plan }) => {
      const document = plan ?? store.get(id).plan;
      return writePlanFile(document, ctx.version, new Date(), fileAssetsFor(document, assets));
    },
    'planFile.import': ({ fileName, text }) => {
      const read = readPlanFile(text, fileName);
      const { warnings } = read;
      const plan = importFileAssets(read.plan, read.assets, fileName, assets);
      // Always a new plan: importing never overwrites one already in the library.
      const saved = store.save({ ...plan, id: newId('plan') }).plan;
      revisions.create(saved.id, '', { auto: true, reason: 'imported' });
      return { plan: store.summary(saved.id), warnings };
    },
    // Delivered to the officer's screen: a recovery notice is not repeated at the next start.
    'safety.notices': () => {
      acknowledgeNotices();
      return notices;
    },
    'people.readXlsx': async ({ data }) => (await import('./people-import')).readXlsx(Buffer.from(data, 'base64')),
    'people.writeXlsx': async ({ table }) => ({
      data: Buffer.from(await (await import('./people-export')).writeXlsx(table)).toString('base64'),
    }),
    'directory.list': () => directory.list(),
    'directory.add': ({ entries }) => directory.add(entries),
    'directory.update': ({ id, fields }) => directory.update(id, fields),
    'directory.delete': ({ id }) => {
      directory.delete(id);
      return null;
    },
    // output
    'export.pdf': async ({ html }) => ({ data: (await (await printer()).pdf(html)).toString('base64') }),
    'export.png': async ({ html, page, scale }) => ({
      data: (await (await printer()).png(html, page, scale)).toString('base64'),
    }),
    'export.svg': async ({ svg }) => ({ svg: await (await import('./svg-fonts')).embedSvgFonts(svg) }),
    'export.xlsx': async ({ list }) => ({
      data: (await (await import('./export-xlsx')).seatingListXlsx(list)).toString('base64'),
    }),
    // A PDF's first page is drawn by a local Chromium first (pdf-raster.ts, loaded on first use).
    'assets.importImage': async ({ fileName, data }) => {
      const bytes = Buffer.from(data, 'base64');
      const picture = isPdf(bytes) ? await (await import('./pdf-raster')).firstPagePng(bytes, fileName) : bytes;
      return assets.put(reencodeImage(picture, fileName));
    },
    'assets.get': ({ assetId }) => {
      const { bytes, ...info } = assets.get(assetId);
      return { ...info, data: bytes.toString('base64') };
    },
  };
  return {
    handlers,
    store,
    assets,
    backups,
    close: () => {
      clearInterval(timer);
      backupQuietly(() => backups.backupIfChanged());
      store.close();
      void chromium?.then((p) => p.close());
    },
  };
}
