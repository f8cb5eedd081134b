/**
 * One change, every scene (issue 12 part 3): a visit with a 会见, a banquet, a motorcade and an
 * elevator, all placed; after a reload the chief guest's seat reads its rule in every scene (part
 * 1). A guest cannot come and a late guest joins at rank 2. Every canvas marks
 * them (also after a reload), 全部重排 re-places every scene as one step, shows one change list
 * grouped by scene and one reprint list, and the stored seats say the same after a reload.
 */
import type { Page } from '@playwright/test';
import { newId } from '../../shared/model/ids';
import type { Plan, Scene } from '../../shared/model/types';
import { findTemplate } from '../../shared/templates';
import type { BrowserHost } from '../../electron/host/browser-host';
import { ENGINE_CODE } from '../helpers/engine-codes';
import { byName, openPlan, seatOf, toScreen } from './canvas-helpers';
import { addPerson, expect, newPlanImporting, pasteList, saved, test } from './fixtures';

const SCENES = ['场景1', '场景2', '场景3', '场景4']; // 会见, 宴会, 车队, 电梯

const tab = (page: Page, name: string) => page.locator('.scene-tabs [role="tab"]', { hasText: name });
const storedPlan = (host: BrowserHost, plan: Plan) => host.services.store.get(plan.id).plan;
const seatIn = (scene: Scene, personId: string) => scene.assignments.find((a) => a.personId === personId);

/** Hovers the seat `name` holds in the stored scene `index` (its tab open); returns the tooltip's text. */
async function reasonOf(page: Page, host: BrowserHost, plan: Plan, index: number, name: string): Promise<string> {
  const scene = storedPlan(host, plan).scenes[index]!;
  const a = seatIn(scene, byName(plan, name))!;
  const at = await toScreen(page, seatOf(scene, a.itemId, a.seat));
  await page.mouse.move(1, 1);
  await page.mouse.move(at.x, at.y);
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText(name);
  return tip.innerText();
}

/** The chief guest's reason in each scene, in the rule's words (none of them 'by hand'). */
const CHIEF_GUEST_REASONS = [
  '主宾：与主人并坐，进门左侧',
  '主宾：主陪右手',
  '1号车（主宾车）；主宾：后排右（上车位于路边一侧）',
  '主宾：后排右角',
];

