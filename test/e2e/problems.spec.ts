/**
 * The 问题 panel (protocol check over the whole plan, RULES §8), driven as an officer drives it:
 * a locked senior below a junior is reported in words, counted on the scene tab and shown on the
 * canvas when chosen; a guest marked 缺席 is reported in every scene she still sits in. The panel's
 * text never shows engine codes or internal ids.
 */
import type { Page } from '@playwright/test';
import { make } from '../../shared/templates';
import { newId } from '../../shared/model/ids';
import { byName, drag, openPlan, seatOf, stored, storedWhen, toScreen } from './canvas-helpers';
import { addPerson, expect, saved, test } from './fixtures';
import { ENGINE_CODE } from '../helpers/engine-codes';

async function panelText(page: Page): Promise<string> {
  return page.locator('.problems-panel').first().innerText();
}

test('a locked senior below a junior: the panel says so in words, the tab counts it, choosing it rings the seat', async ({
  app: page,
  host,
}) => {
  const door = make.door(newId, { x: 0, y: 4 });
  const table = make.roundTable(newId, { x: 0, y: 0 }, 8);
  const plan = await openPlan(page, host, [{ kind: 'banquet', items: [door, table] }]);
  const panel = page.locator('section.problems-panel');
  await expect(panel).toContainText('没有发现问题');

  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  let scene = await storedWhen(host, plan, (s) => s.assignments.length === plan.people.length);
  const seatOfName = (name: string) => scene.assignments.find((a) => a.personId === byName(plan, name))!.seat;
  expect(seatOfName('陈志远')).toBe('R1');
  const juniorSeat = seatOfName('周文华');

  // Swap the chief guest with guest 2 by dragging, lock him there, and place again.
  await drag(
    page,
    await toScreen(page, seatOf(scene, table.id, 'R1')),
    await toScreen(page, seatOf(scene, table.id, juniorSeat)),
  );
  await saved(page);
  scene = stored(host, plan);
  expect(seatOfName('陈志远')).toBe(juniorSeat);
  const at = await toScreen(page, seatOf(scene, table.id, juniorSeat));
  await page.mouse.click(at.x, at.y, { button: 'right' });
  await page.getByRole('menuitem', { name: '锁定此座位' }).click();
  await saved(page);
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  scene = await storedWhen(host, plan, (s) => s.assignments.find((a) => a.personId === byName(plan, '周文华'))?.seat === 'R1');

  // The 自动排座 report no longer stops at “nobody moved”: it lists what is left.
  const report = page.locator('.placement-report');
  await expect(report).toContainText('排座后仍有 2 个问题');
  await expect(report).toContainText('位次较高者 陈志远 坐在较低座位，低于 周文华');

  // The panel: both problems in words, with what to do; the tab counts them.
  await expect(panel.locator('.problem')).toHaveCount(2);
  await expect(panel).toContainText('位次较高者 陈志远 坐在较低座位，低于 周文华');
  await expect(panel).toContainText('陈志远 锁定在 1 号桌 左1，与规则不符（按规则应为 1 号桌 右1）');
  await expect(panel).toContainText('确认是有意安排；否则解锁后重新自动排座');
  await expect(page.getByRole('tab', { name: '场景1' }).locator('.problem-count')).toHaveText('2');
  expect(await panelText(page)).not.toMatch(ENGINE_CODE);

  // Choosing the entry selects the seat on the canvas and the person in the list.
  await panel.locator('.problem', { hasText: '锁定在' }).click();
  await expect(page.getByTestId('venue-canvas')).toHaveAttribute('data-focus-seat', `${table.id}:${juniorSeat}`);
  await expect(page.locator('tr[data-person="陈志远"]')).toHaveAttribute('aria-selected', 'true');
  await expect(panel.locator('.problem[aria-current="true"]')).toContainText('锁定在');
  await page.screenshot({ path: 'test-results/problems-locked.png' });

  // In English too, without codes.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(panel).toContainText('陈志远 is locked at Table 1, left 1, against the rules (they give Table 1, right 1)');
  expect(await panelText(page)).not.toMatch(ENGINE_CODE);
});

