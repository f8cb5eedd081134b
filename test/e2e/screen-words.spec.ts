/**
 * Words, not codes, on screen (issue 12 part 5, RULES.md §8): every template, placed, in Chinese
 * and in English. The page's visible text and the tooltips of the seats carry no engine code,
 * option id or person id (test/helpers/engine-codes.ts); every tooltip names its seat in words;
 * the elevator's boarding and leaving order is in the editor. Screenshots of each template at
 * fit (also in English), zoomed in and zoomed out are kept in test-results/ to be looked at (the seat words drawn
 * on the canvas are checked by test/unit/canvas/seat-words.test.ts).
 */
import type { Page } from '@playwright/test';
import { seatGeometry } from '../../shared/engine';
import type { Lang } from '../../shared/i18n/translate';
import type { Scene } from '../../shared/model/types';
import { seatText } from '../../shared/output/seat-text';
import { TEMPLATES, type Template } from '../../shared/templates';
import type { BrowserHost } from '../../electron/host/browser-host';
import { engineCodesIn } from '../helpers/engine-codes';
import { NAMES, openPlan, toScreen } from './canvas-helpers';
import { expect, saved, test } from './fixtures';

const PEOPLE: [string, 'host' | 'guest' | 'staff', number][] = [...NAMES, ['李秘书', 'staff', 1], ['赵干事', 'staff', 2]];

/** The page's visible text and the texts it shows on hover or to assistive tools. */
function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[title], [aria-label], [placeholder]')].flatMap((el) =>
      ['title', 'aria-label', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.body.innerText, ...attrs].join('\n');
  });
}

/**
 * The seats whose tooltips are read: every occupied seat (its reason), and the first
 * EMPTY_SAMPLE seats of the first item of each kind (empty seats too). The other tables of a
 * hall differ only by number; a 500-seat block only by row and seat.
 */
const EMPTY_SAMPLE = 24;

function seatsToHover(scene: Scene) {
  const taken = new Set(scene.assignments.map((a) => `${a.itemId} ${a.seat}`));
  const kinds = new Set<string>();
  return scene.items.flatMap((item) => {
    const geometry = seatGeometry(item, scene);
    const whole = geometry.length > 0 && !kinds.has(item.kind);
    if (whole) kinds.add(item.kind);
    return geometry
      .filter((s, i) => (whole && i < EMPTY_SAMPLE) || taken.has(`${item.id} ${s.label}`))
      .map((seat) => ({ item, seat }));
  });
}

/** A seat this many pixels apart can be pointed at; a whole hall at fit is far smaller. */
const POINTABLE_SCALE = 30;

async function scaleOf(page: Page): Promise<number> {
  return Number(await page.getByTestId('venue-canvas').getAttribute('data-scale'));
}

/** Wheels in, pointing at `p` (world mm), until a seat there can be pointed at. */
async function zoomInAt(page: Page, p: { x: number; y: number }) {
  while ((await scaleOf(page)) < POINTABLE_SCALE) {
    const before = await scaleOf(page);
    const at = await toScreen(page, p);
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -100);
    await expect.poll(() => scaleOf(page)).toBeGreaterThan(before);
  }
}

/**
 * Hovers the seats, item by item, zooming in on an item whose seats are too small at fit and
 * back to fit after it; returns each tooltip's text once it names its seat in words.
 */
