/**
 * A long people list (1,000 guests) is windowed: only the rows in view are in the DOM, and the
 * keyboard, in-place editing, search and scrolling still reach every row.
 */
import { applyCommand } from '../../shared/commands/commands';
import { newPerson, newPlan } from '../../shared/model/factory';
import type { Scene } from '../../shared/model/types';
import { make } from '../../shared/templates';
import { expect, test } from './fixtures';

const name = (i: number) => `客人${String(i).padStart(4, '0')}`;

test('1,000 people: a window of rows, keyboard and editing beyond it, search, scroll to the end', async ({ app: page, host }) => {
  let seq = 0;
  const makeId = (prefix: string) => `${prefix}_${(seq++).toString(36)}`;
  let plan = newPlan({ name: '千人名单', organisation: '', convention: 'commercial' }, makeId);
  const people = Array.from({ length: 1000 }, (_, i) => newPerson({ name: name(i + 1), side: 'guest', rank: i + 1 }, makeId));
  plan = applyCommand(plan, { type: 'person/add', people });
  const scene: Scene = {
    id: 'hall',
    name: '宴会厅',
    kind: 'banquet',
    options: {},
    items: [make.roundTable(makeId, { x: 0, y: 0 }, 10)],
    assignments: [],
    roles: [],
  };
  plan = applyCommand(plan, { type: 'scene/add', scene });
  const stored = host.services.store.save(plan).plan;
  await page.goto(`${host.url}#/plan/${stored.id}/hall`);
  await page.reload();

  const table = page.locator('table.people-table');
  const cell = (n: number, col: string) => page.locator(`tr[data-person="${name(n)}"] td[data-col="${col}"]`);
  await expect(cell(1, 'name')).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', '1001');
  const rendered = await page.locator('tr[data-person]').count();
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(80);
  await expect(cell(1000, 'name')).toHaveCount(0);

  // Arrow keys walk past the window: the list scrolls and focus stays on the active cell.
  await cell(1, 'name').click();
  for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowDown');
  await expect(cell(61, 'name')).toBeFocused();
  await expect(cell(61, 'name')).toBeInViewport();
  await expect(page.locator(`tr[data-person="${name(1)}"]`)).toHaveCount(0);

  // Edit in place there: Enter edits, Enter commits and moves down. Organisation is the sixth
  // column after the name (外文名, side, rank, seat, attendance, organisation).
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(cell(61, 'organisation')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('远航集团');
  await page.keyboard.press('Enter');
  await expect(cell(61, 'organisation')).toHaveText('远航集团');
  await expect(cell(62, 'organisation')).toBeFocused();
  await expect
    .poll(() => host.services.store.get(stored.id).plan.people.find((p) => p.name === name(61))?.organisation)
    .toBe('远航集团');

  // Search reaches a row far outside the window, by text and by pinyin initials.
  const search = page.locator('input[name="people-search"]');
  await search.fill('0999');
  await expect(page.locator('tr[data-person]')).toHaveCount(1);
  await expect(cell(999, 'rank')).toHaveText('999');
  await search.fill('yhjt');
  await expect(page.locator('tr[data-person]')).toHaveCount(1);
  await expect(cell(61, 'organisation')).toHaveText('远航集团');
  await search.fill('');

  // Scrolling to the end draws the last rows, with the right ranks beside them.
  await page.locator('.people-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(cell(1000, 'rank')).toHaveText('1000');
  // Drawn inside the scroll box's visible part (the box itself may sit below the page's fold).
  const inBox = await cell(1000, 'name').evaluate((td) => {
    const box = td.closest('.people-scroll')!.getBoundingClientRect();
    const r = td.getBoundingClientRect();
    return r.top >= box.top && r.bottom <= box.bottom;
  });
  expect(inBox).toBe(true);
  await expect(cell(1, 'name')).toHaveCount(0);
});
