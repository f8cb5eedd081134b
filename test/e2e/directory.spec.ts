/**
 * The office's people directory (常用人员库), as an officer uses it across two receptions: the
 * host leaders go into the directory from plan A, plan B picks them by pinyin, a reshuffle gives
 * one a new title in the directory, and plan B offers the change and takes it when asked.
 */
import type { Page } from '@playwright/test';
import { addPerson, expect, newPlanWithScene, openImportWizard, pasteList, saved, test } from './fixtures';

async function backToLibrary(page: Page) {
  await page.getByRole('button', { name: '← 返回计划列表' }).click();
  await page.getByRole('heading', { name: '计划列表' }).waitFor();
}

/** A new plan of the office with one scene. */
const newPlan = (page: Page, name: string) => newPlanWithScene(page, name, '市外办', 'government');

async function openPlan(page: Page, name: string) {
  await page.locator('.plan-card', { hasText: name }).locator('.plan-open').click();
  await page.locator('.plan-title', { hasText: name }).waitFor();
}

test('add two leaders to the directory from plan A, pick them into plan B by pinyin, offer and take a new title', async ({
  app: page,
  host,
}) => {
  await newPlan(page, '甲：欢迎晚宴');
  await addPerson(page, { name: '张伟', organisation: '市人民政府', title: '市长', side: 'host', rank: 1 });
  await addPerson(page, { name: '吕涛', organisation: '市外办', title: '主任', side: 'host', rank: 2 });
  await addPerson(page, { name: '王芳', organisation: '来访团', title: '团长', side: 'guest', rank: 1 });

  // 加入常用人员库: tick the two leaders among the plan's people.
  await page.getByRole('button', { name: '加入常用人员库', exact: true }).click();
  let dialog = page.getByRole('dialog', { name: '加入常用人员库' });
  await dialog.getByLabel(/张伟/).check();
  await dialog.getByLabel(/吕涛/).check();
  await dialog.getByRole('button', { name: '加入 2 人' }).click();
  await expect(dialog).toHaveCount(0);
  await saved(page);
  const directory = () => host.services.handlers['directory.list']({});
  expect(
    directory()
      .map((e) => `${e.name} ${e.title}`)
      .sort(),
  ).toEqual(['吕涛 主任', '张伟 市长'].sort());
  // They are now linked: the dialog offers only who is not in the directory yet.
  await page.getByRole('button', { name: '加入常用人员库', exact: true }).click();
  dialog = page.getByRole('dialog', { name: '加入常用人员库' });
  await expect(dialog.locator('.pick-list li')).toHaveText([/王芳/]);
  await dialog.getByRole('button', { name: '取消' }).click();

  // Plan B picks them, each found by pinyin (吕 typed as lv).
  await backToLibrary(page);
  await newPlan(page, '乙：工作会谈');
  await page.getByRole('button', { name: '从常用人员库选人', exact: true }).click();
  dialog = page.getByRole('dialog', { name: '从常用人员库选人' });
  const pickSearch = dialog.locator('input[name="pick-search"]');
  await pickSearch.fill('lvtao');
  await expect(dialog.locator('.pick-list li')).toHaveText([/吕涛/]);
  await dialog.getByLabel(/吕涛/).check();
  await pickSearch.fill('zw');
  await expect(dialog.locator('.pick-list li')).toHaveText([/张伟/]);
  await dialog.getByLabel(/张伟/).check();
  await dialog.getByRole('button', { name: '添加 2 人' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('tr[data-person]')).toHaveCount(2);
  await expect(page.locator('tr[data-person="张伟"] td[data-col="title"]')).toHaveText('市长');
  await expect(page.locator('tr[data-person="张伟"] td[data-col="side"]')).toHaveText('主方');
  await saved(page);

  // A reshuffle: 张伟 gets a new title in the directory.
  await backToLibrary(page);
  await page.getByRole('button', { name: '常用人员库', exact: true }).click();
  await page.getByRole('heading', { name: '常用人员库' }).waitFor();
  await expect(page.locator('.directory-table tbody tr')).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('directory-screen.png') });
  await page.locator('tr[data-name="张伟"]').getByRole('button', { name: '编辑' }).click();
  const edit = page.getByRole('dialog', { name: '编辑常用人员' });
  await edit.locator('input[name="entry-title"]').fill('市委书记');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('tr[data-name="张伟"] td').nth(3)).toHaveText('市委书记');

  // Deleting plan A leaves the directory as it is.
  await page.getByRole('button', { name: '← 返回计划列表' }).click();
  await page.locator('.plan-card', { hasText: '甲：欢迎晚宴' }).getByRole('button', { name: '删除' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(page.locator('.plan-card')).toHaveCount(1);
  expect(directory()).toHaveLength(2);

  // Opening plan B offers the change, field by field; nothing changed yet.
  await openPlan(page, '乙：工作会谈');
  const notice = page.getByRole('region', { name: '常用人员库有更新' });
  await expect(notice.locator('li')).toHaveCount(1);
  await expect(notice.locator('li[data-person="张伟"]')).toContainText('职务：市长 → 市委书记');
  await expect(page.locator('tr[data-person="张伟"] td[data-col="title"]')).toHaveText('市长');
  await page.screenshot({ path: test.info().outputPath('directory-update-notice.png') });
  await notice.locator('li[data-person="张伟"]').getByRole('button', { name: '更新', exact: true }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator('tr[data-person="张伟"] td[data-col="title"]')).toHaveText('市委书记');
  // One named undo step.
  await expect(page.getByRole('button', { name: /撤销/ })).toHaveAttribute('title', /采用常用人员库的更新/);
  await saved(page);

  // After a reload the change is still there, and the notice does not come back.
  await page.reload();
  await page.locator('.plan-title', { hasText: '乙：工作会谈' }).waitFor();
  await expect(page.locator('tr[data-person="张伟"] td[data-col="title"]')).toHaveText('市委书记');
  await expect(page.locator('tr[data-person="吕涛"] td[data-col="title"]')).toHaveText('主任');
  await expect(page.getByRole('region', { name: '常用人员库有更新' })).toHaveCount(0);
});