test('a guest marked 缺席 is reported in every scene she still sits in; choosing an entry opens that scene', async ({
  app: page,
  host,
}) => {
  const door = make.door(newId, { x: 0, y: 4 });
  const table = make.roundTable(newId, { x: 0, y: 0 }, 8);
  const van = make.car(newId, { x: 0, y: 0 }, 'van9');
  const plan = await openPlan(page, host, [
    { kind: 'banquet', items: [door, table] },
    { kind: 'car', items: [van] },
  ]);
  const [banquet, cars] = [plan.scenes[0]!, plan.scenes[1]!];
  const zhou = byName(plan, '周文华');
  const placedIn = (sceneId: string) => () =>
    host.services.store
      .get(plan.id)
      .plan.scenes.find((s) => s.id === sceneId)!
      .assignments.some((a) => a.personId === zhou);

  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  await expect.poll(placedIn(banquet.id)).toBe(true);
  await page.getByRole('tab', { name: '场景2' }).click();
  await page.locator(`[data-drawn="${cars.id}"]`).waitFor();
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  await expect.poll(placedIn(cars.id)).toBe(true);

  // Mark her absent in the people list.
  await page.locator('tr[data-person="周文华"] td[data-col="attendance"]').dblclick();
  await page.locator('tr[data-person="周文华"] select.cell-editor').selectOption('absent');
  await expect(page.locator('tr[data-person="周文华"] td[data-col="attendance"]')).toHaveText('缺席');

  const panel = page.locator('section.problems-panel');
  const absent = panel.locator('.problem', { hasText: '周文华 已标为缺席' });
  await expect(absent).toHaveCount(2);
  await expect(absent.filter({ hasText: '场景1' })).toContainText('仍坐在 1 号桌');
  await expect(absent.filter({ hasText: '场景2' })).toContainText('清空其座位');
  await expect(page.getByRole('tab', { name: '场景1' }).locator('.problem-count')).toHaveText('1');
  expect(await panelText(page)).not.toMatch(ENGINE_CODE);

  // Choosing the banquet's entry (from the car scene) opens the banquet and rings her seat.
  await absent.filter({ hasText: '场景1' }).click();
  await page.locator(`[data-drawn="${banquet.id}"]`).waitFor();
  await expect(page.getByRole('tab', { name: '场景1' })).toHaveAttribute('aria-selected', 'true');
  const seat = host.services.store.get(plan.id).plan.scenes[0]!.assignments.find((a) => a.personId === zhou)!;
  await expect(page.getByTestId('venue-canvas')).toHaveAttribute('data-focus-seat', `${table.id}:${seat.seat}`);
  await page.screenshot({ path: 'test-results/problems-absent.png' });
});

test('a late guest seated at the banquet but in no car while the rest of his side rides: the 问题 panel says so, and choosing it opens the motorcade', async ({
  app: page,
  host,
}) => {
  const plan = await openPlan(page, host, [
    { kind: 'banquet', items: [make.door(newId, { x: 0, y: 4 }), make.roundTable(newId, { x: 0, y: 0 }, 10)] },
    { kind: 'car', items: [make.car(newId, { x: 0, y: 0 }, 'van9')] },
  ]);
  const [banquet, cars] = [plan.scenes[0]!, plan.scenes[1]!];
  const seated = (sceneId: string, name: string) => () => {
    const now = host.services.store.get(plan.id).plan;
    const id = now.people.find((p) => p.name === name)?.id;
    return now.scenes.find((s) => s.id === sceneId)!.assignments.some((a) => a.personId === id);
  };
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  await expect.poll(seated(banquet.id, '孙立')).toBe(true);
  await page.getByRole('tab', { name: '场景2' }).click();
  await page.locator(`[data-drawn="${cars.id}"]`).waitFor();
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  await expect.poll(seated(cars.id, '孙立')).toBe(true);

  // 郑海 joins late; the officer re-places the banquet only.
  await addPerson(page, { name: '郑海', organisation: '远航集团', side: 'guest', rank: 5 });
  await page.getByRole('tab', { name: '场景1' }).click();
  await page.locator(`[data-drawn="${banquet.id}"]`).waitFor();
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  await expect.poll(seated(banquet.id, '郑海')).toBe(true);

  const noCar = page.locator('section.problems-panel .problem', { hasText: '郑海' });
  await expect(noCar).toHaveCount(1);
  await expect(noCar).toContainText('郑海 在“场景1”有座位，在本场景的车上没有座位，而同方已有 4 人安排乘车');
  await expect(noCar).toContainText('场景2');
  await expect(page.getByRole('tab', { name: '场景2' }).locator('.problem-count')).toHaveText('1');
  expect(await panelText(page)).not.toMatch(ENGINE_CODE);
  await page.screenshot({ path: 'test-results/problems-no-car.png' });
  await noCar.click();
  await page.locator(`[data-drawn="${cars.id}"]`).waitFor();
  await expect(page.getByRole('tab', { name: '场景2' })).toHaveAttribute('aria-selected', 'true');

  // Given a car, nothing is left to say.
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  await expect.poll(seated(cars.id, '郑海')).toBe(true);
  await expect(noCar).toHaveCount(0);
});
