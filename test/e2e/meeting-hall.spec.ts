/**
 * A large meeting (RULES.md §9), as an officer runs it: the 500-seat hall from the template menu,
 * a list of units, 自动排座 fills the rostrum from the top of the list and the hall unit by unit
 * from the honour side; the arrangement and the unit order are changed in the scene options and
 * the hall follows; every seat is saved and survives a reload. The rostrum's place cards print as one set.
 */
import { parseHallLabel } from '../../shared/engine/hall-seats';
import type { MeetingHallItem } from '../../shared/model/types';
import { seatOf, toScreen } from './canvas-helpers';
import { expect, saved, test } from './fixtures';
import { addTemplateScene, delegatesPlan, openStoredPlan } from './meeting-hall-helpers';

const UNITS: [string, number][] = [
  ['市委', 20],
  ['甲单位', 8],
  ['乙单位', 6],
  ['丙单位', 6],
];

test('大会: the template hall seats the rostrum first, then the units from the audience left; options and unit order re-seat it', async ({
  app: page,
  host,
}) => {
  const plan = await openStoredPlan(page, host, delegatesPlan('全市工作会议', UNITS));
  const hallScene = await addTemplateScene(page, host, plan.id, 'meeting-hall-500');
  const sceneId = () => hallScene().id;
  const seatsNow = () => {
    const stored = host.services.store.get(plan.id).plan;
    const scene = stored.scenes.at(-1)!;
    const kindOf = (itemId: string) => scene.items.find((i) => i.id === itemId)!.kind;
    return new Map(
      scene.assignments.map((a) => [stored.people.find((p) => p.id === a.personId)!.name, `${kindOf(a.itemId)} ${a.seat}`]),
    );
  };

  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  await expect.poll(() => seatsNow().size).toBe(40);
  let seats = seatsNow();
  // The rostrum (9 + 11 seats) takes the top 20 of the list; the hall seats the units in list order.
  expect([...seats.values()].filter((s) => s.startsWith('rostrum'))).toHaveLength(20);
  expect(seats.get('市代表1')).toBe('rostrum 1:5');
  // Government: the audience's left is senior. Block 1's front row has 7 seats: 甲单位 (8) fills it
  // and its eighth member crosses the aisle; 乙单位 follows in block 2's front row.
  expect(seats.get('甲代表1')).toBe('meeting-hall 1:1:1');
  expect(seats.get('甲代表8')).toBe('meeting-hall 2:1:1');
  expect(seats.get('乙代表1')).toBe('meeting-hall 2:1:2');
  await expect(page.locator('ul.warnings')).toContainText('甲单位（8人）被分在 2 个区域');
  await page.screenshot({ path: 'test-results/meeting-hall-500.png' });

  // The rostrum card set: the rostrum's place cards alone, chosen as one "table" of the hall scene.
  await page.getByRole('button', { name: '⎙ 输出/打印' }).click();
  const preview = page.getByRole('dialog', { name: '打印预览' });
  await preview.locator('select[name="print-view"]').selectOption('place-cards');
  await preview.locator('select[name="print-range"]').selectOption('table');
  await preview.locator('select[name="print-table"]').selectOption({ label: '主席台' });
  await expect(preview.locator('.pc-card')).toHaveCount(20);
  expect(new Set(await preview.locator('.pc-name').allTextContents())).toEqual(
    new Set(Array.from({ length: 20 }, (_, i) => `市代表${i + 1}`)),
  );
  await preview.getByRole('button', { name: '关闭' }).click();

  // 竖排法: each unit a strip of columns from the front. Block 1's outermost column starts at row 4
  // (the first three rows are shorter at the side) and holds 12: enough for 甲单位 alone.
  const options = page.locator('.scene-options');
  await options.locator('select[name="option-arrangement"]').selectOption('vertical');
  await saved(page);
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  await expect.poll(() => seatsNow().get('甲代表2')).toBe('meeting-hall 1:5:1');
  seats = seatsNow();
  expect(seats.get('甲代表1')).toBe('meeting-hall 1:4:1');
  expect(seats.get('乙代表1')).toBe('meeting-hall 1:4:2');

  // The unit order, as the hall will be filled: move 丙单位 up twice and it comes before 甲单位.
  const units = page.locator('.unit-order li');
  await expect(units).toHaveText([/^市委/, /^甲单位/, /^乙单位/, /^丙单位/]);
  await page.getByRole('button', { name: '上移 丙单位' }).click();
  await page.getByRole('button', { name: '上移 丙单位' }).click();
  await expect(units).toHaveText([/^市委/, /^丙单位/, /^甲单位/, /^乙单位/]);
  await expect(options.locator('select[name="option-unitOrder"] option:checked')).toHaveText('自定顺序');
  await saved(page);
  expect(host.services.store.get(plan.id).plan.scenes.at(-1)!.options).toMatchObject({
    unitOrder: 'custom',
    unitList: ['市委', '丙单位', '甲单位', '乙单位'],
  });
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  await expect.poll(() => seatsNow().get('丙代表1')).toBe('meeting-hall 1:4:1');

  await page.reload();
  await page.locator(`[data-drawn="${sceneId()}"]`).waitFor();
  await expect(page.locator('.unit-order li')).toHaveText([/^市委/, /^丙单位/, /^甲单位/, /^乙单位/]);
  expect(seatsNow().get('丙代表1')).toBe('meeting-hall 1:4:1');
  await page.screenshot({ path: 'test-results/meeting-hall-500-vertical.png' });
});

