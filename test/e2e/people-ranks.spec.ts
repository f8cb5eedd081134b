import ExcelJS from 'exceljs';
import { expect, newPlanImporting, openImportWizard, pasteList, saved, test } from './fixtures';

test('a list ranked by 级别: import under a title row, rank by the level table, see ranks and their source, confirm', async ({
  app: page,
  host,
}) => {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('名单');
  sheet.getCell('A1').value = '出席欢迎宴会人员名单';
  sheet.mergeCells('A1:F1');
  sheet.addRow(['序号', '姓名', '单位', '职务', '级别', '单位排序']);
  sheet.addRow([1, '张伟', '省商务厅', '副厅长', '副厅级', 2]);
  sheet.addRow([2, '李娜', '市外办', '主任', '正厅级', 1]);
  sheet.addRow([3, '刘洋', '市外办', '处长', '处级', 1]);
  sheet.addRow([4, '王强', '市商务局', '局长', '正厅级', 3]);
  sheet.addRow([5, '陈静', '远航集团', '经理', null, null]);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());

  const wizard = await newPlanImporting(page, '级别排序');
  await wizard
    .locator('input[name="import-file"]')
    .setInputFiles({ name: '欢迎宴名单.xlsx', mimeType: 'application/octet-stream', buffer });

  // 级别 is the official level, 单位排序 the second key; the list names no side, and the wizard says so.
  await expect(wizard.locator('select[name="import-header-row"]')).toHaveValue('1');
  await expect(wizard.locator('select[name="map-E"]')).toHaveValue('officialLevel');
  await expect(wizard.locator('select[name="map-F"]')).toHaveValue('unitOrder');
  await expect(wizard.locator('.import-no-side')).toBeVisible();
  await expect(wizard.locator('select[name="import-rank-by"]')).toHaveValue('list');

  // The office's tables open from the wizard; Escape closes only them.
  await wizard.getByRole('button', { name: '编辑顺序表…' }).click();
  const tables = page.getByRole('dialog', { name: '排序顺序表' });
  await expect(tables.locator('textarea[name="table-level"]')).toHaveValue(/^正国级 \/ 国家级正职\n副国级/);
  await tables.locator('textarea[name="table-level"]').press('Escape');
  await expect(tables).toHaveCount(0);
  await expect(wizard).toBeVisible();

  await wizard.locator('select[name="import-rank-by"]').selectOption('level');
  await wizard.getByRole('button', { name: '下一步：预览' }).click();
  await expect(wizard.locator('.import-summary')).toHaveText('新增 5 人，更新 0 人，跳过 0 行，有错误 0 行');
  const preview = wizard.locator('.preview-table tbody tr');
  await expect(preview.locator('td.rank')).toHaveText(['3', '1', '4', '2', '5']);
  await expect(preview.locator('td.rank-source')).toHaveText([
    '级别：副厅级',
    '级别：正厅级',
    '级别：处级',
    '级别：正厅级',
    '名单顺序',
  ]);

  await wizard.getByRole('button', { name: '确认导入（新增 5，更新 0）' }).click();
  await expect(wizard).toHaveCount(0);
  await expect(page.locator('tr[data-person] td[data-col="name"]')).toHaveText(['李娜', '王强', '张伟', '刘洋', '陈静']);
  await expect(page.locator('tr[data-person] td[data-col="rank"]')).toHaveText(['1', '2', '3', '4', '5']);
  await expect(page.locator('tr[data-person] td[data-col="officialLevel"]')).toHaveText([
    '正厅级',
    '正厅级',
    '副厅级',
    '处级',
    '',
  ]);
  await saved(page);
  const people = host.services.store.get(host.services.store.list()[0]!.id).plan.people;
  expect(people.map((p) => [p.name, p.side, p.rank, p.officialLevel ?? null, p.level ?? null])).toEqual([
    ['张伟', 'guest', 3, '副厅级', null],
    ['李娜', 'guest', 1, '正厅级', null],
    ['刘洋', 'guest', 4, '处级', null],
    ['王强', 'guest', 2, '正厅级', null],
    ['陈静', 'guest', 5, null, null],
  ]);
});

test("the office's title table is edited from the wizard, ranks the list at once and is kept for the next import", async ({
  app: page,
  host,
}) => {
  const wizard = await newPlanImporting(page, '职务排序');
  await pasteList(
    wizard,
    '姓名\t职务\t主/客\n王局长\t市商务局局长\t主方\n李书记\t市委书记\t主方\n赵市长\t市长\t主方\n小周\t\t客方翻译\n',
  );
  await expect(wizard.locator('.import-no-side')).toHaveCount(0);
  await wizard.locator('select[name="import-rank-by"]').selectOption('title');
  await wizard.getByRole('button', { name: '下一步：预览' }).click();
  const preview = wizard.locator('.preview-table tbody tr');
  await expect(preview.locator('td.rank')).toHaveText(['3', '1', '2', '1']);
  await expect(preview.locator('td.rank-source')).toHaveText(['职务：局长', '职务：书记', '职务：市长', '名单顺序']);

  await wizard.getByRole('button', { name: '上一步' }).click();
  await wizard.getByRole('button', { name: '编辑顺序表…' }).click();
  const tables = page.getByRole('dialog', { name: '排序顺序表' });
  await tables.locator('textarea[name="table-title"]').fill('市长\n书记 / 党组书记\n局长');
  await tables.getByRole('button', { name: '保存' }).click();
  await expect(tables).toHaveCount(0);
  await wizard.getByRole('button', { name: '下一步：预览' }).click();
  await expect(preview.locator('td.rank')).toHaveText(['3', '2', '1', '1']);
  await expect
    .poll(() => host.services.store.getSetting('people.precedenceTables'))
    .toMatchObject({
      title: [['市长'], ['书记', '党组书记'], ['局长']],
    });
  await wizard.getByRole('button', { name: '确认导入（新增 4，更新 0）' }).click();
  await expect(page.locator('tr[data-person] td[data-col="name"]')).toHaveText(['小周', '赵市长', '李书记', '王局长']);
  await expect(page.locator('tr[data-person] td[data-col="function"]')).toHaveText(['翻译', '', '', '']);

  await openImportWizard(page);
  await pasteList(wizard, '姓名\n甲\n');
  await wizard.getByRole('button', { name: '编辑顺序表…' }).click();
  await expect(tables.locator('textarea[name="table-title"]')).toHaveValue('市长\n书记 / 党组书记\n局长');
});
