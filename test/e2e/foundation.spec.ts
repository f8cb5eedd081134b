import { readFileSync } from 'node:fs';
import { addPerson, createPlan, expect, saved, test } from './fixtures';

const PEOPLE = [
  { name: '王建国', organisation: '市外办', title: '主任', side: 'host' as const, rank: 1 },
  { name: '刘晓梅', organisation: '市外办', title: '副主任', side: 'host' as const, rank: 2 },
  { name: '陈志远', organisation: '远航集团', title: '董事长', side: 'guest' as const, rank: 1 },
  { name: '周文华', organisation: '远航集团', title: '总经理', side: 'guest' as const, rank: 2 },
  { name: '孙立', organisation: '远航集团', title: '副总经理', side: 'guest' as const, rank: 3 },
  { name: '吴静', organisation: '远航集团', title: '总监', side: 'guest' as const, rank: 4 },
];

test('create a plan, add a table and six people, auto-place, reload: everything is still there', async ({ app: page, host }) => {
  await expect(page.getByRole('heading', { name: '计划列表' })).toBeVisible();
  await createPlan(page, '远航集团来访', '远航集团', 'commercial');

  // A plan starts without scenes; add the banquet.
  await page.getByRole('button', { name: '＋ 添加场景' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('tab', { name: '宴请' })).toHaveAttribute('aria-selected', 'true');

  // The banquet starts with one table; add a second one, then remove it again (undo path later).
  await page.getByRole('button', { name: /添加圆桌/ }).click();
  await expect(page.locator('.table-panel h3')).toBeVisible();
  for (const p of PEOPLE) await addPerson(page, p);

  // Hosting roles belong to the first table: select it on the canvas by removing the extra table.
  await page.getByRole('button', { name: '删除此桌' }).click();
  await page.locator('select[name="role-chief-host"]').selectOption({ label: '王建国' });
  await page.locator('select[name="role-deputy-host"]').selectOption({ label: '刘晓梅' });

  await page.getByRole('button', { name: '自动排座' }).click();
  const seatOf = (name: string) => page.locator(`tr[data-person="${name}"] .seat-cell`);
  await expect(seatOf('王建国')).toHaveText('1 号桌 主位');
  await expect(seatOf('刘晓梅')).toHaveText('1 号桌 副主位');
  await expect(seatOf('陈志远')).toHaveText('1 号桌 右1');
  await expect(seatOf('周文华')).toHaveText('1 号桌 左1');
  await expect(seatOf('孙立')).toHaveText('1 号桌 左4');
  await expect(seatOf('吴静')).toHaveText('1 号桌 右4');
  await saved(page);

  await page.reload();
  await expect(page.locator('.plan-title')).toHaveText('远航集团来访');
  for (const [name, seat] of [
    ['王建国', '主位'],
    ['刘晓梅', '副主位'],
    ['陈志远', '右1'],
    ['周文华', '左1'],
    ['孙立', '左4'],
    ['吴静', '右4'],
  ]) {
    await expect(seatOf(name!)).toHaveText(`1 号桌 ${seat}`);
  }
  await expect(page.locator('select[name="role-chief-host"] option:checked')).toHaveText('王建国');

  // And the store really holds it (not just the page).
  const stored = host.services.store.list();
  expect(stored).toHaveLength(1);
  const plan = host.services.store.get(stored[0]!.id).plan;
  expect(plan.people.map((p) => p.name)).toEqual(PEOPLE.map((p) => p.name));
  expect(plan.scenes[0]!.assignments).toHaveLength(6);

  await page.screenshot({ path: 'test-results/foundation-editor.png' });
  expect(readFileSync('test-results/foundation-editor.png').length).toBeGreaterThan(10_000);
});

test('undo and redo: one step per gesture, from the keyboard and the buttons', async ({ app: page }) => {
  await createPlan(page, '撤销测试');
  await page.getByRole('button', { name: '＋ 添加场景' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await addPerson(page, { name: '张三', side: 'guest' });
  await addPerson(page, { name: '李四', side: 'guest' });
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.locator('tr[data-person="李四"]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '撤销：添加人员 张三' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('tr[data-person="李四"]')).toHaveCount(1);
  await page.getByRole('button', { name: /^撤销：添加人员 李四/ }).click();
  await page.getByRole('button', { name: /^撤销：添加人员 张三/ }).click();
  await expect(page.locator('tr[data-person]')).toHaveCount(0);
  await page.getByRole('button', { name: /^重做：添加人员 张三/ }).click();
  await expect(page.locator('tr[data-person]')).toHaveCount(1);
});

test('plan library: rename, duplicate, delete with confirmation, newest first', async ({ app: page }) => {
  await createPlan(page, '甲计划');
  await page.getByRole('button', { name: /返回计划列表/ }).click();
  await createPlan(page, '乙计划');
  await page.getByRole('button', { name: /返回计划列表/ }).click();
  const names = page.locator('.plan-name');
  await expect(names).toHaveText(['乙计划', '甲计划']);

  const card = (name: string) =>
    page.locator('.plan-card', { has: page.locator('.plan-name', { hasText: new RegExp(`^${name}$`) }) });
  await card('甲计划').getByRole('button', { name: '重命名' }).click();
  await page.getByRole('dialog').locator('input').fill('甲计划（定稿）');
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(names).toHaveText(['甲计划（定稿）', '乙计划']);

  await card('乙计划').getByRole('button', { name: '复制' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(names).toHaveText(['乙计划（副本）', '甲计划（定稿）', '乙计划']);

  await card('乙计划').getByRole('button', { name: '删除' }).click();
  await expect(page.getByRole('dialog')).toContainText('确定删除计划“乙计划”');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await expect(names).toHaveCount(3);
  await card('乙计划').getByRole('button', { name: '删除' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(names).toHaveText(['乙计划（副本）', '甲计划（定稿）']);
});

test('scenes: add several kinds, rename, reorder, remove', async ({ app: page }) => {
  await createPlan(page, '场景测试');
  const addScene = async (kind: string, name?: string) => {
    await page.getByRole('button', { name: '＋ 添加场景' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('select[name="scene-kind"]').selectOption(kind);
    if (name) await dialog.locator('input[name="scene-name"]').fill(name);
    await dialog.getByRole('button', { name: '确定' }).click();
  };
  await addScene('car', '接站车队');
  await addScene('reception');
  await addScene('banquet', '欢迎晚宴');
  const tabs = page.getByRole('tab');
  await expect(tabs).toHaveText(['接站车队', '会见', '欢迎晚宴']);
  await page.getByRole('button', { name: '左移' }).click();
  await expect(tabs).toHaveText(['接站车队', '欢迎晚宴', '会见']);
  await page.getByRole('tab', { name: '会见' }).dblclick();
  await page.getByRole('dialog').locator('input').fill('正式会见');
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(tabs).toHaveText(['接站车队', '欢迎晚宴', '正式会见']);
  await page.getByRole('tab', { name: '接站车队' }).click();
  await page.getByRole('button', { name: '删除场景' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(tabs).toHaveText(['欢迎晚宴', '正式会见']);
  await saved(page);
  await page.reload();
  await expect(tabs).toHaveText(['欢迎晚宴', '正式会见']);
});

test('English is complete: switching changes every label, and it is remembered', async ({ app: page }) => {
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Plans' })).toBeVisible();
  await createPlan(page, 'Visit');
  await page.getByRole('button', { name: '＋ Add scene' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('button', { name: 'Auto-place' })).toBeVisible();
  const text = await page.locator('body').innerText();
  // Only the data the user typed may be Chinese; every label is English.
  expect(text.replace(/中文/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Auto-place' })).toBeVisible();
});

test('English text keeps Latin quotes and apostrophes; Chinese text keeps full-width ones', async ({ app: page }) => {
  // The width of a curly quote, in ems, in the page's own font (a CJK face draws it full-width).
  const quoteWidth = () =>
    page.evaluate(() => {
      const span = document.createElement('span');
      span.textContent = '“’”';
      document.body.append(span);
      const em = parseFloat(getComputedStyle(span).fontSize);
      const width = span.getBoundingClientRect().width / 3 / em;
      span.remove();
      return width;
    });
  expect(await quoteWidth()).toBeGreaterThan(0.8);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await quoteWidth()).toBeLessThan(0.5);
});

test('plan details can be edited in the editor, undone, and are kept after reload', async ({ app: page, host }) => {
  await createPlan(page, '初稿计划', '某代表团');
  await page.getByRole('button', { name: '计划信息' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('input[name="plan-name"]')).toHaveValue('初稿计划');
  await dialog.locator('input[name="plan-name"]').fill('正式计划');
  await dialog.locator('input[name="plan-start"]').fill('2026-12-08');
  await dialog.locator('input[name="plan-end"]').fill('2026-12-07');
  await expect(dialog.getByText('结束日期不能早于开始日期')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '确定' })).toBeDisabled();
  await dialog.locator('input[name="plan-end"]').fill('2026-12-09');
  await dialog.locator('input[name="plan-convention"]').nth(1).check();
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(page.locator('.plan-title')).toHaveText('正式计划');
  await expect(page.getByRole('button', { name: '撤销：修改计划信息' })).toBeVisible();
  await saved(page);
  await page.reload();
  await expect(page.locator('.plan-title')).toHaveText('正式计划');
  const stored = host.services.store.get(host.services.store.list()[0]!.id).plan;
  expect(stored).toMatchObject({ name: '正式计划', convention: 'government', startDate: '2026-12-08', endDate: '2026-12-09' });
});

test('an app bundle that cannot be loaded says so instead of leaving an empty window', async ({ page, host }) => {
  await page.route(/\/assets\/boot-[^/]+\.js$/, (route) => route.abort());
  await page.goto(host.url);
  await expect(page.locator('#load-failed')).toBeVisible();
  await expect(page.locator('#load-failed')).toContainText('无法载入程序');
  await expect(page.locator('#root')).toBeEmpty();
});
