/**
 * A minibus's layout is edited in the inspector (rows × seats per row), stored in the plan, drawn
 * from the engine's seat geometry and used by 自动排座.
 */
import { seatGeometry } from '../../shared/engine';
import { newId } from '../../shared/model/ids';
import { make } from '../../shared/templates';
import { openPlan, stored, storedWhen, toScreen } from './canvas-helpers';
import { expect, saved, test } from './fixtures';

const GUESTS: [string, 'guest', number][] = ['陈志远', '周文华', '欧阳娜娜', '孙立', '吴静', '郑国强', '冯雪', '何志明'].map(
  (name, i) => [name, 'guest', i + 1],
);

test('minibus: 3 rows × 4 seats set in the inspector, 8 people auto-placed into the first two rows', async ({
  app: page,
  host,
}) => {
  // A coach stored with another layout, so both fields really change through the inspector.
  const bus = make.car(newId, { x: 0, y: 0 }, 'minibus', { rows: 6, seatsPerRow: 2 });
  const plan = await openPlan(page, host, [{ kind: 'car', items: [bus] }], GUESTS);

  const at = await toScreen(page, { x: 0, y: 0 });
  await page.mouse.click(at.x, at.y);
  const rows = page.locator('.inspector input[name="bus-rows"]');
  const perRow = page.locator('.inspector input[name="bus-seats-per-row"]');
  await expect(rows).toHaveValue('6');
  await expect(perRow).toHaveValue('2');
  await rows.fill('3');
  await perRow.fill('4');
  await perRow.blur();
  await saved(page);
  let scene = stored(host, plan);
  const item = scene.items.find((i) => i.id === bus.id)!;
  expect(item).toMatchObject({ model: 'minibus', rows: 3, seatsPerRow: 4 });
  expect(seatGeometry(item, scene)).toHaveLength(2 + 3 * 4);

  // Other models have no such fields.
  await page.locator('.inspector select[name="car-model"]').selectOption('sedan');
  await expect(rows).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(rows).toHaveValue('3');

  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  scene = await storedWhen(host, plan, (s) => s.assignments.length === GUESTS.length);
  const seatOf = (name: string) => {
    const id = plan.people.find((p) => p.name === name)!.id;
    return scene.assignments.find((a) => a.personId === id)?.seat;
  };
  // Front row first, each row from the door (right) side: 1:4 is the top seat.
  expect(GUESTS.map(([name]) => seatOf(name))).toEqual(['1:4', '1:3', '1:2', '1:1', '2:4', '2:3', '2:2', '2:1']);
  expect(scene.assignments.every((a) => a.itemId === bus.id)).toBe(true);
  await page.screenshot({ path: 'test-results/canvas-minibus.png' });
});
