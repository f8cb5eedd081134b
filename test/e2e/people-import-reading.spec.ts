/**
 * Reading lists off the page's thread: a large CSV is parsed in the wizard's worker with a
 * progress bar while the page keeps answering input; an .xls (made here by SheetJS) reads through
 * the built worker; a list past a limit is refused with the limit named.
 */
import { utils, write } from '@e965/xlsx';
import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { createPlan, expect, test } from './fixtures';

/** A plan with one scene (the people panel shows beside a scene). */
async function planWithScene(page: Page, planName: string) {
  await createPlan(page, planName);
  await page.getByRole('button', { name: '＋ 添加场景' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
}

function openImport(page: Page) {
  return page.getByRole('button', { name: '导入名单…' }).click();
}

const importDialog = (page: Page) => page.getByRole('dialog', { name: '导入人员名单' });

/** A plan with one scene and its import wizard open. */
async function openWizard(page: Page, planName: string) {
  await planWithScene(page, planName);
  await openImport(page);
  return importDialog(page);
}

/** About 25 MB, 100,000 rows: under every limit, and more than a second of parsing. */
function largeCsv(): Buffer {
  const lines = ['序号,姓名,单位,职务,排序,备注'];
  const note = '请安排靠近出口的座位，行动不便，需要工作人员陪同入场并提前确认电梯位置'.repeat(2);
  for (let i = 1; i < 100_000; i++) lines.push(`${i},人员${i},远航集团第${i % 40}分公司,经理,${i},"${note}"`);
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

test('a large CSV is read in the worker with a progress bar while the page still answers input', async ({ app: page }) => {
  const wizard = await openWizard(page, '大型会议');
  const csv = largeCsv();
  expect(csv.length).toBeLessThan(30 * 1024 * 1024);
  // A file on disk, as the officer picks it: the browser reads it itself (a buffer would be sent
  // through the test protocol first, for longer than the read).
  const file = test.info().outputPath('大名单.csv');
  writeFileSync(file, csv);
  await wizard.locator('input[name="import-file"]').setInputFiles(file);
  const bar = wizard.getByRole('progressbar', { name: '读取进度' });
  await expect(bar).toBeVisible();
  // The page's thread is free: typing is handled (React updates the field) while the worker
  // parses, and the bar is still there when it has been.
  const paste = wizard.locator('textarea[name="import-paste"]');
  await paste.fill('张三');
  const during = await page.evaluate(() => ({
    typed: document.querySelector<HTMLTextAreaElement>('textarea[name="import-paste"]')?.value,
    reading: document.querySelector('.import-progress') !== null,
  }));
  expect(during).toEqual({ typed: '张三', reading: true });
  // Then the mapping step, with every row read.
  await expect(wizard.locator('select[name="map-B"]')).toHaveValue('name', { timeout: 30_000 });
  await expect(wizard.getByText('大名单.csv')).toContainText('100000');
  await expect(bar).toHaveCount(0);
});

test('an .xls reads through the wizard, and a CSV past the column limit is refused naming it', async ({ app: page }) => {
  const wizard = await openWizard(page, '旧格式名单');
  const wide = `${Array.from({ length: 201 }, (_, i) => `列${i + 1}`).join(',')}\r\n王建国\r\n`;
  await wizard
    .locator('input[name="import-file"]')
    .setInputFiles({ name: '宽表.csv', mimeType: 'text/csv', buffer: Buffer.from(wide) });
  await expect(wizard.getByRole('alert')).toHaveText('无法读取“宽表.csv”：列数太多（超过 200 列的上限）');

  const book = utils.book_new();
  utils.book_append_sheet(
    book,
    utils.aoa_to_sheet([
      ['出席欢迎宴会人员名单'],
      ['序号', '姓名', '单位', '排序'],
      [1, '王建国', '市外办', 1],
      [2, '陈志远', '远航集团', 2],
    ]),
    '名单',
  );
  const xls = Buffer.from(write(book, { bookType: 'biff8', type: 'buffer' }) as Buffer);
  await wizard
    .locator('input[name="import-file"]')
    .setInputFiles({ name: '名单.xls', mimeType: 'application/vnd.ms-excel', buffer: xls });
  await expect(wizard.locator('select[name="map-B"]')).toHaveValue('name');
  await expect(wizard.locator('select[name="import-header-row"]')).toHaveValue('1');
  await wizard.getByRole('button', { name: '下一步：预览' }).click();
  await wizard.getByRole('button', { name: '确认导入（新增 2，更新 0）' }).click();
  await expect(page.locator('tr[data-person]')).toHaveCount(2);
});

test('our CSV export read into another plan with the same scene and table brings the seats back; without that scene, a note', async ({
  app: page,
}) => {
  // Plan A: two people placed at table 1.
  await planWithScene(page, '计划甲');
  await page.getByRole('button', { name: /添加圆桌/ }).click();
  await openImport(page);
  const wizard = importDialog(page);
  await wizard.locator('textarea[name="import-paste"]').fill('姓名\t身份\t排序\n王建国\t主方\t1\n陈志远\t客方\t1\n');
  await wizard.getByRole('button', { name: '读取粘贴内容' }).click();
  await wizard.getByRole('button', { name: '下一步：预览' }).click();
  await wizard.getByRole('button', { name: '确认导入（新增 2，更新 0）' }).click();
  // The import is applied a task after the wizard's work: place once the people are there.
  await expect(page.locator('tr[data-person]')).toHaveCount(2);
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  const seat = (name: string) => page.locator(`tr[data-person="${name}"] .seat-cell`);
  await expect(seat('王建国')).toHaveText(/^1 号桌 /);
  const seats = [await seat('王建国').innerText(), await seat('陈志远').innerText()];
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
  const file = test.info().outputPath('计划甲-人员名单.csv');
  await download.saveAs(file);

  // Plan B: the same scene and table, nobody yet. The export maps itself and the seats return.
  await page.getByRole('button', { name: '← 返回计划列表' }).click();
  await planWithScene(page, '计划乙');
  await page.getByRole('button', { name: /添加圆桌/ }).click();
  await openImport(page);
  const again = importDialog(page);
  await again.locator('input[name="import-file"]').setInputFiles(file);
  await expect(again.locator('select[name="map-B"]')).toHaveValue('name');
  await again.getByRole('button', { name: '下一步：预览' }).click();
  await expect(again.locator('.seat-note')).toHaveCount(0);
  await again.getByRole('button', { name: '确认导入（新增 2，更新 0）' }).click();
  await expect(page.locator('.import-notice')).toContainText('已按名单恢复 2 个座位。');
  expect([await seat('王建国').innerText(), await seat('陈志远').innerText()]).toEqual(seats);

  // Plan C: its scene has another name. The people come in; the preview says whose seats are
  // left out and why, and nobody is seated.
  await page.getByRole('button', { name: '← 返回计划列表' }).click();
  await createPlan(page, '计划丙');
  await page.getByRole('button', { name: '＋ 添加场景' }).click();
  await page.getByRole('dialog').locator('input[name="scene-name"]').fill('答谢宴');
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await openImport(page);
  const third = importDialog(page);
  await third.locator('input[name="import-file"]').setInputFiles(file);
  await third.getByRole('button', { name: '下一步：预览' }).click();
  await expect(third.locator('.seat-note')).toHaveText(['“宴请”的 2 个座位未恢复：本计划没有名为“宴请”的场景。']);
  await third.getByRole('button', { name: '确认导入（新增 2，更新 0）' }).click();
  await expect(page.locator('tr[data-person]')).toHaveCount(2);
  await expect(page.locator('.import-notice')).not.toContainText('恢复');
  await expect(seat('王建国')).toContainText('未入座');
  await expect(seat('陈志远')).toContainText('未入座');
});
