/**
 * The rule options of RULES.md, chosen per scene in the inspector: each decides seats the way
 * the rule book says, is one undo step, and only the options that matter for the scene appear.
 */
import type { Page } from '@playwright/test';
import { newId } from '../../shared/model/ids';
import { findTemplate } from '../../shared/templates';
import { openPlan, stored } from './canvas-helpers';
import { expect, test } from './fixtures';

const seatsOf = (
  scene: { assignments: { personId: string; seat: string }[] },
  plan: { people: { id: string; name: string }[] },
) => Object.fromEntries(scene.assignments.map((a) => [plan.people.find((p) => p.id === a.personId)!.name, a.seat]));

const autoPlace = async (page: Page) => {
  await page.getByRole('button', { name: '自动排座', exact: true }).click();
};

test('会见: the handbook sentence has two readings; the officer sees which is active and can switch', async ({
  app: page,
  host,
}) => {
  const plan = await openPlan(
    page,
    host,
    [{ kind: 'reception', items: findTemplate('reception-hall').build(newId) }],
    [
      ['王主任', 'host', 1],
      ['李处长', 'host', 2],
      ['陈董事长', 'guest', 1],
      ['周总经理', 'guest', 2],
    ],
  );
  const options = page.locator('.scene-options');
  await expect(options.locator('select[name="option-handbookMeeting"] option:checked')).toHaveText('主位＝主人座位（默认）');
  // Only what decides a seat here: no car or banquet options in a meeting room.
  await expect(options.locator('select[name="option-topSeat"]')).toHaveCount(0);
  await expect(options.locator('select[name="option-evenRow"]')).toHaveCount(0);

  await autoPlace(page);
  const people = host.services.store.get(plan.id).plan;
  // 自动排座 saves a moment after the click (it keeps a revision first): poll the host.
  await expect.poll(() => seatsOf(stored(host, plan), people)).toMatchObject({ 王主任: 'E-right', 陈董事长: 'E-left' });

  await options.locator('select[name="option-handbookMeeting"]').selectOption('honourSeat');
  await expect(page.getByRole('button', { name: '撤销：修改场景设置' })).toBeVisible();
  await autoPlace(page);
  await expect.poll(() => seatsOf(stored(host, plan), people)).toMatchObject({ 王主任: 'E-left', 陈董事长: 'E-right' });
  expect(stored(host, plan).options.handbookMeeting).toBe('honourSeat');
  await page.screenshot({ path: 'test-results/scene-options-reception.png' });
});

test('cars: the security variant seats the chief guest behind the driver; right-hand drive mirrors', async ({
  app: page,
  host,
}) => {
  const plan = await openPlan(
    page,
    host,
    [{ kind: 'car', items: findTemplate('motorcade-5').build(newId).slice(0, 1) }],
    [
      ['陈董事长', 'guest', 1],
      ['周总经理', 'guest', 2],
    ],
  );
  const options = page.locator('.scene-options');
  await expect(options.locator('select[name="option-leadCar"]')).toHaveCount(0); // one car: no motorcade options
  // Each step's expected seats differ from the step before, so a poll cannot pass on a stale save.
  await options.locator('select[name="option-topSeat"]').selectOption('behindDriver');
  await autoPlace(page);
  const people = host.services.store.get(plan.id).plan;
  await expect.poll(() => seatsOf(stored(host, plan), people)).toEqual({ 陈董事长: 'RL', 周总经理: 'RR' });
  await options.locator('select[name="option-topSeat"]').selectOption('kerb');
  await autoPlace(page);
  await expect.poll(() => seatsOf(stored(host, plan), people)).toEqual({ 陈董事长: 'RR', 周总经理: 'RL' });
  await options.locator('select[name="option-drive"]').selectOption('right');
  await autoPlace(page);
  await expect.poll(() => seatsOf(stored(host, plan), people)).toEqual({ 陈董事长: 'RL', 周总经理: 'RR' });
});