test('absent guest and late guest at rank 2: marked on every canvas, 全部重排 re-places every scene, lists changes and reprints', async ({
  app: page,
  host,
}) => {
  const plan = await openPlan(page, host, [
    { kind: 'reception', items: findTemplate('reception-hall').build(newId) },
    { kind: 'banquet', items: findTemplate('single-table').build(newId) },
    { kind: 'car', items: findTemplate('motorcade-5').build(newId).slice(0, 3) },
    { kind: 'elevator', items: findTemplate('elevator').build(newId) },
  ]);
  const replaceButton = page.getByRole('button', { name: '全部重排', exact: true });

  // Place every scene.
  for (const name of SCENES) {
    await tab(page, name).click();
    await page.getByRole('button', { name: '自动排座', exact: true }).click();
    await expect(page.locator('.placement-report')).toBeVisible();
  }
  await expect.poll(() => storedPlan(host, plan).scenes.map((s) => s.assignments.length)).toEqual([6, 6, 6, 5]); // the lift takes five
  await expect(replaceButton).toBeDisabled();
  // After a reload every scene's seats still read their rule (derived, never remembered).
  await page.reload();
  await page.locator('[data-drawn]').waitFor();
  for (const [i, name] of SCENES.entries()) {
    await tab(page, name).click();
    await page.locator(`[data-drawn="${plan.scenes[i]!.id}"]`).waitFor();
    const tip = await reasonOf(page, host, plan, i, '陈志远');
    expect(tip).toContain(CHIEF_GUEST_REASONS[i]);
    expect(tip).not.toContain('手动安排');
    expect(tip).not.toMatch(ENGINE_CODE);
  }

  const placed = storedPlan(host, plan);
  const absentId = byName(placed, '欧阳娜娜');
  const guest2Seat = seatIn(placed.scenes[1]!, byName(placed, '周文华'))!.seat;

  // 欧阳娜娜 cannot come; 郑海 joins as guest 2.
  await page.locator('tr[data-person="欧阳娜娜"] td[data-col="attendance"]').dblclick();
  await page.locator('tr[data-person="欧阳娜娜"] select.cell-editor').selectOption('absent');
  await expect(page.locator('tr[data-person="欧阳娜娜"] td[data-col="attendance"]')).toHaveText('缺席');
  await addPerson(page, { name: '郑海', organisation: '远航集团', side: 'guest', rank: 2 });
  // Inserted at 2: the others move down, no tie.
  await expect(page.locator('tr[data-person="郑海"] td[data-col="rank"]')).toHaveText('2');
  await expect(page.locator('tr[data-person="周文华"] td[data-col="rank"]')).toHaveText('3');
  await saved(page);

  // Every canvas marks both of them, in words, and still does after a reload.
  const legendMarks = async () => {
    for (const name of SCENES) {
      await tab(page, name).click();
      const legend = page.locator('.affected-legend');
      await expect(legend).toHaveAttribute('data-affected', '2');
      await expect(legend.locator('li[data-why="absent"]')).toHaveText('缺席仍在座：欧阳娜娜');
      await expect(legend.locator('li[data-why="new"]')).toHaveText('新增或恢复出席，尚未入座：郑海');
    }
  };
  await legendMarks();
  await page.screenshot({ path: 'test-results/replace-all-marked.png' });
  await page.reload();
  await page.locator('[data-drawn]').waitFor();
  await legendMarks();

  // 全部重排: one step over every scene.
  await expect(replaceButton).toBeEnabled();
  await replaceButton.click();
  const report = page.getByRole('dialog', { name: '全部重排结果' });
  await expect(report).toBeVisible();
  for (const name of SCENES) {
    const section = report.locator(`section[data-scene="${name}"]`);
    await expect(section.locator('li[data-person="欧阳娜娜"]')).toContainText(/^欧阳娜娜：.+ → 未入座$/);
    await expect(section.locator('li[data-person="郑海"]')).toContainText(/^郑海：未入座 → .+/);
  }
  await expect(report.locator('section[data-scene="场景2"] li[data-person="郑海"]')).toContainText('1 号桌');
  const reprint = report.locator('.reprint-list li');
  await expect(reprint.first()).toBeVisible();
  expect(
    await reprint.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-view')}@${e.getAttribute('data-scene')}`)),
  ).toEqual([
    'placeCards@场景1',
    'meeting@场景1',
    'placeCards@场景2',
    'seatingChart@场景2',
    'tableLists@场景2',
    'cars@场景3',
    'elevator@场景4',
  ]);
  await expect(report.locator('li[data-view="placeCards"][data-scene="场景2"]')).toHaveText(/^席卡（场景2）：郑海（1 号桌 .+）$/);
  await expect(report.locator('li[data-view="cars"]')).toContainText(/^乘车安排（场景3）：\d+ 号车/);
  await expect(report.locator('li[data-view="elevator"]')).toHaveText('乘梯顺序（场景4）：电梯');
  await page.screenshot({ path: 'test-results/replace-all-report.png' });
  await report.getByRole('button', { name: '关闭' }).click();
  await expect(page.locator('.affected-legend')).toHaveCount(0);
  await expect(replaceButton).toBeDisabled();
  // One undo step, named after the re-placement.
  await expect(page.getByRole('button', { name: '撤销：全部重排（4 个场景）' })).toBeVisible();

  // Every scene's stored seats: the absent guest unseated everywhere, the late guest seated as
  // guest 2 in the banquet and with a car.
  const assertStored = async () => {
    await expect
      .poll(() => {
        const now = storedPlan(host, plan);
        const late = byName(now, '郑海');
        return now.scenes.map((s) => [!!seatIn(s, absentId), !!seatIn(s, late)]);
      })
      .toEqual(SCENES.map(() => [false, true]));
    const now = storedPlan(host, plan);
    expect(seatIn(now.scenes[1]!, byName(now, '郑海'))!.seat).toBe(guest2Seat);
    expect(seatIn(now.scenes[2]!, byName(now, '郑海'))!.itemId).toBeTruthy();
    return now;
  };
  const afterReplace = await assertStored();
  await saved(page);

  await page.reload();
  await page.locator('[data-drawn]').waitFor();
  expect(await assertStored()).toEqual(afterReplace);
  for (const name of SCENES) {
    await tab(page, name).click();
    await expect(page.locator('.affected-legend')).toHaveCount(0);
  }
  await expect(replaceButton).toBeDisabled();
});

test('an import that leaves two guests on one rank says so in its summary', async ({ app: page }) => {
  const wizard = await newPlanImporting(page, '并列测试');
  await pasteList(wizard, '姓名\t身份\t排序\n陈志远\t客方\t1\n周文华\t客方\t2\n孙立\t客方\t2\n王建国\t主方\t1\n');
  await wizard.getByRole('button', { name: '下一步：预览' }).click();
  await wizard.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.locator('.import-notice')).toContainText(
    '注意：有 1 处排序并列（客方第 2 位：周文华、孙立），并列者按名单先后排座；在名单中输入排序即可插入并顺延其他人。',
  );
  // Typing the rank again settles it: inserted at 2, the other moves down.
  await page.locator('tr[data-person="孙立"] td[data-col="rank"]').dblclick();
  await page.locator('tr[data-person="孙立"] input.cell-editor').fill('2');
  await page.keyboard.press('Enter');
  await expect(page.locator('tr[data-person="周文华"] td[data-col="rank"]')).toHaveText('3');
  await expect(page.locator('tr[data-person="孙立"] td[data-col="rank"]')).toHaveText('2');
});
