/**
 * Reads the plan the headless export is pointed at: a `.zuoci` file (the envelope of
 * plan-file.ts, checked the same way the app's import checks it) or a bare plan document as
 * JSON. Either way the document goes through `restore`, and a bad file gets a message naming
 * the file and what is wrong. The floor plans a `.zuoci` file carries are re-encoded like every
 * picture (plan-file-assets.ts) and handed on as data URLs for the print views.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { restore } from '../../shared/model/restore';
import type { FileWarning } from '../../shared/ipc/contract';
import type { Plan } from '../../shared/model/types';
import { PLAN_FILE_FORMAT, readPlanFile } from './plan-file';
import { cleanFileAssets } from './plan-file-assets';

export interface PlanInput {
  plan: Plan;
  warnings: FileWarning[];
  /** Floor-plan pictures by asset id, as data URLs (print/underlay.tsx `Pictures`). */
  pictures: Map<string, string>;
}

export async function readPlanInput(path: string): Promise<PlanInput> {
  const name = basename(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read the plan file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, {
      cause: e,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new Error(`${name}: not a Zuoci plan (not valid JSON: ${(e as Error).message})`, { cause: e });
  }
  if (typeof json === 'object' && json !== null && (json as { format?: unknown }).format === PLAN_FILE_FORMAT) {
    const read = readPlanFile(text, name);
    const { plan, images } = cleanFileAssets(read.plan, read.assets, name);
    const pictures = new Map(
      [...images].map(([id, image]) => [id, `data:${image.mime};base64,${image.bytes.toString('base64')}`]),
    );
    return { plan, warnings: read.warnings, pictures };
  }
  const result = restore(json);
  if (!result.ok) throw new Error(`${name}: the plan is invalid: ${result.error}`);
  return {
    plan: result.plan,
    warnings: result.repairs.map((repair) => ({ file: name, kind: 'repair', repair })),
    pictures: new Map(),
  };
}
