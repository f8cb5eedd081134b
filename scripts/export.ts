/**
 * Headless export of a saved plan: `npm run export -- <plan file> --out <dir>` writes every sheet
 * the print menu offers that the plan has something for (EXPORT_FILES: cards, charts, lists, car
 * sheet, elevator order, a large meeting's seat slips, summary, entrance index …, and the .xlsx
 * files: seating-list.xlsx, entrance-index.xlsx), printed
 * by a local Chromium-based browser (Chromium, Chrome or Edge; CHROMIUM_PATH overrides). The
 * views are the app's own print views (renderer/src/print). The plan's protocol problems (问题,
 * RULES §8) go to stderr in the chosen language; they never stop the export. See docs/output.md.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Lang } from '../shared/i18n/translate';
import type { Plan } from '../shared/model/types';
import { DEFAULT_CARD_OPTIONS, type CardOptions, type CardSizeId } from '../shared/output/cards';
import { FACE_IDS, type FaceId } from '../shared/output/fonts';
import {
  jobFor,
  PRINT_VIEWS,
  renderView,
  sceneFor,
  workbookData,
  type PrintJob,
  type SaveFormat,
} from '../renderer/src/print/views';
import { printDocument, standaloneSvg } from '../renderer/src/print/document';
import type { Pictures } from '../renderer/src/print/underlay';
import { findBrowser, NoBrowserError } from '../electron/services/export-browser';
import { readPlanInput } from '../electron/services/export-input';
import { fileWarningText } from '../shared/i18n/problems';
import { planCheckLines } from '../shared/output/problem-words';
import { chromiumPrinter, type Printer } from '../electron/services/export-pdf';
import { seatingListXlsx } from '../electron/services/export-xlsx';
import { embedSvgFonts } from '../electron/services/svg-fonts';

export interface ExportOptions {
  lang: Lang;
  cards: CardOptions;
  /** Scene id or name for the views it suits; default: each view's own (the first banquet for most). */
  scene?: string;
  /** The floor plans the file carried (export-input.ts), printed under the charts that print them. */
  pictures?: Pictures;
}

/** What the headless export can write: every print view's batch files, in the order of the print menu. */
const BATCH = PRINT_VIEWS.flatMap((spec) => {
  if (spec.batch === false) return [];
  const { file = spec.id, formats = ['pdf'], cards } = spec.batch ?? {};
  return formats.map((format) => ({ view: spec.id, scenes: spec.scenes, file: `${file}.${format}`, format, cards }));
});

export const EXPORT_FILES = BATCH.map((b) => b.file);

/**
 * Writes the batch files of the print views for a plan; returns their paths. A view whose scene
 * the plan lacks (no cars, no rostrum…) writes nothing. The chosen scene is used by every view it
 * suits; the others take their own (the car sheet the first scene with cars).
 */
export async function exportPlan(plan: Plan, outDir: string, options: ExportOptions, printer: Printer): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const chosen = options.scene ? plan.scenes.find((s) => s.id === options.scene || s.name === options.scene) : undefined;
  if (options.scene && !chosen) {
    throw new Error(
      `--scene: no scene "${options.scene}" in this plan (scenes: ${plan.scenes.map((s) => s.name).join(', ') || 'none'})`,
    );
  }
  const written: string[] = [];
  for (const b of BATCH) {
    const sceneId = chosen && sceneFor(plan, b.scenes, chosen.id) ? chosen.id : undefined;
    if (b.scenes !== 'plan' && !sceneFor(plan, b.scenes, sceneId)) continue;
    const job = jobFor(b.view, { ...(sceneId ? { sceneId } : {}), options: { ...options.cards, ...b.cards } });
    const path = join(outDir, b.file);
    await writeFile(path, await batchFile(plan, job, b.format, options, printer));
    written.push(path);
  }
  return written;
}

async function batchFile(
  plan: Plan,
  job: PrintJob,
  format: SaveFormat,
  { lang, pictures }: ExportOptions,
  printer: Printer,
): Promise<Buffer | string> {
  if (format === 'xlsx') return seatingListXlsx(workbookData(plan, job, lang));
  const view = renderView(plan, job, lang, pictures);
  if (format === 'svg') return embedSvgFonts(standaloneSvg(view));
  // PNG at 2 device pixels per CSS pixel: about 190 dpi, sharp enough to print or paste into a report.
  return format === 'png' ? printer.png(printDocument(view), view.page, 2) : printer.pdf(printDocument(view));
}

const USAGE = `Usage: npm run export -- <plan file (.zuoci or plan JSON)> --out <dir>
         [--lang zh|en] [--face kai|song|hei] [--paper A4|A3] [--size small|standard|large|mini]
         [--subline none|title|organisation|both] [--offset-x mm] [--offset-y mm] [--scene <name or id>]
Writes those of ${EXPORT_FILES.join(', ')} the plan has something for.
Needs Chromium, Chrome or Edge; set CHROMIUM_PATH if it is not in the usual place.`;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new Error(`--${name}: "${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

function millimetres(name: string, value: string | undefined): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!Number.isFinite(n) || Math.abs(n) > 50) throw new Error(`--${name}: "${value}" is not an offset in mm between -50 and 50`);
  return n;
}

export async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  const parse = (a: string[]) =>
    parseArgs({
      args: a,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        lang: { type: 'string' },
        face: { type: 'string' },
        paper: { type: 'string' },
        size: { type: 'string' },
        subline: { type: 'string' },
        'offset-x': { type: 'string' },
        'offset-y': { type: 'string' },
        scene: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  try {
    args = parse(argv);
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1 || !values.out) {
    console.error(USAGE);
    return 2;
  }
  let options: ExportOptions;
  let executablePath: string;
  try {
    options = {
      lang: oneOf('lang', values.lang, ['zh', 'en'] as const, 'zh'),
      cards: {
        ...DEFAULT_CARD_OPTIONS,
        face: oneOf<FaceId>('face', values.face, FACE_IDS, DEFAULT_CARD_OPTIONS.face),
        paper: oneOf('paper', values.paper, ['A4', 'A3'] as const, DEFAULT_CARD_OPTIONS.paper),
        size: oneOf<CardSizeId>('size', values.size, ['small', 'standard', 'large', 'mini'], DEFAULT_CARD_OPTIONS.size),
        subline: oneOf('subline', values.subline, ['none', 'title', 'organisation', 'both'] as const, 'title'),
        offsetX: millimetres('offset-x', values['offset-x']),
        offsetY: millimetres('offset-y', values['offset-y']),
      },
      ...(values.scene ? { scene: values.scene } : {}),
    };
    executablePath = findBrowser();
  } catch (e) {
    console.error((e as Error).message);
    return e instanceof NoBrowserError ? 3 : 2;
  }
  const started = Date.now();
  const printer = chromiumPrinter({ executablePath });
  try {
    const { plan, warnings, pictures } = await readPlanInput(resolve(positionals[0]!));
    for (const w of warnings) console.warn(`warning: ${fileWarningText('en', w)}`);
    // The protocol check (问题) in the chosen language: the files are written all the same.
    for (const line of planCheckLines(options.lang, plan)) console.warn(line);
    const files = await exportPlan(plan, resolve(values.out), { ...options, pictures }, printer);
    for (const f of files) console.log(`wrote ${f}`);
    console.log(`exported "${plan.name}" in ${((Date.now() - started) / 1000).toFixed(1)} s (browser: ${executablePath})`);
    return 0;
  } catch (e) {
    console.error(`export failed: ${(e as Error).message}`);
    return 1;
  } finally {
    await printer.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