async function seatTooltips(page: Page, scene: Scene, lang: Lang): Promise<string[]> {
  const tip = page.getByRole('tooltip');
  const texts: string[] = [];
  const canvas = page.getByTestId('venue-canvas');
  const box = (await canvas.boundingBox())!;
  const byItem = new Map<string, ReturnType<typeof seatsToHover>>();
  for (const s of seatsToHover(scene)) byItem.set(s.item.id, [...(byItem.get(s.item.id) ?? []), s]);
  for (const seats of byItem.values()) {
    const zoomed = (await scaleOf(page)) < POINTABLE_SCALE;
    if (zoomed) await zoomInAt(page, seats[0]!.seat);
    for (const { item, seat } of seats) {
      const at = await toScreen(page, seat);
      // A seat outside the canvas (under the panels, or off-screen once zoomed in) is not hovered.
      if (at.x < box.x + 20 || at.y < box.y + 20 || at.x > box.x + box.width - 60 || at.y > box.y + box.height - 20) continue;
      await page.mouse.move(at.x, at.y);
      const words = seatText(lang, item, seat.label);
      await expect
        .poll(async () => ((await tip.count()) ? (await tip.innerText()).split('\n') : []), { intervals: [10, 20, 50, 100] })
        .toContain(words);
      texts.push(await tip.innerText());
    }
    if (zoomed) await page.keyboard.press('Shift+Digit1');
  }
  await page.mouse.move(1, 1);
  // Every template has seats; a scan that hovered none proves nothing.
  expect(texts.length).toBeGreaterThan(0);
  return texts;
}

/** Zooms the canvas about its centre by whole wheel steps (negative: in). */
async function zoom(page: Page, steps: number) {
  const box = (await page.getByTestId('venue-canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < Math.abs(steps); i++) await page.mouse.wheel(0, steps > 0 ? 100 : -100);
  await page.mouse.move(1, 1);
}

/** Every template as a new scene of one plan, auto-placed; `visit` runs on it in Chinese, then in English. */
async function everyTemplate(
  page: Page,
  host: BrowserHost,
  visit: (template: Template, scene: Scene, lang: Lang) => Promise<void>,
): Promise<void> {
  const plan = await openPlan(page, host, [{ kind: 'other', items: [] }], PEOPLE);
  for (const template of TEMPLATES) {
    await page.getByRole('button', { name: '从模板新建场景' }).click();
    await page.locator(`[data-template="${template.id}"]`).click();
    await saved(page);
    const sceneId = host.services.store.get(plan.id).plan.scenes.at(-1)!.id;
    await page.locator(`[data-drawn="${sceneId}"]`).waitFor();
    await page.getByRole('button', { name: '自动排座', exact: true }).click();
    await expect.poll(() => host.services.store.get(plan.id).plan.scenes.at(-1)!.assignments.length).toBeGreaterThan(0);
    const scene = host.services.store.get(plan.id).plan.scenes.at(-1)!;
    await visit(template, scene, 'zh');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await visit(template, scene, 'en');
    await page.getByRole('button', { name: '中文', exact: true }).click();
  }
}

test('every template, placed, in zh and en: the page and every seat tooltip read in words, each tooltip names its seat, the elevator order is shown', async ({
  app: page,
  host,
}) => {
  test.setTimeout(600_000);
  const problems: string[] = [];
  await everyTemplate(page, host, async (template, scene, lang) => {
    problems.push(...engineCodesIn(await pageText(page)).map((p) => `${template.id} (${lang}) page: ${p}`));
    for (const text of await seatTooltips(page, scene, lang))
      problems.push(...engineCodesIn(text).map((p) => `${template.id} (${lang}) tooltip: ${p}`));
    if (template.id === 'elevator') {
      // In the inspector, with the printed sheet's words, one row per rider.
      const orders = page.locator('.elevator-orders');
      await expect(orders).toContainText(lang === 'zh' ? '进梯顺序' : 'Boarding order');
      await expect(orders).toContainText(lang === 'zh' ? '出梯顺序' : 'Leaving order');
      await expect(orders.locator('[data-order="enter"] tbody tr')).toHaveCount(scene.assignments.length);
      await expect(orders.locator('[data-order="exit"] tbody tr')).toHaveCount(scene.assignments.length);
    }
    if (lang === 'en') await page.screenshot({ path: `test-results/words-${template.id}-fit-en.png` });
    if (lang === 'zh') {
      await page.screenshot({ path: `test-results/words-${template.id}-fit.png` });
      await zoom(page, -4);
      await page.screenshot({ path: `test-results/words-${template.id}-near.png` });
      await zoom(page, 7);
      await page.screenshot({ path: `test-results/words-${template.id}-far.png` });
    }
  });
  expect(problems).toEqual([]);
});
