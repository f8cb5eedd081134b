/** The floor-plan underlay in the document: geometry, calibration and its named, undoable commands. */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands/commands';
import { describeGesture } from '../../../shared/commands/describe';
import { commit, startHistory, undo } from '../../../shared/commands/history';
import { restore } from '../../../shared/model/restore';
import type { Plan, Underlay } from '../../../shared/model/types';
import { calibrate, newUnderlay, underlayBox, underlayContains } from '../../../shared/model/underlay';
import { banquetPlan } from '../../helpers/plans';

const asset = { assetId: 'a'.repeat(64), width: 1000, height: 500 };

describe('underlay geometry', () => {
  it('places a new picture 30 m wide, centred where the officer looks, unlocked and printed', () => {
    const u = newUnderlay(asset, { x: 5, y: 2 });
    expect(u.mmPerPixel).toBe(30);
    expect(underlayBox(u)).toEqual({ x0: -10, y0: -5.5, x1: 20, y1: 9.5 });
    expect(u).toMatchObject({ locked: false, print: true, opacity: 0.6 });
    expect(underlayContains(u, { x: 0, y: 0 })).toBe(true);
    expect(underlayContains(u, { x: 21, y: 0 })).toBe(false);
  });

  it('calibrates: two points 500 px apart said to be 10 m give 20 mm a pixel, the first point stays put', () => {
    const u: Underlay = { ...newUnderlay(asset, { x: 0, y: 0 }), x: 0, y: 0, mmPerPixel: 30 };
    // Pixels 100 and 600 of the picture, at 30 mm/px: 3 m and 18 m.
    const a = { x: 3, y: 1 };
    const b = { x: 18, y: 1 };
    const scaled = calibrate(u, a, b, 10)!;
    expect(scaled.mmPerPixel).toBeCloseTo(20, 9);
    // Pixel 100 is still under the first click.
    expect(scaled.x + (100 * scaled.mmPerPixel) / 1000).toBeCloseTo(3, 9);
    const after = { ...u, ...scaled };
    const pixelA = (a.x - after.x) / (after.mmPerPixel / 1000);
    const pixelB = pixelA + 500;
    const metres = ((pixelB - pixelA) * after.mmPerPixel) / 1000;
    expect(metres).toBeCloseTo(10, 9);
  });

  it('refuses a calibration from one point or a distance of nothing', () => {
    const u = newUnderlay(asset, { x: 0, y: 0 });
    expect(calibrate(u, { x: 1, y: 1 }, { x: 1, y: 1 }, 10)).toBeUndefined();
    expect(calibrate(u, { x: 0, y: 0 }, { x: 1, y: 0 }, 0)).toBeUndefined();
    expect(calibrate(u, { x: 0, y: 0 }, { x: 1, y: 0 }, Number.NaN)).toBeUndefined();
  });
});

describe('underlay commands', () => {
  const start = (): { plan: Plan; sceneId: string } => {
    const plan = banquetPlan();
    return { plan, sceneId: plan.scenes[0]!.id };
  };

  it('sets, moves, calibrates, fades, locks, stops printing and removes, each one undo step with its name', () => {
    const { plan, sceneId } = start();
    let history = startHistory(plan);
    const steps = [
      { type: 'underlay/set', sceneId, underlay: newUnderlay(asset, { x: 0, y: 0 }) },
      { type: 'underlay/update', sceneId, patch: { x: 1, y: 2 } },
      { type: 'underlay/update', sceneId, patch: { mmPerPixel: 20, x: 0.5, y: 1 } },
      { type: 'underlay/update', sceneId, patch: { opacity: 0.3 } },
      { type: 'underlay/update', sceneId, patch: { locked: true } },
      { type: 'underlay/update', sceneId, patch: { print: false } },
      { type: 'underlay/remove', sceneId },
    ] as const;
    const names: string[] = [];
    for (const cmd of steps) {
      names.push(describeGesture('zh', [cmd], history.present));
      history = commit(history, [cmd]);
    }
    expect(names).toEqual(['导入底图', '移动底图', '校准底图比例', '调整底图透明度', '锁定底图', '不打印底图', '移除底图']);
    expect(history.present.scenes[0]!.underlay).toBeUndefined();
    history = undo(history);
    expect(history.present.scenes[0]!.underlay).toMatchObject({
      x: 0.5,
      y: 1,
      mmPerPixel: 20,
      opacity: 0.3,
      locked: true,
      print: false,
    });
    history = undo(history);
    expect(history.present.scenes[0]!.underlay!.print).toBe(true);
  });

  it('refuses to change an underlay a scene does not have', () => {
    const { plan, sceneId } = start();
    expect(() => applyCommand(plan, { type: 'underlay/update', sceneId, patch: { opacity: 0.5 } })).toThrow(/no underlay/);
  });

  it('is an optional field: a plan without it still loads, one with it round-trips through restore', () => {
    const { plan, sceneId } = start();
    expect(restore(JSON.parse(JSON.stringify(plan))).ok).toBe(true);
    const withUnderlay = applyCommand(plan, { type: 'underlay/set', sceneId, underlay: newUnderlay(asset, { x: 0, y: 0 }) });
    const back = restore(JSON.parse(JSON.stringify(withUnderlay)));
    expect(back.ok && back.plan.scenes[0]!.underlay).toEqual(withUnderlay.scenes[0]!.underlay);
    const inline = structuredClone(withUnderlay);
    (inline.scenes[0]!.underlay as { assetId: string }).assetId = 'data:image/png;base64,iVBORw0KGgo=';
    expect(restore(inline).ok).toBe(false);
  });
});
