/**
 * The canvas editor, driven like an officer drives it: real mouse drags, rotations, marquees,
 * drops from the people list, seat-to-seat swaps, undo/redo, templates. Every test asserts the
 * stored document (host.services.store), not just the picture, and saves a screenshot.
 */
import { applyCommand } from '../../shared/commands/commands';
import { seatGeometry } from '../../shared/engine';
import { seatLabelText } from '../../shared/i18n/seat-labels';
import { newPlan } from '../../shared/model/factory';
import { newId } from '../../shared/model/ids';
import { TEMPLATES, make, type TemplateId } from '../../shared/templates';
import { byName, drag, openPlan, seatOf, stored, storedWhen, toScreen } from './canvas-helpers';
import { expect, saved, test } from './fixtures';

test('drag a table: one undo step labelled with the table, snapped to the grid, table numbers follow the layout', async ({
  app: page,
  host,
}) => {
  const door = make.door(newId, { x: 0, y: 6 });
  const a = make.roundTable(newId, { x: -3, y: 0 });
  const b = make.roundTable(newId, { x: 3, y: 0 });
  const plan = await openPlan(page, host, [{ kind: 'banquet', items: [door, a, b] }]);
  // Two tables side by side: the D-right one (screen-left, door at the bottom) is No. 1.
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  let scene = await storedWhen(host, plan, (s) => s.assignments.length > 0);
  expect(scene.items.find((i) => i.id === a.id)).toMatchObject({ number: 1 });

  // Drag table b 1.23 m up: deeper into the room than a, so it becomes No. 1.
  const from = await toScreen(page, { x: 3, y: 0 });
  const to = await toScreen(page, { x: 3, y: -1.23 });
  await drag(page, from, to);
  await saved(page);
  scene = stored(host, plan);
  const moved = scene.items.find((i) => i.id === b.id)!;
  expect(moved.x).toBeCloseTo(3, 5);
  expect(moved.y).toBeCloseTo(-1.2, 5);
  expect(moved).toMatchObject({ number: 1 });
  expect(scene.items.find((i) => i.id === a.id)).toMatchObject({ number: 2 });
  await expect(page.getByRole('button', { name: '撤销：移动 2 号桌' })).toBeVisible();
  await page.screenshot({ path: 'test-results/canvas-move.png' });

  // Undo puts back the position and the numbers in one step; redo again.
  await page.keyboard.press('Control+z');
  await saved(page);
  scene = stored(host, plan);
  expect(scene.items.find((i) => i.id === b.id)).toMatchObject({ x: 3, y: 0, number: 2 });
  expect(scene.items.find((i) => i.id === a.id)).toMatchObject({ number: 1 });
  await page.keyboard.press('Control+Shift+z');
  await saved(page);
  expect(stored(host, plan).items.find((i) => i.id === b.id)).toMatchObject({ y: -1.2, number: 1 });
});

test('rotate with the handle, marquee-select, align, delete and undo', async ({ app: page, host }) => {
  const door = make.door(newId, { x: 0, y: 6 });
  const t1 = make.longTable(newId, { x: -3, y: -1 });
  const t2 = make.longTable(newId, { x: 3, y: 1 });
  const stage = make.stage(newId, { x: 0, y: -6 }, 6, 2);
  const plan = await openPlan(page, host, [{ kind: 'banquet', items: [door, t1, t2, stage] }]);

  // Click the first long table, then drag its rotation handle from above the table to its right.
  await page.mouse.click(...(Object.values(await toScreen(page, { x: -3, y: -1 })) as [number, number]));
  const rotater = await page.evaluate(() => {
    const konva = (
      window as unknown as {
        Konva: { stages: { findOne(s: string): { getAbsolutePosition(): { x: number; y: number } } | undefined }[] };
      }
    ).Konva;
    return konva.stages[0]!.findOne('.rotater')!.getAbsolutePosition();
  });
  const box = (await page.getByTestId('venue-canvas').boundingBox())!;
  const centre = await toScreen(page, { x: -3, y: -1 });
  await drag(page, { x: box.x + rotater.x, y: box.y + rotater.y }, { x: centre.x + 150, y: centre.y + 2 }, 20);
  await saved(page);
  let scene = stored(host, plan);
  expect(scene.items.find((i) => i.id === t1.id)!.rotation).toBeCloseTo(90, 0);
  await expect(page.getByRole('button', { name: /^撤销：旋转/ })).toBeVisible();

  // Marquee around both long tables (not the stage), then align their tops.
  const tl = await toScreen(page, { x: -7.5, y: -4.5 });
  const br = await toScreen(page, { x: 7.5, y: 4.5 });
  await drag(page, tl, br);
  await expect(page.locator('.inspector h3')).toHaveText('2 个对象');
  await page.screenshot({ path: 'test-results/canvas-marquee.png' });
  await page.getByRole('button', { name: '顶端对齐' }).click();
  await saved(page);
  scene = stored(host, plan);
  expect(scene.items.find((i) => i.id === t2.id)!.y).toBeLessThan(1);

  await page.keyboard.press('Delete');
  await saved(page);
  scene = stored(host, plan);
  expect(scene.items.map((i) => i.kind).sort()).toEqual(['door', 'stage']);
  await page.keyboard.press('Control+z');
  await saved(page);
  expect(stored(host, plan).items).toHaveLength(4);
});

