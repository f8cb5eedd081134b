import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { createPlan, expect, newPlanImporting, openImportWizard, pasteList, saved, test } from './fixtures';

const SAMPLE = join(process.cwd(), 'resources', 'samples', 'delegation-120.xlsx');

test('import the 120-person sample, fix a mapping, confirm, auto-place, mark a guest absent, see the change list', async ({
  app: page,
  host,
}) => {
  await createPlan(page, '远航集团考察交流团', '远航集团', 'government');
  await page.getByRole('button', { name: '＋ 添加场景' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /添加圆桌/ }).click();

  // Import: the header is found under the title rows; column A (序号) is ignored by default.
  const wizard = await openImportWizard(page);
  await wizard.locator('input[name="import-file"]').setInputFiles(SAMPLE);
  await expect(wizard.locator('select[name="import-header-row"]')).toHaveValue('3');
  await expect(wizard.locator('select[name="map-B"]')).toHaveValue('name');
  await expect(wizard.locator('select[name="map-G"]')).toHaveValue('rank');
  await expect(wizard.locator('select[name="map-A"]')).toHaveValue('');
  // Fix a mapping: this office's 序号 is the overall order (rostrum, photo).
  await wizard.locator('select[name="map-A"]').selectOption('precedence');
  await wizard.getByRole('button', { name: '下一步：预览' }).click();

  // The preview: one bad rank (row and column named), one duplicate, nothing imported yet.
  await expect(wizard.locator('.import-summary')).toHaveText('新增 119 人，更新 0 人，跳过 10 行，有错误 1 行');
  await expect(wizard.locator('.import-errors')).toContainText('第 50 行，G 列“排序”：“待定”不是有效的排序（应为 1 以上的整数）');
  await expect(wizard.locator('tr[data-row="42"] .problems')).toHaveText('与第 41 行重复（姓名、单位相同）');
  expect(host.services.store.get(host.services.store.list()[0]!.id).plan.people).toHaveLength(0);
  // Take the row with the bad rank anyway: it comes in without that cell.
  await wizard.locator('select[name="action-50"]').selectOption('add');
  await wizard.getByRole('button', { name: '确认导入（新增 120，更新 0）' }).click();
  await expect(wizard).toHaveCount(0);
  await expect(page.locator('.import-notice')).toContainText('已导入：新增 120 人，更新 0 人。');
  await expect(page.locator('tr[data-person]')).toHaveCount(120);
  await expect(page.locator('.unseated-count')).toHaveText('未入座 118 人'); // two are absent

  // Auto-place, then the chief guest's deputy cannot come.
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  const seat = (name: string) => page.locator(`tr[data-person="${name}"] .seat-cell`);
  await expect(seat('石晓梅')).toHaveText(/^\d+ 号桌 /);
  const before = await seat('程涛').innerText();
  expect(before).toMatch(/号桌/);

  // Find him by pinyin initials, then mark him absent in place.
  await page.locator('input[name="people-search"]').fill('ct');
  await expect(page.locator('tr[data-person="程涛"]')).toHaveCount(1);
  await page.locator('tr[data-person="程涛"] td[data-col="attendance"]').dblclick();
  await page.locator('tr[data-person="程涛"] select.cell-editor').selectOption('absent');
  await expect(page.locator('tr[data-person="程涛"] td[data-col="attendance"]')).toHaveText('缺席');
  await page.locator('input[name="people-search"]').fill('');

  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  await expect(seat('程涛')).toHaveText('—');
  // The change list: who moved from which seat to which, whose card comes off, nothing to reprint.
  const report = page.locator('.placement-report');
  await expect(report).toBeVisible();
  await expect(report.locator('li[data-person="程涛"]')).toContainText(`${before} → 未入座`);
  expect(await report.locator('li[data-person]').count()).toBeGreaterThan(1);
  await expect(page.locator('.change-list .withdrawn')).toContainText('撤下席卡：程涛');
  // His seat lets the first unseated guest in: the only new card. Everyone who moved keeps theirs.
  const reprint = page.locator('.change-list .reprint li');
  await expect(reprint).toHaveCount(1);
  const newcomer = (await reprint.getAttribute('data-person'))!;
  await expect(seat(newcomer)).toHaveText(/号桌/);
  await expect(page.locator('.change-list .reprint li')).toContainText(await seat(newcomer).innerText());

  // A late guest at rank 3: a new card to print, only for him (and whoever else got a new seat).
  const form = page.locator('.person-form');
  await form.locator('input[name="person-name"]').fill('郑海');
  await form.locator('input[name="person-organisation"]').fill('远航集团有限公司');
  await form.locator('select[name="person-side"]').selectOption('guest');
  await form.locator('input[name="person-rank"]').fill('3');
  await form.getByRole('button', { name: '添加人员' }).click();
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  await expect(page.locator('.change-list li[data-person="郑海"]')).toContainText('郑海（');
  await expect(seat('郑海')).toHaveText(/号桌/);
  await saved(page);

  // The change log has it all, with times.
  await page.getByRole('button', { name: '变更记录' }).click();
  const log = page.getByRole('dialog', { name: '变更记录' });
  await expect(log.locator('li[data-kind="attendance"]')).toContainText('程涛 出席状态改为“缺席”');
  await expect(log.locator('li[data-kind="import"]')).toContainText('导入名单“delegation-120.xlsx”');
  await expect(log.locator('li[data-kind="reflow"]')).toHaveCount(3);
  await page.screenshot({ path: 'test-results/people-change-log.png' });
  await log.getByRole('button', { name: '关闭' }).click();

  const plan = host.services.store.get(host.services.store.list()[0]!.id).plan;
  expect(plan.people).toHaveLength(121);
  expect(plan.people.find((p) => p.name === '邱鑫')).toMatchObject({ rank: 93, precedence: 43 }); // the bad rank dropped: after the last guest
  expect(plan.changeLog!.map((e) => e.kind)).toEqual(['import', 'reflow', 'attendance', 'reflow', 'add', 'reflow']);
  await page.screenshot({ path: 'test-results/people-panel.png' });
});

