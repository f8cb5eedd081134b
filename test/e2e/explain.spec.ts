/**
 * Reasons are derived, never remembered (issue 12): after 自动排座 in the banquet, switching to
 * another scene and back, and reloading, hovering the 主宾 still reads the rule — in Chinese and
 * in English — while a seat swapped by hand says so and what the rules would have done, and the
 * table's body says why it has its number.
 */
import type { Page } from '@playwright/test';
import { make } from '../../shared/templates';
import { newId } from '../../shared/model/ids';
import type { Plan } from '../../shared/model/types';
import type { BrowserHost } from '../../electron/host/browser-host';
import { ENGINE_CODE } from '../helpers/engine-codes';
import { byName, drag, openPlan, seatOf, stored, storedWhen, toScreen } from './canvas-helpers';
import { expect, saved, test } from './fixtures';

/** Hovers the seat a person holds in the stored first scene; returns the tooltip's text. */
async function hoverSeatOf(page: Page, host: BrowserHost, plan: Plan, name: string): Promise<string> {
  const scene = stored(host, plan);
  const a = scene.assignments.find((x) => x.personId === byName(plan, name))!;
  const at = await toScreen(page, seatOf(scene, a.itemId, a.seat));
  await page.mouse.move(0, 0);
  await page.mouse.move(at.x, at.y);
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText(name);
  return tip.innerText();
}

test('the 主宾 seat reads its rule after a scene switch and a reload, in zh and en; a hand swap says what the rules want', async ({
  app: page,
  host,
}) => {
  const door = make.door(newId, { x: 0, y: 4 });
  const table = make.roundTable(newId, { x: 0, y: 0 }, 8);
  const car = make.car(newId, { x: 0, y: 0 });
  const plan = await openPlan(page, host, [
    { kind: 'banquet', items: [door, table] },
    { kind: 'car', items: [car] },
  ]);
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  await storedWhen(host, plan, (s) => s.assignments.length === plan.people.length);
  await saved(page);
  // The run's report says where each one went and why, in the same words as the tooltip.
  await expect(page.locator('.placement-report li[data-person="陈志远"] .why')).toHaveText(/^主宾：主陪右手/);

  // Another scene and back: nothing of the last run is left in the session's report.
  await page.getByRole('tab', { name: '场景2' }).click();
  await page.locator(`[data-drawn="${plan.scenes[1]!.id}"]`).waitFor();
  await page.getByRole('tab', { name: '场景1' }).click();
  await page.locator(`[data-drawn="${plan.scenes[0]!.id}"]`).waitFor();
  let tip = await hoverSeatOf(page, host, plan, '陈志远');
  expect(tip).toContain('主宾：主陪右手');
  expect(tip).not.toContain('手动安排');
  expect(tip).not.toMatch(ENGINE_CODE);

  await page.reload();
  await page.locator(`[data-drawn="${plan.scenes[0]!.id}"]`).waitFor();
  tip = await hoverSeatOf(page, host, plan, '陈志远');
  expect(tip).toContain('主宾：主陪右手');
  expect(tip).not.toContain('手动安排');
  await page.screenshot({ path: 'test-results/explain-zh.png' });
  // The table's body says why it has its number.
  const centre = await toScreen(page, { x: 0, y: 0 });
  await page.mouse.move(centre.x, centre.y);
  await expect(page.getByRole('tooltip')).toHaveText('第1桌：主桌，离门最远（以远为上；一样远时居中为上）');

  // Swap the 主宾 and the second guest by hand: both seats now say so, and what the rules want.
  const scene = stored(host, plan);
  const seatOfName = (name: string) => scene.assignments.find((a) => a.personId === byName(plan, name))!.seat;
  const [chief, second] = [seatOfName('陈志远'), seatOfName('周文华')];
  await drag(page, await toScreen(page, seatOf(scene, table.id, second)), await toScreen(page, seatOf(scene, table.id, chief)));
  await storedWhen(host, plan, (s) => s.assignments.find((a) => a.personId === byName(plan, '周文华'))!.seat === chief);
  await saved(page);
  tip = await hoverSeatOf(page, host, plan, '周文华');
  expect(tip).toContain('手动安排；按规则此位应为 陈志远（主宾：主陪右手');
  expect(tip).toMatch(/按规则 周文华 应坐\S+$/);
  expect(tip).not.toMatch(ENGINE_CODE);
  await page.keyboard.press('Control+z');
  await storedWhen(host, plan, (s) => s.assignments.find((a) => a.personId === byName(plan, '陈志远'))!.seat === chief);
  await saved(page);

  // English, after another reload: the same rule in English words.
  await page.getByRole('button', { name: 'English' }).click();
  await page.reload();
  await page.locator(`[data-drawn="${plan.scenes[0]!.id}"]`).waitFor();
  tip = await hoverSeatOf(page, host, plan, '陈志远');
  expect(tip).toContain('Chief guest: right hand of the chief host');
  expect(tip).not.toContain('by hand');
  expect(tip).not.toMatch(ENGINE_CODE);
  await page.screenshot({ path: 'test-results/explain-en.png' });
});
