/**
 * Reads the plan the headless export is pointed at: a `.zuoci` file (the envelope of
 * plan-file.ts, checked the same way the app's import checks it) or a bare plan document as
 * JSON. Either way the document goes through `restore`, and a bad file gets a message naming
 * the file and what is wrong.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { restore } from '../../shared/model/restore';
import type { FileWarning } from '../../shared/ipc/contract';
import type { Plan } from '../../shared/model/types';
import { PLAN_FILE_FORMAT, readPlanFile } from './plan-file';

export async function readPlanInput(path: string): Promise<{ plan: Plan; warnings: FileWarning[] }> {
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
    return readPlanFile(text, name);
  }
  const result = restore(json);
  if (!result.ok) throw new Error(`${name}: the plan is invalid: ${result.error}`);
  return { plan: result.plan, warnings: result.repairs.map((repair) => ({ file: name, kind: 'repair', repair })) };
}