test('drop a person from the list on a seat, swap two people by dragging, lock from the seat menu, auto-place respects it', async ({
  app: page,
  host,
}) => {
  const door = make.door(newId, { x: 0, y: 4 });
  const table = make.roundTable(newId, { x: 0, y: 0 }, 8);
  const plan = await openPlan(page, host, [{ kind: 'banquet', items: [door, table] }]);
  let scene = stored(host, plan);

  // HTML5 drag from the people list row onto seat R1.
  const r1 = await toScreen(page, seatOf(scene, table.id, 'R1'));
  const box = (await page.getByTestId('venue-canvas').boundingBox())!;
  await page
    .locator('[draggable="true"]', { hasText: '孙立' })
    .first()
    .dragTo(page.getByTestId('venue-canvas'), {
      targetPosition: { x: r1.x - box.x, y: r1.y - box.y },
    });
  await saved(page);
  scene = stored(host, plan);
  expect(scene.assignments).toEqual([{ personId: byName(plan, '孙立'), itemId: table.id, seat: 'R1', locked: false }]);
  await expect(page.getByRole('button', { name: '撤销：安排 孙立 的座位' })).toBeVisible();

  // Auto-place everyone else, then drag 孙立's name onto P: the two swap.
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  scene = await storedWhen(host, plan, (s) => s.assignments.length === plan.people.length);
  const atP = scene.assignments.find((a) => a.seat === 'P')!.personId;
  const sunAt = scene.assignments.find((a) => a.personId === byName(plan, '孙立'))!.seat;
  await drag(page, await toScreen(page, seatOf(scene, table.id, sunAt)), await toScreen(page, seatOf(scene, table.id, 'P')));
  await saved(page);
  scene = stored(host, plan);
  expect(scene.assignments.find((a) => a.personId === byName(plan, '孙立'))!.seat).toBe('P');
  expect(scene.assignments.find((a) => a.personId === atP)!.seat).toBe(sunAt);

  // Lock 孙立 at P from the seat's context menu; auto-place again leaves him there and says who moved.
  const p = await toScreen(page, seatOf(scene, table.id, 'P'));
  await page.mouse.click(p.x, p.y, { button: 'right' });
  await page.getByRole('menuitem', { name: '锁定此座位' }).click();
  await saved(page);
  expect(stored(host, plan).assignments.find((a) => a.personId === byName(plan, '孙立'))).toMatchObject({
    seat: 'P',
    locked: true,
  });
  // Move 王建国 by hand first, so that auto-place has something to put right.
  const before = stored(host, plan);
  const wang = before.assignments.find((a) => a.personId === byName(plan, '王建国'))!;
  const free = seatGeometry(
    before.items.find((i) => i.id === table.id)!,
    before,
  ).find((g) => !before.assignments.some((a) => a.seat === g.label))!;
  await drag(page, await toScreen(page, seatOf(before, table.id, wang.seat)), await toScreen(page, free));
  await saved(page);
  expect(stored(host, plan).assignments.find((a) => a.personId === byName(plan, '王建国'))!.seat).toBe(free.label);
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
  scene = await storedWhen(host, plan, (s) => s.assignments.find((a) => a.personId === wang.personId)?.seat === wang.seat);
  expect(scene.assignments.find((a) => a.personId === byName(plan, '孙立'))).toMatchObject({ seat: 'P', locked: true });
  expect(scene.assignments.find((a) => a.personId === byName(plan, '王建国'))!.seat).toBe(wang.seat);
  await expect(page.locator('.placement-report')).toContainText('自动排座移动了 1 人');
  await expect(page.locator('.placement-report li[data-person="王建国"] .move')).toHaveText(
    // Seats are worded on screen (R2 → 右2) by the one translator.
    `王建国: 1 号桌 ${seatLabelText('zh', 'round-table', free.label)} → 1 号桌 ${seatLabelText('zh', 'round-table', wang.seat)}`,
  );

  // Hovering a seat shows the engine's reason.
  const r1Now = await toScreen(page, seatOf(scene, table.id, 'R1'));
  await page.mouse.move(r1Now.x, r1Now.y);
  await expect(page.getByRole('tooltip')).toContainText(seatLabelText('zh', 'round-table', 'R1'));
  await page.screenshot({ path: 'test-results/canvas-people.png' });
});

