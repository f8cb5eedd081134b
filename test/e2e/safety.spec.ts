/**
 * Data safety through the real UI in browser mode: a named snapshot, a change, restoring the
 * snapshot brings the old state back; 自动排座 leaves an automatic revision; a plan exported as
 * .zuoci (a real download) imports back as a new plan with the same content; backups list and
 * restore.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { addPerson, createPlan, expect, saved, test } from './fixtures';

test('snapshot, change, restore; auto-place revision; export .zuoci and import it as a new plan', async ({
  app: page,
  host,
}, info) => {
  await createPlan(page, '国宴排座', '外交部礼宾司', 'government');
  await page.getByRole('button', { name: '＋ 添加场景' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await addPerson(page, { name: '王主任', side: 'host', rank: 1 });
  await addPerson(page, { name: '陈董事长', side: 'guest', rank: 1 });
  await saved(page);

  // A named snapshot of this state.
  await page.getByRole('button', { name: '版本', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '版本与快照' });
  await dialog.locator('input[name="snapshot-name"]').fill('发给酒店的版本');
  await dialog.getByRole('button', { name: '保存快照' }).click();
  await expect(dialog.locator('li.named')).toContainText('发给酒店的版本');
  await dialog.getByRole('button', { name: '关闭' }).click();

  // Change the plan, then auto-place: an automatic revision is taken first.
  await addPerson(page, { name: '新来的客人', side: 'guest', rank: 2 });
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  await saved(page);
  await page.getByRole('button', { name: '版本', exact: true }).click();
  await expect(dialog.locator('li.auto')).toContainText('自动排座前');
  await page.screenshot({ path: info.outputPath('revisions.png') });

  // Restore the snapshot: the later person is gone, the earlier ones are back.
  await dialog.locator('li.named').getByRole('button', { name: '恢复' }).click();
  await page.getByRole('dialog', { name: '恢复' }).getByRole('button', { name: '恢复' }).click();
  await expect(page.locator('tr[data-person="王主任"]')).toBeVisible();
  await expect(page.locator('tr[data-person="新来的客人"]')).toHaveCount(0);
  const stored = host.services.store.list();
  expect(host.services.store.get(stored[0]!.id).plan.people.map((p) => p.name)).toEqual(['王主任', '陈董事长']);

  // Export as .zuoci: a real download with the plan inside.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 .zuoci' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('国宴排座.zuoci');
  const file = info.outputPath('国宴排座.zuoci');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; plan: { people: { name: string }[] } };
  expect(exported.format).toBe('zuoci-plan');
  expect(exported.plan.people.map((p) => p.name)).toEqual(['王主任', '陈董事长']);

  // Import it from the library: a second plan with the same name and people.
  await page.getByRole('button', { name: /返回计划列表/ }).click();
  await page.locator('input[name="zuoci-file"]').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: '已导入计划“国宴排座”。' })).toBeVisible();
  await expect(page.locator('.plan-card', { hasText: '国宴排座' })).toHaveCount(2);
  const ids = host.services.store.list().map((p) => p.id);
  const people = ids.map((id) => host.services.store.get(id).plan.people.map((p) => p.name));
  expect(people).toEqual([
    ['王主任', '陈董事长'],
    ['王主任', '陈董事长'],
  ]);

  // A damaged file is refused with its name and the library stays as it was.
  await page.locator('input[name="zuoci-file"]').setInputFiles({
    name: '坏的.zuoci',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"zuoci-plan","formatVersion":1,"plan":{"id"'),
  });
  // In the screen's language: the host's error is a code with parameters, worded by the renderer.
  await expect(page.getByRole('alert')).toContainText('无法打开 坏的.zuoci：文件不完整');
  await expect(page.locator('.plan-card')).toHaveCount(2);
});

test('restore a plan from a backup on the backup screen', async ({ app: page, host }, info) => {
  await createPlan(page, '备份测试', '某单位');
  await addPersonWithScene(page);
  await page.getByRole('button', { name: /返回计划列表/ }).click();
  await page.getByRole('button', { name: '备份', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '从备份恢复' });
  await dialog.getByRole('button', { name: '立即备份' }).click();
  await expect(dialog.getByRole('status')).toContainText('已备份');
  await dialog.getByRole('button', { name: '关闭' }).click();

  // Lose the plan, then get it back from the backup.
  const id = host.services.store.list()[0]!.id;
  host.services.store.delete(id);
  await page.reload();
  await expect(page.locator('.plan-card')).toHaveCount(0);
  await page.getByRole('button', { name: '备份', exact: true }).click();
  await dialog.locator('li[data-backup] button').first().click();
  await expect(dialog.locator(`[data-backup-plan="${id}"]`)).toContainText('备份测试');
  await page.screenshot({ path: info.outputPath('backups.png') });
  await dialog.getByRole('button', { name: '恢复所选计划' }).click();
  await expect(dialog.getByRole('status')).toContainText('已从备份恢复 1 个计划');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(page.locator('.plan-card', { hasText: '备份测试' })).toHaveCount(1);
  expect(host.services.store.get(id).plan.people.map((p) => p.name)).toEqual(['李四']);
});

async function addPersonWithScene(page: Page) {
  await page.getByRole('button', { name: '＋ 添加场景' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await addPerson(page, { name: '李四', side: 'guest', rank: 1 });
  await saved(page);
}
