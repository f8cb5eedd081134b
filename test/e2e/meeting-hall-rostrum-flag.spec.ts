/**
 * 上主席台 (issue 16 part 2): who sits on the rostrum is the officer's choice. In the people table he
 * marks two delegates of no great rank 上主席台; 自动排座 in the 500-seat hall seats exactly those two
 * on the rostrum, by precedence (RULES.md §3), and everyone else — the top of the list too — in the
 * hall with their units. Read from the stored plan, the people table and the seats' tooltips.
 */
import { seatOf, toScreen } from './canvas-helpers';
import { expect, saved, test } from './fixtures';
import { addTemplateScene, delegatesPlan, openStoredPlan } from './meeting-hall-helpers';

test('大会: the officer marks two people 上主席台 in the people table; 自动排座 puts exactly them on the rostrum', async ({
  app: page,
  host,
}) => {
  const plan = await openStoredPlan(
    page,
    host,
    delegatesPlan('表彰大会', [
      ['甲单位', 6],
      ['乙单位', 6],
    ]),
  );
  const cell = (name: string, col: string) => page.locator(`tr[data-person="${name}"] td[data-col="${col}"]`);
  const storedPlan = () => host.services.store.get(plan.id).plan;

  // Two delegates far down the list, each marked from the column's list of words.
  for (const name of ['甲代表6', '乙代表5']) {
    await cell(name, 'rostrum').dblclick();
    await page.locator(`tr[data-person="${name}"] select.cell-editor`).selectOption({ label: '是' });
    await expect(cell(name, 'rostrum')).toHaveText('是');
  }
  await expect(cell('甲代表1', 'rostrum')).toHaveText('');
  await saved(page);
  expect(
    storedPlan()
      .people.filter((p) => p.rostrum)
      .map((p) => p.name),
  ).toEqual(['甲代表6', '乙代表5']);
  // Each mark is one edit, logged with the field in words.
  await page.getByRole('button', { name: '变更记录' }).click();
  const log = page.getByRole('dialog', { name: '变更记录' });
  await expect(log.locator('li[data-kind="edit"]')).toHaveText([/修改 乙代表5：上主席台/, /修改 甲代表6：上主席台/]);
  await log.getByRole('button', { name: '关闭' }).click();
  // The column sorts: the marked come first.
  await page.getByRole('button', { name: /^上主席台/ }).click();
  await expect(page.locator('tr[data-person] td[data-col="name"]').first()).toHaveText('甲代表6');
  await expect(page.locator('tr[data-person] td[data-col="name"]').nth(1)).toHaveText('乙代表5');

  const scene = await addTemplateScene(page, host, plan.id, 'meeting-hall-500');
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  await expect.poll(() => scene().assignments.length).toBe(12);

  const rostrum = scene().items.find((i) => i.kind === 'rostrum')!;
  const nameOf = (id: string) => storedPlan().people.find((p) => p.id === id)!.name;
  const onRostrum = scene().assignments.filter((a) => a.itemId === rostrum.id);
  // Government, a front row of 9: No. 1 in the centre, No. 2 on its own left (the audience's right).
  expect(onRostrum.map((a) => [nameOf(a.personId), a.seat]).sort()).toEqual([
    ['乙代表5', '1:6'],
    ['甲代表6', '1:5'],
  ]);
  await expect(cell('甲代表1', 'seat')).not.toContainText('主席台');
  await expect(cell('甲代表6', 'seat')).toContainText('主席台');
  await expect(page.locator('ul.warnings', { hasText: '上主席台' })).toHaveCount(0);

  // The seats say why, in words: the rostrum's No. 1 among the marked, the list's No. 1 with his unit.
  const tooltipOf = async (name: string) => {
    const a = scene().assignments.find((x) => nameOf(x.personId) === name)!;
    const at = await toScreen(page, seatOf(scene(), a.itemId, a.seat));
    await page.mouse.move(0, 0);
    await page.mouse.move(at.x, at.y);
    const tip = page.getByRole('tooltip');
    await expect(tip).toContainText(name);
    return tip.innerText();
  };
  expect(await tooltipOf('甲代表6')).toContain('标为上主席台者中第1位');
  expect(await tooltipOf('乙代表5')).toContain('标为上主席台者中第2位');
  expect(await tooltipOf('甲代表1')).toContain('甲单位（第1个单位');
  await page.screenshot({ path: 'test-results/meeting-hall-rostrum-flag.png' });
});
