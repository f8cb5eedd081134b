/**
 * A large meeting on paper (issue 16), as the officer runs it: a list of 1,200 delegates in 40
 * units read from a CSV through the import wizard, the 1,500-seat hall from the template menu,
 * 自动排座, then the seat slips of one unit — previewed, saved as PDF, marked as printed — and
 * "only the changed" offering everyone else's — and that unit's seat list (按单位座位表). The hall, a
 * slip page and the unit's list page are saved as PNG to look at.
 */
import { execFileSync } from 'node:child_process';
import { expect, newPlanImporting, saved, test } from './fixtures';
import { addTemplateScene } from './meeting-hall-helpers';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡';
const GIVEN = '建国晓梅海峰文静志远华立强雪明佳超颖博丽涛娜伟芳敏军洋勇艳杰娟秀英平刚桂兰';
const UNITS = 40;
const PER_UNIT = 30;
const unitName = (u: number) => `第${u + 1}代表团`;

/** 1,200 distinct names, unit by unit, ranked in list order: the CSV an office would send. */
function delegatesCsv(): string {
  const rows = ['姓名,单位,排序'];
  for (let i = 0; i < UNITS * PER_UNIT; i++) {
    const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${GIVEN[(i * 7) % GIVEN.length]}`;
    rows.push(`${name},${unitName(Math.floor(i / PER_UNIT))},${i + 1}`);
  }
  return `${rows.join('\r\n')}\r\n`;
}

test('大会: 1,200 delegates imported, the 1,500-seat hall placed, the seat slips of one unit printed and recorded', async ({
  app: page,
  host,
}) => {
  test.setTimeout(240_000);
  const wizard = await newPlanImporting(page, '全市代表大会');
  await wizard
    .locator('input[name="import-file"]')
    .setInputFiles({ name: '代表名单.csv', mimeType: 'text/csv', buffer: Buffer.from(delegatesCsv()) });
  await wizard.getByRole('button', { name: '下一步：预览' }).click();
  await wizard.getByRole('button', { name: '确认导入（新增 1200，更新 0）' }).click();
  // The import is applied a task after the wizard's work: its notice first, then the save.
  await expect(page.locator('.import-notice')).toContainText('已导入：新增 1200 人');
  await saved(page);
  const stored = () => host.services.store.list()[0]!;
  const plan = () => host.services.store.get(stored().id).plan;
  await expect.poll(() => plan().people.length).toBe(1200);
  expect(new Set(plan().people.map((p) => p.organisation)).size).toBe(40);

  const hallScene = await addTemplateScene(page, host, stored().id, 'meeting-hall-1500');
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  await expect.poll(() => hallScene().assignments.length, { timeout: 30_000 }).toBe(1200);
  // 1,200 place cards to print: the list is folded under its count, and opens on a click.
  const reprint = page.locator('.change-list details.reprint');
  await expect(reprint.locator('summary')).toHaveText('需重印席卡（1200 张）：');
  await expect(reprint.locator('li').first()).toBeHidden();
  await page.screenshot({ path: 'test-results/meeting-hall-1500-placed.png' });
  await reprint.locator('summary').click();
  await expect(reprint.locator('li')).toHaveCount(1200);
  await expect(reprint.locator('li').first()).toBeVisible();
  await reprint.locator('summary').click();

  // The 20th delegation sits in the hall (the rostrum's 39 seats take the top of the list).
  const unit = unitName(19);
  const members = plan().people.filter((p) => p.organisation === unit);
  const hallId = hallScene().items.find((i) => i.kind === 'meeting-hall')!.id;
  expect(hallScene().assignments.filter((a) => members.some((m) => m.id === a.personId) && a.itemId === hallId)).toHaveLength(30);

  await page.getByRole('button', { name: '⎙ 输出/打印' }).click();
  const preview = page.getByRole('dialog', { name: '打印预览' });
  await preview.locator('select[name="print-view"]').selectOption('seat-slips');
  await expect(preview.getByTestId('slips-record')).toHaveText('这个场景还没有打印过座位通知单');
  await preview.locator('select[name="slip-range"]').selectOption('unit');
  await preview.locator('select[name="slip-unit"]').selectOption(unit);
  await expect(preview.getByRole('status')).toContainText('30 张通知单');
  const slips = preview.locator('.slip');
  await expect(slips).toHaveCount(30);
  await expect(preview.locator('.slip-page')).toHaveCount(4);
  // Each slip: the meeting, the name, the unit, the seat in words and the door to use.
  const first = slips.first();
  await expect(first.locator('.slip-meeting')).toHaveText(`全市代表大会 · ${hallScene().name}`);
  await expect(first.locator('.slip-unit')).toHaveText(unit);
  await expect(first.locator('.slip-seat')).toContainText(/\d+区第\d+排第\d+座/);
  await expect(first.locator('.slip-entrance')).toContainText('后门');
  await preview.locator('.slip-page').first().screenshot({ path: 'test-results/meeting-hall-1500-slips.png' });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    preview.getByRole('button', { name: '导出 PDF' }).click(),
  ]);
  const file = test.info().outputPath('slips.pdf');
  await download.saveAs(file);
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+4\b/);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const m of members) expect(text).toContain(m.name);

  // Saving the PDF recorded what the slips said, in the plan; the rest of the hall is "changed".
  await expect(preview.getByTestId('slips-record')).toHaveText('上次打印：30 人的通知单');
  await expect.poll(() => Object.keys(hallScene().slipsPrinted?.slips ?? {}).length).toBe(30);
  await preview.locator('select[name="slip-range"]').selectOption('changed');
  await expect(preview.getByRole('status')).toContainText(`${1200 - 39 - 30} 张通知单`);

  // The per-unit seat lists of the same unit: its heading, its 30 delegates with their seats in words.
  await preview.locator('select[name="print-view"]').selectOption('unit-lists');
  await preview.locator('select[name="list-unit"]').selectOption({ label: unit });
  const heading = preview.locator('.unit-head h2');
  await expect(heading).toHaveText([`${unit}  30 人`]);
  const rows = preview.locator('.unit-list-item[data-person]');
  await expect(rows).toHaveCount(30);
  for (const m of members) await expect(rows.locator('.name', { hasText: m.name })).toHaveCount(1);
  await expect(rows.first().locator('.seat')).toHaveText(/^\d+区第\d+排第\d+座$/);
  await preview.locator('.list-page').first().screenshot({ path: 'test-results/meeting-hall-1500-unit-list.png' });
  // Every unit: the rostrum's 39 are in their units too, so all 1,200 are listed.
  await preview.locator('select[name="list-unit"]').selectOption({ label: '全部单位' });
  await expect(preview.locator('.unit-list-item[data-person]')).toHaveCount(1200);
});