test('the mapping fixed once is remembered for the next list; paste from Excel works too', async ({ app: page }) => {
  const wizard = await newPlanImporting(page, '记忆测试');
  await pasteList(wizard, '嘉宾名单\n姓名\t所在单位\t备用列\n张三\t市外办\t甲\n李四\t远航集团\t乙\n');
  await expect(wizard.locator('select[name="map-C"]')).toHaveValue('');
  await wizard.locator('select[name="map-C"]').selectOption('tags');
  await wizard.getByRole('button', { name: '下一步：预览' }).click();
  await wizard.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.locator('tr[data-person="李四"] td[data-col="tags"]')).toHaveText('乙');

  await openImportWizard(page);
  await pasteList(wizard, '姓名\t备用列\n王五\t丙\n');
  await expect(wizard.locator('select[name="map-B"]')).toHaveValue('tags');
  await wizard.getByRole('button', { name: '取消' }).click();
  await expect(page.locator('tr[data-person="王五"]')).toHaveCount(0);

  // A file that is not a list changes nothing and says why.
  await openImportWizard(page);
  await wizard
    .locator('input[name="import-file"]')
    .setInputFiles({ name: '名单.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('不是工作簿') });
  await expect(wizard.locator('[role="alert"]')).toHaveText(
    '无法读取“名单.xlsx”：这不是 Excel 或 WPS 工作簿（文件可能已损坏，或扩展名不对）',
  );
  await wizard.getByRole('button', { name: '取消' }).click();
  await expect(page.locator('tr[data-person]')).toHaveCount(2);
});

test('a list with a merged title row and a hidden old rank column maps itself and imports', async ({ app: page, host }) => {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('名单');
  sheet.getCell('A1').value = '出席欢迎宴会人员名单';
  sheet.mergeCells('A1:F1');
  sheet.addRow(['序号', '原排序', '姓名', '单位', '职务', '排序']);
  sheet.addRow([1, 9, '王建国', '市外办', '主任', 1]);
  sheet.addRow([2, 8, '陈志远', '远航集团', '董事长', 2]);
  sheet.addRow([3, 7, '吕涛', '远航集团', '总裁', 3]);
  sheet.getColumn(2).hidden = true;
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());

  const wizard = await newPlanImporting(page, '欢迎宴');
  await wizard
    .locator('input[name="import-file"]')
    .setInputFiles({ name: '宴会名单.xlsx', mimeType: 'application/octet-stream', buffer });
  // The header is row 2, under the title; 序号 and the hidden 原排序 feed nothing, the visible 排序 is the rank.
  await expect(wizard.locator('select[name="import-header-row"]')).toHaveValue('1');
  await expect(wizard.locator('select[name="map-A"]')).toHaveValue('');
  await expect(wizard.locator('select[name="map-B"]')).toHaveValue('');
  await expect(wizard.locator('tr[data-column="B"]')).toContainText('（隐藏列）');
  await expect(wizard.locator('select[name="map-C"]')).toHaveValue('name');
  await expect(wizard.locator('select[name="map-D"]')).toHaveValue('organisation');
  await expect(wizard.locator('select[name="map-E"]')).toHaveValue('title');
  await expect(wizard.locator('select[name="map-F"]')).toHaveValue('rank');
  await wizard.getByRole('button', { name: '下一步：预览' }).click();
  await expect(wizard.locator('.import-summary')).toHaveText('新增 3 人，更新 0 人，跳过 0 行，有错误 0 行');
  await wizard.getByRole('button', { name: '确认导入（新增 3，更新 0）' }).click();
  await expect(wizard).toHaveCount(0);
  await expect(page.locator('tr[data-person]')).toHaveCount(3);
  await saved(page);
  const people = host.services.store.get(host.services.store.list()[0]!.id).plan.people;
  expect(people.map((p) => [p.name, p.organisation, p.title, p.rank])).toEqual([
    ['王建国', '市外办', '主任', 1],
    ['陈志远', '远航集团', '董事长', 2],
    ['吕涛', '远航集团', '总裁', 3],
  ]);
  // The ü name is found the way officers type it.
  await page.locator('input[name="people-search"]').fill('lvtao');
  await expect(page.locator('tr[data-person]')).toHaveCount(1);
  await page.locator('input[name="people-search"]').fill('lutao');
  await expect(page.locator('tr[data-person="吕涛"]')).toHaveCount(1);
});

