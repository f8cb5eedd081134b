/**
 * The floor plan in the headless export: `npm run export` reads the pictures a .zuoci carries,
 * re-encodes them, and prints the seating chart over its floor plan — or without it when the
 * officer said it does not print.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assetIdOf } from '../../../electron/services/asset-store';
import { readPlanInput } from '../../../electron/services/export-input';
import { writePlanFile } from '../../../electron/services/plan-file';
import { reencodeImage } from '../../../electron/services/underlay-image';
import { main } from '../../../scripts/export';
import { applyCommand } from '../../../shared/commands/commands';
import { newUnderlay } from '../../../shared/model/underlay';
import type { Plan } from '../../../shared/model/types';
import { planPicture, pngBytes, withTextChunk } from '../../helpers/images';
import { banquetPlan } from '../../helpers/plans';

const dir = mkdtempSync(join(tmpdir(), 'zuoci-underlay-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The banquet on a floor plan, as a .zuoci file carrying a picture with a text chunk in it. */
function planFile(print: boolean): { file: string; plan: Plan } {
  // One scene, no people: the export writes few sheets, the seating chart among them.
  const base = banquetPlan();
  const sceneId = base.scenes[0]!.id;
  const hostile = withTextChunk(pngBytes(planPicture(400, 300, { bars: [50, 350] })), 'Comment', '<script>x</script>');
  const id = assetIdOf(reencodeImage(hostile, 'plan.png').bytes);
  const underlay = { ...newUnderlay({ assetId: id, width: 400, height: 300 }, { x: 0, y: 0 }), print };
  const plan = applyCommand(base, { type: 'underlay/set', sceneId, underlay });
  const file = join(dir, `plan-${print}.zuoci`);
  writeFileSync(
    file,
    writePlanFile(plan, '0.0.0', new Date(0), { [id]: { mime: 'image/png', data: hostile.toString('base64') } }).text,
  );
  return { file, plan };
}

const images = (pdf: string) =>
  execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).length;

describe('npm run export with a floor plan', () => {
  it('reads the carried picture re-encoded, as a data URL', async () => {
    const { file, plan } = planFile(true);
    const input = await readPlanInput(file);
    const id = input.plan.scenes[0]!.underlay!.assetId;
    expect(id).toBe(plan.scenes[0]!.underlay!.assetId);
    const url = input.pictures.get(id)!;
    expect(url).toMatch(/^data:image\/png;base64,/);
    expect(Buffer.from(url.split(',')[1]!, 'base64').includes('<script>')).toBe(false);
  });

  it('prints the seating chart over the floor plan, and without it when it does not print', async () => {
    const counts: number[] = [];
    for (const print of [true, false]) {
      const out = join(dir, `out-${print}`);
      expect(await main([planFile(print).file, '--out', out])).toBe(0);
      counts.push(images(join(out, 'seating-chart.pdf')));
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(0);
  });
});
