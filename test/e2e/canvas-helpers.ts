/** Helpers shared by the canvas e2e specs: open a stored plan, map world points to the screen, drag. */
import { expect, type Page } from '@playwright/test';
import { applyCommand } from '../../shared/commands/commands';
import { seatGeometry } from '../../shared/engine';
import { newPerson, newPlan } from '../../shared/model/factory';
import { newId } from '../../shared/model/ids';
import type { Plan, Scene, VenueItem } from '../../shared/model/types';
import type { BrowserHost } from '../../electron/host/browser-host';

export const NAMES: [string, 'host' | 'guest', number][] = [
  ['王建国', 'host', 1],
  ['刘晓梅', 'host', 2],
  ['陈志远', 'guest', 1],
  ['周文华', 'guest', 2],
  ['欧阳娜娜', 'guest', 3],
  ['孙立', 'guest', 4],
];

/** A plan saved straight into the host's store, opened in the editor on its first scene. */
export async function openPlan(
  page: Page,
  host: BrowserHost,
  scenes: { kind: Scene['kind']; items: VenueItem[] }[],
  names: [string, 'host' | 'guest' | 'staff', number][] = NAMES,
): Promise<Plan> {
  let plan = newPlan({ name: '画布测试', organisation: '市外办', convention: 'commercial' }, newId);
  plan = applyCommand(plan, {
    type: 'person/add',
    people: names.map(([name, side, rank]) => newPerson({ name, side, rank }, newId)),
  });
  for (const [i, s] of scenes.entries()) {
    const scene: Scene = {
      id: newId('scene'),
      name: `场景${i + 1}`,
      kind: s.kind,
      options: {},
      items: s.items,
      assignments: [],
      roles: [],
    };
    plan = applyCommand(plan, { type: 'scene/add', scene });
  }
  const stored = host.services.store.save(plan).plan;
  await page.goto(`${host.url}#/plan/${stored.id}/${stored.scenes[0]!.id}`);
  await page.reload();
  await page.locator(`[data-drawn="${stored.scenes[0]!.id}"]`).waitFor();
  return stored;
}

export function stored(host: BrowserHost, plan: Plan): Scene {
  return host.services.store.get(plan.id).plan.scenes[0]!;
}

/**
 * The stored first scene once `ready` holds for it. 自动排座 keeps a revision before it places,
 * so its save lands a moment after the click, while the save indicator may still show the
 * previous save: poll the host instead of trusting the indicator.
 */
export async function storedWhen(host: BrowserHost, plan: Plan, ready: (scene: Scene) => boolean): Promise<Scene> {
  await expect.poll(() => ready(stored(host, plan)), { timeout: 10_000 }).toBe(true);
  return stored(host, plan);
}

/** Screen position (page pixels) of a world point (metres), from the canvas's own view. */
export async function toScreen(page: Page, p: { x: number; y: number }) {
  const canvas = page.getByTestId('venue-canvas');
  const box = (await canvas.boundingBox())!;
  const scale = Number(await canvas.getAttribute('data-scale'));
  const [ox, oy] = (await canvas.getAttribute('data-offset'))!.split(',').map(Number);
  return { x: box.x + ox! + p.x * scale, y: box.y + oy! + p.y * scale };
}

export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 12) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

export function seatOf(scene: Scene, itemId: string, label: string) {
  const item = scene.items.find((i) => i.id === itemId)!;
  return seatGeometry(item, scene).find((s) => s.label === label)!;
}

export const byName = (plan: Plan, name: string) => plan.people.find((p) => p.name === name)!.id;
