/**
 * The entrance index (座位查询表) in the real app: in the print menu with its order and paper in
 * Chinese and in English, the preview following the order chosen, and its .xlsx saved through the
 * host with every seated guest in it.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect, openSampleBanquet, test } from './fixtures';

test('the entrance index: print menu in zh and en, order and paper, Excel from the host', async ({ app: page, host }) => {
  await openSampleBanquet(page, host);

  await page.getByRole('button', { name: /输出\/打印/ }).click();
  const preview = page.getByRole('dialog', { name: '打印预览' });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  const viewMenu = preview.locator('select[name="print-view"]');
  await expect(viewMenu.locator('option', { hasText: '座位查询表' })).toHaveCount(1);
  await viewMenu.selectOption('entrance-index');

  // Its choices: order and paper, none of the card options.
  const order = preview.locator('select[name="print-index-order"]');
  await expect(order.locator('option')).toHaveText(['按姓氏拼音', '按姓氏笔画', '按代表团']);
  await expect(preview.locator('select[name="print-paper"]')).toBeVisible();
  await expect(preview.locator('select[name="print-face"]')).toHaveCount(0);
  // By pinyin: letter headings, 欧阳振华 under O, Thomas Müller under M; two A4 pages.
  const headings = preview.locator('.index-heading');
  await expect(headings.first()).toHaveText('B');
  await expect(preview.locator('.sheet')).toHaveCount(2);
  await expect(preview.locator('.index-entry')).toHaveCount(90);
  await expect(preview.locator('.index-entry', { hasText: '欧阳振华' })).toContainText('第1桌');
  // A3 holds them on one sheet; by strokes the headings are stroke counts.
  await preview.locator('select[name="print-paper"]').selectOption('A3');
  await expect(preview.locator('.sheet')).toHaveCount(1);
  await order.selectOption('strokes');
  await expect(headings.first()).toHaveText('二画');
  await expect(headings.last()).toHaveText('其他');

  // The .xlsx is the index, every seated guest in it.
  const downloading = page.waitForEvent('download');
  await preview.getByRole('button', { name: '导出 Excel 座次表' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/座位查询表\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  expect(sheet.getRow(3).values).toEqual([undefined, '姓名', '桌号', '座位']);
  const names = new Set<string>();
  // Below the title rows: a merged heading row per group, then a row per guest.
  sheet.eachRow((row, n) => n > 3 && !row.getCell(1).isMerged && names.add(row.getCell(1).text));
  expect(names.size).toBe(90);
  expect(names).toContain('Thomas Müller');

  // In English: the same view and choices in English words.
  await preview.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: /Output \/ print/ }).click();
  const english = page.getByRole('dialog', { name: 'Print preview' });
  await expect(english).toBeVisible({ timeout: 30_000 });
  await english.locator('select[name="print-view"]').selectOption('entrance-index');
  await expect(english.locator('select[name="print-view"] option:checked')).toHaveText('Seat finder');
  await expect(english.locator('select[name="print-index-order"] option')).toHaveText([
    'By surname (pinyin)',
    'By surname strokes',
    'By delegation',
  ]);
  await expect(english.locator('.index-entry', { hasText: '欧阳振华' })).toContainText('Table 1');
});
