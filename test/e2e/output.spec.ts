/**
 * Output in the real app: the sample banquet imported, the print preview opened from the editor,
 * place cards and the seating chart previewed, a PDF saved through the host's Chromium, and
 * "only the cards changed since the last print".
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openSampleBanquet, test } from './fixtures';

const SHOTS = join(process.cwd(), '.tmp', 'output');

test('print preview: place cards, seating chart, PDF from the host, changed-only', async ({ app: page, host }) => {
  await openSampleBanquet(page, host);

  await page.getByRole('button', { name: /输出\/打印/ }).click();
  const preview = page.getByRole('dialog', { name: '打印预览' });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  // 90 seated people: 90 tent cards, two per A4 sheet.
  await expect(preview.locator('.pc-card')).toHaveCount(90);
  await expect(preview.locator('.sheet')).toHaveCount(45);
  await expect(preview.locator('.pc-name').first()).toHaveText('赵艳');
  await expect(preview.getByRole('status')).toContainText('90 张');
  // The bundled face is really used by the preview.
  await page.waitForFunction(() => document.fonts.check('500 10px "LXGW WenKai"', '赵艳'), null, { timeout: 30_000 });
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, 'e2e-preview-cards.png') });

  // One table only.
  await preview.locator('select[name="print-range"]').selectOption('table');
  await preview.locator('select[name="print-table"]').selectOption({ label: '第1桌' });
  await expect(preview.locator('.pc-card')).toHaveCount(14);

  // Save a PDF: the host prints the same document with Chromium.
  await preview.locator('select[name="print-range"]').selectOption('all');
  const downloading = page.waitForEvent('download');
  await preview.getByRole('button', { name: '导出 PDF' }).click();
  const pdf = join(SHOTS, 'e2e-place-cards.pdf');
  await (await downloading).saveAs(pdf);
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+45/);
  expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/LXGWWenKai.*yes\s+yes\s+yes/);
  expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('欧阳振华');

  // Saving the PDF recorded the print: nothing has changed since.
  await expect(preview.getByTestId('print-record')).toHaveText('上次打印：90 张');
  await preview.locator('select[name="print-range"]').selectOption('changed');
  await expect(preview.getByRole('status')).toContainText('没有要打印的内容');
  await expect(preview.locator('.pc-card')).toHaveCount(0);
  // A different face changes every card.
  await preview.locator('select[name="print-face"]').selectOption('hei');
  await expect(preview.locator('.pc-card')).toHaveCount(90);

  // The seating chart of the hall.
  await preview.locator('select[name="print-view"]').selectOption('seating-chart');
  const svg = preview.locator('svg.chart-svg');
  await expect(svg).toBeVisible();
  await expect(svg.locator('[data-person]')).toHaveCount(90);
  await expect(svg.locator('[data-table-number]')).toHaveCount(10);
  // On A4 the hall's names would print under 8 pt: the chart takes A3 at 1:75.
  await expect(svg).toContainText('比例 1:75');
  await expect(svg).toContainText('90 人   A3');
  await page.screenshot({ path: join(SHOTS, 'e2e-preview-chart.png') });
  const svgDownload = page.waitForEvent('download');
  await preview.getByRole('button', { name: '导出 SVG' }).click();
  const svgFile = join(SHOTS, 'e2e-chart.svg');
  await (await svgDownload).saveAs(svgFile);
  const saved = readFileSync(svgFile, 'utf8');
  // A four-character name is set on two lines inside its seat (欧阳 over 振华), one name size for the chart.
  expect(saved).toMatch(
    /^<\?xml[\s\S]*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*>欧阳<\/text><text [^>]*>振华<\/text>[\s\S]*<\/svg>\s*$/,
  );
  // The host embedded the chart's faces: subsets of Noto Sans SC, regular and bold, inside the file.
  const faces = [
    ...saved.matchAll(
      /@font-face\{font-family:'Noto Sans SC';font-style:normal;font-weight:(\d+);src:url\(data:font\/woff2;base64,/g,
    ),
  ];
  expect(new Set(faces.map((m) => m[1]))).toEqual(new Set(['400', '700']));

  // The choices and buttons follow the list of views: lists save as Excel but not as pictures,
  // the leaders' summary is about the whole plan (no scene to pick).
  await expect(preview.locator('select[name="print-scene"]')).toBeVisible();
  await preview.locator('select[name="print-view"]').selectOption('table-lists');
  await expect(preview.getByRole('button', { name: '导出 Excel 座次表' })).toBeVisible();
  await expect(preview.getByRole('button', { name: '导出 PNG' })).toHaveCount(0);
  await expect(preview.locator('select[name="print-face"]')).toHaveCount(0);
  await preview.locator('select[name="print-view"]').selectOption('summary');
  await expect(preview.locator('select[name="print-scene"]')).toHaveCount(0);
  await expect(preview.getByRole('button', { name: '导出 Excel 座次表' })).toHaveCount(0);
  await expect(preview.locator('.summary')).toContainText('欧阳振华');

  await preview.getByRole('button', { name: '关闭' }).click();
  await expect(preview).toHaveCount(0);
});