test('copy a table in one plan and paste it into another; keyboard help opens with ?', async ({ app: page, host }) => {
  let other = newPlan({ name: '第二个计划', organisation: '', convention: 'commercial' }, newId);
  other = applyCommand(other, {
    type: 'scene/add',
    scene: {
      id: newId('scene'),
      name: '宴请',
      kind: 'banquet',
      options: {},
      items: [make.door(newId, { x: 0, y: 5 })],
      assignments: [],
      roles: [],
    },
  });
  const second = host.services.store.save(other).plan;
  const table = make.roundTable(newId, { x: 0, y: 0 }, 12);
  const first = await openPlan(page, host, [{ kind: 'banquet', items: [make.door(newId, { x: 0, y: 5 }), table] }]);
  const c = await toScreen(page, { x: 0, y: 0 });
  await page.mouse.click(c.x, c.y);
  await page.keyboard.press('Control+c');
  // Switch plans inside the app (no reload), as an officer would.
  await page.getByRole('button', { name: /返回计划列表/ }).click();
  await page.locator('.plan-card', { hasText: '第二个计划' }).locator('.plan-open').click();
  await page.locator('.plan-title', { hasText: '第二个计划' }).waitFor();
  await page.locator(`[data-drawn="${second.scenes[0]!.id}"]`).waitFor();
  await page.keyboard.press('Control+v');
  await saved(page);
  const pasted = stored(host, second).items.filter((i) => i.kind === 'round-table');
  expect(pasted).toHaveLength(1);
  expect(pasted[0]).toMatchObject({ seats: 12, x: 0.5, y: 0.5 });
  expect(pasted[0]!.id).not.toBe(table.id);
  expect(stored(host, first).items).toHaveLength(2);
  await expect(page.getByRole('button', { name: /^撤销：添加/ })).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: '快捷键' })).toContainText('框选');
  await page.screenshot({ path: 'test-results/canvas-help.png' });
});

const TEMPLATE_KINDS: Record<TemplateId, string[]> = {
  'banquet-10': ['door', ...Array(10).fill('round-table')],
  'banquet-20': ['door', ...Array(20).fill('round-table')],
  'single-table': ['door', 'round-table'],
  'reception-hall': ['door', 'reception'],
  'talks-room': ['door', 'talks-table'],
  'rostrum-audience': ['door', 'stage', 'rostrum', 'seat-block', 'seat-block'],
  'meeting-hall-500': ['stage', 'rostrum', 'meeting-hall', 'door'],
  'meeting-hall-1500': ['stage', 'rostrum', 'meeting-hall', 'door'],
  'meeting-hall-3000': ['stage', 'rostrum', 'meeting-hall', 'meeting-hall', 'door'],
  'conference-room': ['door', 'conference-table'],
  'motorcade-5': Array(5).fill('car'),
  elevator: ['elevator'],
};

test('every template in one click: a new scene with its venue, auto-placed, screenshot', async ({ app: page, host }) => {
  const plan = await openPlan(page, host, [{ kind: 'other', items: [] }]);
  for (const template of TEMPLATES) {
    await page.getByRole('button', { name: /从模板新建场景/ }).click();
    await page.locator(`[data-template="${template.id}"]`).click();
    await saved(page);
    const scenes = host.services.store.get(plan.id).plan.scenes;
    const scene = scenes.at(-1)!;
    expect(scene.kind).toBe(template.sceneKind);
    expect(scene.items.map((i) => i.kind).filter((k) => k !== 'wall')).toEqual(TEMPLATE_KINDS[template.id]);
    await page.locator(`[data-drawn="${scene.id}"]`).waitFor();
    await page.getByRole('button', { name: '自动排座', exact: true }).click();
    // Saved a moment after the click (a revision is kept first): poll the host.
    await expect.poll(() => host.services.store.get(plan.id).plan.scenes.at(-1)!.assignments.length).toBeGreaterThan(0);
    const placed = host.services.store.get(plan.id).plan.scenes.at(-1)!;
    // Banquet tables are numbered by the engine's order from the start (main table No. 1).
    const main = placed.items.find((i) => i.kind === 'round-table' && i.main);
    if (main) expect(main).toMatchObject({ number: 1 });
    await page.screenshot({ path: `test-results/canvas-template-${template.id}.png` });
  }
});