test('a declined update is not offered again, the next change is', async ({ app: page, host }) => {
  const [entry] = host.services.handlers['directory.add']({
    entries: [{ name: '张伟', organisation: '市人民政府', title: '市长', side: 'host' }],
  });
  await newPlan(page, '丙：签约仪式');
  await page.getByRole('button', { name: '从常用人员库选人', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '从常用人员库选人' });
  await dialog.getByLabel(/张伟/).check();
  await dialog.getByRole('button', { name: '添加 1 人' }).click();
  await saved(page);

  host.services.handlers['directory.update']({ id: entry!.id, fields: { ...entry!, title: '市委书记' } });
  await page.reload();
  const notice = page.getByRole('region', { name: '常用人员库有更新' });
  await notice.getByRole('button', { name: '全部不更新' }).click();
  await expect(notice).toHaveCount(0);
  await saved(page);
  await page.reload();
  await page.locator('.plan-title').waitFor();
  await expect(page.locator('tr[data-person="张伟"] td[data-col="title"]')).toHaveText('市长');
  await expect(notice).toHaveCount(0);

  host.services.handlers['directory.update']({ id: entry!.id, fields: { ...entry!, title: '书记', officialLevel: '正厅级' } });
  await page.reload();
  await expect(notice.locator('li[data-person="张伟"]')).toContainText('职务：市长 → 书记');
  await expect(notice.locator('li[data-person="张伟"]')).toContainText('级别：（空） → 正厅级');
});

test('a list imported into the directory adds its people there, once, and leaves the plan as it is', async ({
  app: page,
  host,
}) => {
  host.services.handlers['directory.add']({
    entries: [{ name: '张伟', organisation: '市人民政府', title: '市长', side: 'host' }],
  });
  await newPlan(page, '丁：座谈会');
  const wizard = await openImportWizard(page);
  await pasteList(wizard, '姓名\t单位\t职务\t级别\n张伟\t市人民政府\t市委书记\t正厅级\n吕涛\t市外办\t主任\t正处级\n');
  await wizard.locator('select[name="import-default-side"]').selectOption('host');
  await wizard.getByRole('button', { name: '下一步：预览' }).click();
  await wizard.locator('select[name="import-target"]').selectOption('directory');
  await wizard.getByRole('button', { name: '导入到常用人员库（2 人）' }).click();
  await expect(wizard).toHaveCount(0);
  await expect(page.locator('.import-notice')).toContainText('已导入常用人员库：新增 1 人，已在库中 1 人。');
  await expect(page.locator('tr[data-person]')).toHaveCount(0);
  const entries = host.services.handlers['directory.list']({});
  expect(entries.map((e) => `${e.name} ${e.title} ${e.officialLevel ?? ''} ${e.side}`).sort()).toEqual(
    ['吕涛 主任 正处级 host', '张伟 市长  host'].sort(),
  );
});
