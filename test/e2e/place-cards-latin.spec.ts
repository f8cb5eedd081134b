/**
 * The Latin name end to end: typed in the people table, printed under the Chinese on both faces
 * of the previewed place card; the pinyin option fills in a Chinese name without one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const SAMPLE = join(process.cwd(), 'resources', 'samples', 'banquet-90.zuoci');

test('a Latin name typed in the people table prints under the Chinese on the place card', async ({ app: page, host }) => {
  const imported = await page.request.post(`http://127.0.0.1:${host.port}/api/planFile.import`, {
    headers: { 'x-zuoci-token': host.token, 'Content-Type': 'application/json' },
    data: { fileName: 'banquet-90.zuoci', text: readFileSync(SAMPLE, 'utf8') },
  });
  expect(((await imported.json()) as { ok: boolean }).ok).toBe(true);
  await page.reload();
  await page.getByRole('button', { name: /^秋季经贸交流会欢迎宴/ }).click();
  await page.locator('.plan-title', { hasText: '秋季经贸交流会欢迎宴' }).waitFor();

  const cell = page.locator('tr[data-person="欧阳振华"] td[data-col="latinName"]');
  await cell.dblclick();
  await cell.locator('input.cell-editor').fill('Thomas Müller');
  await cell.locator('input.cell-editor').press('Enter');
  await expect(cell).toHaveText('Thomas Müller');

  await page.getByRole('button', { name: /输出\/打印/ }).click();
  const preview = page.getByRole('dialog', { name: '打印预览' });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  const card = preview.locator('.pc-card', { hasText: '欧阳振华' });
  // Both faces: the front, and the back turned upside down.
  await expect(card.locator('.pc-latin')).toHaveText(['Thomas Müller', 'Thomas Müller']);
  // Nobody else has a Latin name yet; with the pinyin option every Chinese name gets one.
  await expect(preview.locator('.pc-latin')).toHaveCount(2);
  await preview.locator('select[name="print-latin"]').selectOption('pinyin');
  await expect(preview.locator('.pc-card', { hasText: '赵艳' }).locator('.pc-latin').first()).toHaveText('ZHAO Yan');
  await expect(card.locator('.pc-latin').first()).toHaveText('Thomas Müller');
});
