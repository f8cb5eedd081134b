/**
 * The document's invariants in the real app: car numbers derived by the command applier and shown
 * on the canvas and the car sheet, field limits refused where they are typed, and a failed save
 * shown, kept, exportable and retried until it lands.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { translate } from '../../shared/i18n/translate';
import { car as carSpec } from '../../shared/kinds/car';
import { newId } from '../../shared/model/ids';
import { PERSON_LIMITS, SCENE_LIMITS } from '../../shared/model/limits';
import type { Plan } from '../../shared/model/types';
import { make } from '../../shared/templates';
import { openPlan, stored, toScreen } from './canvas-helpers';
import { expect, test } from './fixtures';

type DrawnWindow = { drawnTexts: Set<string> };

/**
 * Records every text the page draws on a canvas: Konva draws captions with the 2D context's
 * fillText inside one hall shape, so there is no node or DOM text to read. Call before openPlan.
 */
async function recordCanvasText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const drawn = new Set<string>();
    (window as unknown as DrawnWindow).drawnTexts = drawn;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
      drawn.add(text);
      return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
    };
  });
}

const canvasTexts = (page: Page): Promise<string[]> => page.evaluate(() => [...(window as unknown as DrawnWindow).drawnTexts]);

async function addSedan(page: Page) {
  await page.getByRole('button', { name: `＋ ${translate('zh', 'palette.add')} ▾` }).click();
  await page.locator('[data-entry="car-sedan"]').click();
}

const carOne = translate('zh', 'canvas.carNumber', { n: 1 });

test('a car added from the palette is 1号车 on the canvas and on the car sheet', async ({ app: page, host }) => {
  await recordCanvasText(page);
  const plan = await openPlan(page, host, [{ kind: 'car', items: [] }]);
  expect(await canvasTexts(page)).not.toContain(carOne);
  await addSedan(page);
  await expect.poll(() => canvasTexts(page)).toContain(carOne);
  await expect
    .poll(() => host.services.store.get(plan.id).plan.scenes[0]!.items.map((i) => ('number' in i ? i.number : undefined)))
    .toEqual([1]);

  // The car sheet lists the cars someone rides in: seat the people first.
  await page.getByRole('button', { name: translate('zh', 'editor.autoPlace'), exact: true }).click();
  await expect.poll(() => host.services.store.get(plan.id).plan.scenes[0]!.assignments.length).toBeGreaterThan(0);
  await page.getByRole('button', { name: translate('zh', 'print.open') }).click();
  const preview = page.getByRole('dialog', { name: translate('zh', 'print.preview') });
  await preview.locator('select[name="print-view"]').selectOption('cars');
  await expect(preview).toContainText('1号车');
});

test('a name past its limit is refused where it is typed: the people table, the add form, a scene rename', async ({
  app: page,
  host,
}) => {
  const plan = await openPlan(page, host, [{ kind: 'car', items: [] }]);
  const tooLong = '长'.repeat(250);
  const message = `姓名最多 ${PERSON_LIMITS.name} 个字符`;

  const cell = page.locator('tr[data-person="陈志远"] td[data-col="name"]');
  await cell.dblclick();
  const editor = cell.locator('input.cell-editor');
  await editor.fill(tooLong);
  await expect(cell.getByRole('alert')).toHaveText(message);
  await editor.press('Enter');
  // Refused: the editor stays open with the message until the text is shortened or dropped.
  await expect(editor).toBeVisible();
  await editor.press('Escape');
  await expect(cell).toHaveText('陈志远');

  const form = page.locator('.person-form');
  await form.locator('input[name="person-name"]').fill(tooLong);
  await expect(form.getByRole('alert')).toHaveText(message);
  await expect(form.getByRole('button', { name: '添加人员' })).toBeDisabled();
  await form.locator('input[name="person-name"]').fill('郑海');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await form.getByRole('button', { name: '添加人员' }).click();
  await page.locator('tr[data-person="郑海"]').waitFor();

  // A scene name likewise: the rename dialog names the limit and will not take the text.
  await page.getByRole('button', { name: translate('zh', 'scene.rename') }).click();
  const dialog = page.getByRole('dialog', { name: translate('zh', 'scene.rename') });
  await dialog.locator('input').fill('场'.repeat(SCENE_LIMITS.name + 1));
  await expect(dialog.getByRole('alert')).toHaveText(`场景名称最多 ${SCENE_LIMITS.name} 个字符`);
  await expect(dialog.getByRole('button', { name: translate('zh', 'common.ok') })).toBeDisabled();
  await dialog.getByRole('button', { name: translate('zh', 'common.cancel') }).click();

  const stored = host.services.store.get(plan.id).plan;
  expect(stored.people.every((p) => p.name.length <= PERSON_LIMITS.name)).toBe(true);
  expect(stored.scenes[0]!.name).toBe('场景1');
});

test("an inspector text field refuses text past the kind's limit, and takes it at the limit", async ({ app: page, host }) => {
  const sedan = make.car(newId, { x: 0, y: 0 });
  const plan = await openPlan(page, host, [{ kind: 'car', items: [sedan] }]);
  const at = await toScreen(page, { x: 0, y: 0 });
  await page.mouse.click(at.x, at.y);
  const max = carSpec.textLimits.plate;
  const field = page.locator('.inspector label.field').filter({ has: page.locator('input[name="plate"]') });
  const plate = field.locator('input');

  await plate.fill('京'.repeat(max + 1));
  await expect(field.getByRole('alert')).toHaveText(
    translate('zh', 'limits.tooLong', { field: translate('zh', 'inspector.plate'), max }),
  );
  await plate.blur();
  await expect(plate).toHaveValue('');
  expect(stored(host, plan).items[0]).not.toHaveProperty('plate');

  // At the limit it is the schema's, so the document takes it.
  await plate.fill('京'.repeat(max));
  await expect(field.getByRole('alert')).toHaveCount(0);
  await plate.blur();
  await expect.poll(() => stored(host, plan).items[0]).toMatchObject({ plate: '京'.repeat(max) });
});

test('a refused save is shown, kept, exportable, retried and recovers', async ({ app: page, host }, info) => {
  const plan = await openPlan(page, host, [{ kind: 'car', items: [] }]);
  const refuse = { ok: false, error: { code: 'storage', message: 'SQLITE_FULL: database or disk is full' } };
  await page.route('**/api/plans.save', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(refuse) }),
  );
  await addSedan(page);
  const banner = page.locator('.save-failed');
  await expect(banner).toContainText(translate('zh', 'save.failedBanner'));
  await expect(page.locator('.save-state')).toHaveText(translate('zh', 'save.failed'));
  expect(host.services.store.get(plan.id).plan.scenes[0]!.items).toHaveLength(0);

  // The export holds the newest document, though the database does not have it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: translate('zh', 'safety.export') }).click(),
  ]);
  const file = info.outputPath('plan.zuoci');
  await download.saveAs(file);
  const newest = (JSON.parse(readFileSync(file, 'utf8')) as { plan: Plan }).plan;
  expect(newest.scenes[0]!.items).toMatchObject([{ kind: 'car', number: 1 }]);

  // Let saves through: the next retry lands it and the banner goes.
  await page.unroute('**/api/plans.save');
  await expect(page.locator('.save-state.saved')).toBeVisible({ timeout: 20_000 });
  await expect(banner).toHaveCount(0);
  expect(host.services.store.get(plan.id).plan).toEqual(newest);
});