test('大会: the officer marks a zone in the hall inspector — named, coloured, reserved — and 自动排座 leaves it empty', async ({
  app: page,
  host,
}) => {
  const plan = await openStoredPlan(page, host, delegatesPlan('全市工作会议', UNITS));
  const scene = await addTemplateScene(page, host, plan.id, 'meeting-hall-500');
  const hall = scene().items.find((i) => i.kind === 'meeting-hall')!;

  // Select the hall by a seat of its centre block, as the officer clicks it.
  const seat = await toScreen(page, seatOf(scene(), hall.id, '2:5:8'));
  await page.mouse.click(seat.x, seat.y);
  const inspector = page.locator('.inspector');
  await inspector.getByRole('button', { name: '添加功能区' }).click();
  await inspector.locator('input[name="zone-name-1"]').fill('媒体区');
  await inspector.locator('input[name="zone-name-1"]').press('Enter');
  await inspector.locator('select[name="zone-block-1"]').selectOption('2');
  await inspector.locator('select[name="zone-colour-1"]').selectOption('blue');
  await inspector.locator('input[name="zone-reserved-1"]').check();
  await saved(page);
  const zones = () => (scene().items.find((i) => i.id === hall.id) as MeetingHallItem).zones;
  await expect.poll(zones).toEqual([{ name: '媒体区', colour: 'blue', block: 2, fromRow: 1, toRow: 3, reserved: true }]);

  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  await expect.poll(() => scene().assignments.length).toBe(40);
  const hallSeats = scene()
    .assignments.filter((a) => a.itemId === hall.id)
    .map((a) => parseHallLabel(a.seat)!);
  expect(hallSeats).toHaveLength(20);
  expect(hallSeats.filter((s) => s.block === 2 && s.row <= 3)).toEqual([]);
  // Government, 横排法: the front row from the audience's left — block 1's 7 seats, then block 3's (block 2's are reserved).
  expect(hallSeats.filter((s) => s.row === 1).map((s) => s.block)).toContain(3);
  // 甲单位 (8) finds no whole block row left in the front row: the split is reported with where.
  await expect(page.locator('ul.warnings')).toContainText('甲单位（8人）被分在 2 个区域（1区第1排第1座 至 3区第1排第1座）');
  await page.screenshot({ path: 'test-results/meeting-hall-500-zone.png' });
});
