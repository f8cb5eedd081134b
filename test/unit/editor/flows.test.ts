/**
 * Editor flows through the headless harness (test/harness): the renderer's real store and
 * actions over the real services, as the officer would go — create a plan, add tables and
 * people, 自动排座, undo and redo, and find it all again after a reload.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newPerson, newScene } from '../../../shared/model/factory';
import { newId } from '../../../shared/model/ids';
import type { Side } from '../../../shared/model/types';
import { logEntry } from '../../../shared/people';
import { paletteItem } from '../../../shared/templates';
import { viewport } from '../../../renderer/src/canvas/canvas-ui';
import { openEditor, type Editor } from '../../harness/editor';

let editor: Editor;
beforeEach(async () => {
  editor = await openEditor();
});
afterEach(() => editor.close());

/** A new plan from the library, opened on a banquet scene (a door and one round table). */
async function banquet(e: Editor): Promise<void> {
  const created = await e.call('plans.create', { name: '欢迎晚宴', organisation: '外事办', convention: 'government' });
  await e.useApp.getState().openPlan(created.id);
  const scene = newScene('banquet', '欢迎宴', newId);
  e.useApp.getState().dispatch({ type: 'scene/add', scene });
  e.useApp.getState().go({ name: 'editor', planId: created.id, sceneId: scene.id });
}

/** As the palette's "add round table" does: in the middle of the view, clear of what is there. */
function addRoundTable(e: Editor): void {
  e.actions.addItems([e.actions.freeSpot(paletteItem('round-table', newId, { x: 0, y: 0 }, ''), viewport.centre)]);
}

/** As the people panel's add form does: one person, logged, one undo step. */
function addPerson(e: Editor, name: string, side: Side, rank: number): void {
  const person = newPerson({ name, side, rank }, newId);
  e.people.dispatchLogged([{ type: 'person/add', people: [person] }], logEntry(Date.now(), 'add', [person]));
}

const GUESTS = ['陈志远', '周文华', '吴海燕', '郑国强', '孙丽娟', '马建平'];
const HOSTS = ['王建国', '李明', '张伟', '刘洋'];

async function seatedBanquet(e: Editor): Promise<void> {
  await banquet(e);
  addRoundTable(e);
  addRoundTable(e);
  GUESTS.forEach((name, i) => addPerson(e, name, 'guest', i + 1));
  HOSTS.forEach((name, i) => addPerson(e, name, 'host', i + 1));
  await e.actions.autoPlace();
}

const tables = (e: Editor) => e.scene().items.filter((i) => i.kind === 'round-table');

describe('editor flows (headless harness)', () => {
  it('adds two tables and people, places them, undoes and redoes, and finds it all after a reload', async () => {
    await seatedBanquet(editor);
    expect(tables(editor)).toHaveLength(3);
    // Table numbers follow the engine's table order, one number per table.
    expect(
      tables(editor)
        .map((t) => (t as { number?: number }).number)
        .sort(),
    ).toEqual([1, 2, 3]);
    expect(editor.plan().people).toHaveLength(10);
    const placed = editor.scene().assignments;
    expect(placed).toHaveLength(10);
    // The chief guest and the chief host share table 1.
    const chiefHost = editor.plan().people.find((p) => p.name === '王建国')!;
    const chiefGuest = editor.plan().people.find((p) => p.name === '陈志远')!;
    const tableOf = (id: string) => placed.find((a) => a.personId === id)?.itemId;
    expect(tableOf(chiefGuest.id)).toBe(tableOf(chiefHost.id));
    expect(editor.useCanvasUi.getState().placement?.moved).toHaveLength(10);

    // 自动排座 was one gesture: one undo empties the seats, one redo brings them back.
    editor.useApp.getState().undo();
    expect(editor.scene().assignments).toEqual([]);
    expect(editor.plan().people).toHaveLength(10);
    editor.useApp.getState().redo();
    expect(editor.scene().assignments).toEqual(placed);

    await editor.saved();
    const shown = editor.plan();
    const reloaded = await editor.reload();
    expect(reloaded.plan()).toEqual(shown);
    expect(reloaded.scene().id).toBe(editor.scene().id);
    expect(reloaded.window.url.hash).toBe(`#/plan/${shown.id}/${editor.scene().id}`);
    // A reload starts a new history: nothing to undo, and the store holds what the editor showed.
    expect(reloaded.useApp.getState().history?.past).toEqual([]);
    expect(editor.host.services.store.get(shown.id).plan).toEqual(shown);
  });

  it('keeps the plan as it was in a revision before 自动排座, so it can be taken back later', async () => {
    await seatedBanquet(editor);
    const revisions = await editor.call('revisions.list', { planId: editor.plan().id });
    expect(revisions.map((r) => r.reason)).toContain('before-auto-place');
  });

  it('never moves a locked seat when placing again', async () => {
    await seatedBanquet(editor);
    const guest = editor.plan().people.find((p) => p.name === '马建平')!;
    const table = tables(editor)[2]!;
    editor.actions.assignSeat(guest.id, table.id, 'P');
    editor.actions.setLocked([guest.id], true);
    await editor.actions.autoPlace();
    expect(editor.scene().assignments.find((a) => a.personId === guest.id)).toMatchObject({
      itemId: table.id,
      seat: 'P',
      locked: true,
    });
  });

  it('each gesture is one undo step, and undo of a table added from the palette removes it with its number', async () => {
    await banquet(editor);
    const before = editor.scene();
    addRoundTable(editor);
    expect(editor.scene().items).toHaveLength(before.items.length + 1);
    // The new table is selected, as after a palette click.
    expect(editor.useApp.getState().selection).toEqual([editor.scene().items.at(-1)!.id]);
    editor.useApp.getState().undo();
    expect(editor.scene()).toEqual(before);
  });

  it('restores the chosen language after a reload', async () => {
    editor.useApp.getState().setLang('en');
    await editor.host.idle();
    expect(editor.host.calls).toContain('settings.set');
    const reloaded = await editor.reload();
    expect(reloaded.useApp.getState().lang).toBe('en');
    expect(reloaded.useApp.getState().route).toEqual({ name: 'library' });
  });
});
