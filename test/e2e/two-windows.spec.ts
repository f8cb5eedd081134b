import { addPerson, createPlan, expect, saved, test } from './fixtures';

test('two windows on one plan: the second save is stopped and the officer chooses', async ({ app: first, host }) => {
  await createPlan(first, '两个窗口');
  await first.getByRole('button', { name: '＋ 添加场景' }).click();
  await first.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await saved(first);

  const second = await first.context().newPage();
  await second.goto(`${host.url}${new URL(first.url()).hash}`);
  await expect(second.locator('.plan-title')).toHaveText('两个窗口');

  await addPerson(first, { name: '甲窗口的人', side: 'guest' });
  await saved(first);
  await addPerson(second, { name: '乙窗口的人', side: 'guest' });
  const banner = second.getByRole('alert');
  await expect(banner).toContainText('此计划已在其他窗口中修改');
  const stored = () => host.services.store.get(host.services.store.list()[0]!.id).plan.people.map((p) => p.name);
  expect(stored()).toEqual(['甲窗口的人']); // nothing was overwritten silently

  await banner.getByRole('button', { name: /载入最新版本/ }).click();
  await expect(second.locator('tr[data-person]')).toHaveCount(1);
  await expect(second.locator('tr[data-person="甲窗口的人"]')).toBeVisible();

  // Now the other way round, choosing to keep this window's version.
  await addPerson(second, { name: '乙窗口再加', side: 'guest' });
  await saved(second);
  await addPerson(first, { name: '甲窗口再加', side: 'guest' });
  await first
    .getByRole('alert')
    .getByRole('button', { name: /保存本窗口的版本/ })
    .click();
  await saved(first);
  expect(stored()).toEqual(['甲窗口的人', '甲窗口再加']);
  await second.close();
});

test('a plan deleted in another window cannot be opened: a clear message and a way back', async ({ app: page, host }) => {
  await createPlan(page, '将被删除');
  host.services.store.delete(host.services.store.list()[0]!.id);
  await page.reload();
  // The host's error arrives as a code and reads in the screen's language, not in the host's English.
  await expect(page.getByRole('alert')).toContainText('无法打开计划：找不到计划');
  await page.getByRole('button', { name: /返回计划列表/ }).click();
  await expect(page.getByRole('heading', { name: '计划列表' })).toBeVisible();
});