test('in-place editing with the keyboard, drag to reorder ranks, export', async ({ app: page }) => {
  const wizard = await newPlanImporting(page, '编辑测试');
  await pasteList(wizard, '姓名\t身份\t职务\n陈志远\t客方\t董事长\n周文华\t客方\t总经理\n孙立\t客方\t副总经理\n');
  await wizard.getByRole('button', { name: '下一步：预览' }).click();
  await wizard.getByRole('button', { name: /确认导入/ }).click();

  // Keyboard: Enter edits the focused cell, Enter commits and moves down, Esc cancels; typing a
  // letter starts editing with it.
  const cell = (name: string, col: string) => page.locator(`tr[data-person="${name}"] td[data-col="${col}"]`);
  await cell('陈志远', 'notes').click();
  await page.keyboard.press('V');
  await page.keyboard.type('IP');
  await page.keyboard.press('Tab');
  await expect(cell('陈志远', 'notes')).toHaveText('VIP');
  await expect(cell('陈志远', 'tags')).toBeFocused();
  await cell('陈志远', 'title').click();
  await page.keyboard.press('Enter');
  await page.keyboard.type('集团董事长');
  await page.keyboard.press('Enter');
  await expect(cell('陈志远', 'title')).toHaveText('集团董事长');
  await expect(cell('周文华', 'title')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('不要');
  await page.keyboard.press('Escape');
  await expect(cell('周文华', 'title')).toHaveText('总经理');

  // Typing Chinese straight onto a cell: an input method's first key arrives as 'Process' (229);
  // the editor opens at once and the composition (here driven over CDP, as an IME does) lands in it.
  const ime = await page.context().newCDPSession(page);
  await cell('孙立', 'title').click();
  await ime.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Process', code: 'KeyF', windowsVirtualKeyCode: 229 });
  await ime.send('Input.imeSetComposition', { text: 'fu', selectionStart: 2, selectionEnd: 2 });
  await ime.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Process', code: 'KeyF', windowsVirtualKeyCode: 229 });
  await ime.send('Input.insertText', { text: '副总裁' });
  await expect(page.locator('tr[data-person="孙立"] input.cell-editor')).toHaveValue('副总裁');
  await page.keyboard.press('Enter');
  await expect(cell('孙立', 'title')).toHaveText('副总裁');
  await cell('周文华', 'title').click();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(cell('周文华', 'seat')).toBeFocused();

  // Drag 孙立 above 陈志远: ranks renumber 1, 2, 3.
  await page.locator('tr[data-person="孙立"] td.handle').dragTo(page.locator('tr[data-person="陈志远"] td[data-col="name"]'), {
    targetPosition: { x: 5, y: 2 },
  });
  await expect(page.locator('tr[data-person] td[data-col="name"]')).toHaveText(['孙立', '陈志远', '周文华']);
  await expect(page.locator('tr[data-person] td[data-col="rank"]')).toHaveText(['1', '2', '3']);
  // Alt+↓ moves the focused person down one place.
  await cell('孙立', 'name').click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('tr[data-person] td[data-col="name"]')).toHaveText(['陈志远', '孙立', '周文华']);

  // Export: the CSV starts with a BOM and has the seat columns of every scene.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const file = await (await download).path();
  const bytes = (await import('node:fs')).readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('序号,姓名,单位,职务,级别,身份,排序');
  const xlsx = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  expect((await xlsx).suggestedFilename()).toBe('编辑测试-人员名单.xlsx');
});