test('cars: the senior host rides beside the chief guest or in front; in a motorcade with the chief guest or in every car', async ({
  app: page,
  host,
}) => {
  const plan = await openPlan(
    page,
    host,
    [{ kind: 'car', items: findTemplate('motorcade-5').build(newId).slice(0, 3) }],
    [
      ['陈董事长', 'guest', 1],
      ['周总经理', 'guest', 2],
      ['吴总监', 'guest', 3],
      ['郑经理', 'guest', 4],
      ['王主任', 'host', 1],
      ['李处长', 'host', 2],
    ],
  );
  const options = page.locator('.scene-options');
  const carsAndSeats = () => {
    const scene = stored(host, plan);
    const cars = scene.items.map((i) => i.id);
    const people = host.services.store.get(plan.id).plan.people;
    return Object.fromEntries(
      scene.assignments.map((a) => [people.find((p) => p.id === a.personId)!.name, `${cars.indexOf(a.itemId) + 1}:${a.seat}`]),
    );
  };
  await expect(options.locator('select[name="option-companionSeat"] option:checked')).toHaveText(
    '车内第二位（轿车为主宾身旁）（默认）',
  );
  await expect(options.locator('select[name="option-companions"] option:checked')).toHaveText('只陪主宾车（默认）');
  // RULES §5: car 1 carries the chief guest and the senior host beside him; the other guests follow, then the hosts.
  await autoPlace(page);
  await expect.poll(carsAndSeats).toEqual({
    陈董事长: '1:RR',
    王主任: '1:RL',
    周总经理: '2:RR',
    吴总监: '2:RL',
    郑经理: '2:FP',
    李处长: '3:RR',
  });
  await options.locator('select[name="option-companions"]').selectOption('each');
  await expect(page.getByRole('button', { name: '撤销：修改场景设置' })).toBeVisible();
  await autoPlace(page);
  await expect.poll(carsAndSeats).toEqual({
    陈董事长: '1:RR',
    王主任: '1:RL',
    周总经理: '2:RR',
    李处长: '2:RL',
    吴总监: '2:FP',
    郑经理: '3:RR',
  });
  await options.locator('select[name="option-companionSeat"]').selectOption('front');
  await autoPlace(page);
  await expect.poll(carsAndSeats).toEqual({
    陈董事长: '1:RR',
    王主任: '1:FP',
    周总经理: '2:RR',
    李处长: '2:FP',
    吴总监: '2:RL',
    郑经理: '3:RR',
  });
  expect(stored(host, plan).options).toMatchObject({ companions: 'each', companionSeat: 'front' });
});

test('western seating: couples linked in the options, host and hostess opposite, couples cross-seated', async ({
  app: page,
  host,
}) => {
  const plan = await openPlan(
    page,
    host,
    [{ kind: 'banquet', items: findTemplate('single-table').build(newId) }],
    [
      ['Mr Smith', 'host', 1],
      ['Mrs Smith', 'host', 2],
      ['Mr Brown', 'guest', 1],
      ['Mrs Brown', 'guest', 2],
      ['Mr Green', 'guest', 3],
      ['Mrs Green', 'guest', 4],
    ],
  );
  // Gender comes from the people list; set it in the stored plan and reopen.
  const before = host.services.store.get(plan.id).plan;
  host.services.store.save({
    ...before,
    people: before.people.map((p) => ({ ...p, gender: p.name.startsWith('Mr ') ? ('male' as const) : ('female' as const) })),
  });
  await page.reload();
  const options = page.locator('.scene-options');
  await options.locator('select[name="option-western"]').selectOption('true');
  const link = async (a: string, b: string) => {
    await options.locator('select[name="couple-first"]').selectOption({ label: a });
    await options.locator('select[name="couple-second"]').selectOption({ label: b });
    await options.getByRole('button', { name: '结为夫妇' }).click();
  };
  await link('Mr Smith', 'Mrs Smith');
  await link('Mr Brown', 'Mrs Brown');
  await link('Mr Green', 'Mrs Green');
  await expect(options.locator('[data-couple]')).toHaveCount(3);
  await autoPlace(page);
  await expect.poll(() => stored(host, plan).assignments.length).toBe(6);
  const after = host.services.store.get(plan.id).plan;
  const byName = (n: string) => after.people.find((p) => p.name === n)!;
  expect(byName('Mr Smith').partnerId).toBe(byName('Mrs Smith').id);
  // RULES.md §1: the top man on the hostess's right (she faces P, so her right is L4 of 10),
  // his wife on the host's right (R1); the second man on the hostess's left (R4), his wife on L1.
  expect(seatsOf(stored(host, plan), after)).toEqual({
    'Mr Smith': 'P',
    'Mrs Smith': 'O',
    'Mr Brown': 'L4',
    'Mrs Brown': 'R1',
    'Mr Green': 'R4',
    'Mrs Green': 'L1',
  });
});
