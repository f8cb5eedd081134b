/**
 * Copy/paste through the system clipboard: items copied survive a reload and paste in another
 * window; a damaged payload is refused with a message and changes nothing.
 */
import { applyCommand } from '../../shared/commands/commands';
import { CLIPBOARD_FORMAT } from '../../renderer/src/canvas/clipboard';
import { newPlan } from '../../shared/model/factory';
import { newId } from '../../shared/model/ids';
import type { Plan } from '../../shared/model/types';
import { make } from '../../shared/templates';
import type { BrowserHost } from '../../electron/host/browser-host';
import { openPlan, stored, toScreen } from './canvas-helpers';
import { expect, saved, test } from './fixtures';

function savePlan(host: BrowserHost, name: string): Plan {
  let plan = newPlan({ name, organisation: '', convention: 'commercial' }, newId);
  plan = applyCommand(plan, {
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
  return host.services.store.save(plan).plan;
}

test('copy → reload → paste through the system clipboard; paste in a second window; a damaged payload is refused', async ({
  app: page,
  host,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(host.url).origin });
  const second = savePlan(host, '第二个计划');
  const table = make.roundTable(newId, { x: 0, y: 0 }, 12, { diameter: 2.2 });
  const first = await openPlan(page, host, [{ kind: 'banquet', items: [make.door(newId, { x: 0, y: 5 }), table] }]);
  const c = await toScreen(page, { x: 0, y: 0 });
  await page.mouse.click(c.x, c.y);
  await page.keyboard.press('Control+c');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(CLIPBOARD_FORMAT);

  // A reload forgets everything in the page: only the system clipboard still has the table.
  await page.goto(`${host.url}#/plan/${second.id}/${second.scenes[0]!.id}`);
  await page.reload();
  await page.locator(`[data-drawn="${second.scenes[0]!.id}"]`).waitFor();
  await page.keyboard.press('Control+v');
  await saved(page);
  const pasted = stored(host, second).items.filter((i) => i.kind === 'round-table');
  expect(pasted).toHaveLength(1);
  expect(pasted[0]).toMatchObject({ seats: 12, diameter: 2.2, x: 0.5, y: 0.5 });
  expect(pasted[0]!.id).not.toBe(table.id);
  await expect(page.getByRole('button', { name: /^撤销：添加/ })).toBeVisible();

  // A second window on the first plan pastes the same clipboard.
  const other = await context.newPage();
  await other.goto(`${host.url}#/plan/${first.id}/${first.scenes[0]!.id}`);
  await other.locator(`[data-drawn="${first.scenes[0]!.id}"]`).waitFor();
  await other.keyboard.press('Control+v');
  await saved(other);
  expect(stored(host, first).items.filter((i) => i.kind === 'round-table')).toHaveLength(2);
  await other.close();

  // Damaged: one table with 99 seats. Nothing is added, the message says where the problem is.
  await page.evaluate(
    ([format, item]) =>
      navigator.clipboard.writeText(JSON.stringify({ format, version: 1, items: [{ ...item, id: 'x', seats: 99 }] })),
    [CLIPBOARD_FORMAT, table] as const,
  );
  await page.keyboard.press('Control+v');
  await expect(page.getByRole('alert')).toContainText('items[1].seats');
  await page.screenshot({ path: 'test-results/canvas-clipboard-refused.png' });
  expect(stored(host, second).items.filter((i) => i.kind === 'round-table')).toHaveLength(1);
  // Someone else's text: nothing pasted either, and it says so.
  await page.evaluate(() => navigator.clipboard.writeText('王建国'));
  await page.keyboard.press('Control+v');
  await expect(page.getByRole('alert')).toHaveText('剪贴板里没有可粘贴的座次对象。');
  expect(stored(host, second).items.filter((i) => i.kind === 'round-table')).toHaveLength(1);
});
