/**
 * The Latin name end to end: typed in the people table, printed under the Chinese on both faces
 * of the previewed place card; the pinyin option fills in a Chinese name without one.
 */
import { expect, openSampleBanquet, test } from './fixtures';

test('a Latin name typed in the people table prints under the Chinese on the place card', async ({ app: page, host }) => {
  await openSampleBanquet(page, host);

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
