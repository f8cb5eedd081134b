/** What the large-meeting specs share: a delegates list by unit, and a hall scene from the template menu. */
import type { Page } from '@playwright/test';
import { applyCommand } from '../../shared/commands/commands';
import { newPerson, newPlan } from '../../shared/model/factory';
import { newId } from '../../shared/model/ids';
import type { Plan, Scene } from '../../shared/model/types';
import type { BrowserHost } from '../../electron/host/browser-host';
import { saved } from './fixtures';

/**
 * A government plan of delegates, unit by unit in list order (甲单位 gives 甲代表1, 甲代表2 …),
 * with one empty meeting scene: the list arrives before the hall is drawn.
 */
export function delegatesPlan(name: string, units: [string, number][]): Plan {
  let plan = newPlan({ name, organisation: '市委办公厅', convention: 'government' }, newId);
  let k = 0;
  const people = units.flatMap(([unit, n]) =>
    Array.from({ length: n }, (_, i) =>
      newPerson({ name: `${unit.slice(0, 1)}代表${i + 1}`, organisation: unit, side: 'guest', rank: ++k }, newId),
    ),
  );
  plan = applyCommand(plan, { type: 'person/add', people });
  const empty: Scene = { id: newId('scene'), name: '会场', kind: 'meeting', options: {}, items: [], assignments: [], roles: [] };
  return applyCommand(plan, { type: 'scene/add', scene: empty });
}

/** Stores the plan in the host and opens it in the editor on its first scene. */
export async function openStoredPlan(page: Page, host: BrowserHost, plan: Plan): Promise<Plan> {
  const stored = host.services.store.save(plan).plan;
  await page.goto(`${host.url}#/plan/${stored.id}/${stored.scenes[0]!.id}`);
  await page.reload();
  await page.locator(`[data-drawn="${stored.scenes[0]!.id}"]`).waitFor();
  return stored;
}

/** Adds a scene from the template menu, as the officer does, and waits until it is saved and drawn. */
export async function addTemplateScene(page: Page, host: BrowserHost, planId: string, template: string): Promise<() => Scene> {
  await page.getByRole('button', { name: /从模板新建场景/ }).click();
  await page.locator(`[data-template="${template}"]`).click();
  await saved(page);
  const scene = () => host.services.store.get(planId).plan.scenes.at(-1)!;
  await page.locator(`[data-drawn="${scene().id}"]`).waitFor();
  return scene;
}
