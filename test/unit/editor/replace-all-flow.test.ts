/**
 * The editor's side of one change, every scene, through the headless harness: rank typed in the
 * people table inserts (one undo step), and 全部重排 re-places two scenes as one undo step,
 * reports them, and leaves nothing affected after a reload.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeGesture } from '../../../shared/commands/describe';
import { newPerson, newScene } from '../../../shared/model/factory';
import { newId } from '../../../shared/model/ids';
import { affectedScenes } from '../../../shared/people/affected';
import { buildSceneModel } from '../../../renderer/src/canvas/scene-model';
import { openEditor, type Editor } from '../../harness/editor';

let editor: Editor;
beforeEach(async () => {
  editor = await openEditor();
});
afterEach(() => editor.close());

const GUESTS = ['陈志远', '周文华', '吴海燕', '郑国强'];

/** Two banquet scenes (a door and a 10-seat table each), four guests and a host, both placed. */
async function twoPlacedScenes(e: Editor): Promise<void> {
  const created = await e.call('plans.create', { name: '访问', organisation: '外事办', convention: 'government' });
  await e.useApp.getState().openPlan(created.id);
  const people = [
    newPerson({ name: '王建国', side: 'host', rank: 1 }, newId),
    ...GUESTS.map((name, i) => newPerson({ name, side: 'guest', rank: i + 1 }, newId)),
  ];
  const scenes = [newScene('banquet', '午宴', newId), newScene('banquet', '晚宴', newId)];
  e.useApp
    .getState()
    .dispatch([{ type: 'person/add', people }, ...scenes.map((scene) => ({ type: 'scene/add' as const, scene }))]);
  for (const scene of scenes) {
    e.useApp.getState().go({ name: 'editor', planId: created.id, sceneId: scene.id });
    await e.actions.autoPlace();
  }
}

const person = (e: Editor, name: string) => e.plan().people.find((p) => p.name === name)!;
const ranks = (e: Editor) => GUESTS.map((name) => person(e, name).rank);

describe('one change, every scene (headless editor)', () => {
  it('a rank typed for a guest inserts him there and renumbers the others; undo takes it all back', async () => {
    await twoPlacedScenes(editor);
    editor.people.insertAtRank(person(editor, '郑国强'), 2);
    expect(ranks(editor)).toEqual([1, 3, 4, 2]);
    expect(editor.plan().changeLog!.at(-1)).toMatchObject({ kind: 'rank', detail: '4→2', names: ['郑国强'] });
    // The order changed: 周文华, 吴海燕 and 郑国强 are affected in both scenes.
    expect(affectedScenes(editor.plan().scenes, editor.plan().people).map((s) => s.affected.size)).toEqual([3, 3]);
    editor.useApp.getState().undo();
    expect(ranks(editor)).toEqual([1, 2, 3, 4]);
    expect(affectedScenes(editor.plan().scenes, editor.plan().people)).toEqual([]);
  });

  it('the canvas marks the seats of affected people only, and clears them once re-placed', async () => {
    await twoPlacedScenes(editor);
    const marked = () =>
      buildSceneModel(editor.scene(), editor.plan().people, 'zh')
        .model.items.flatMap((m) => m.seats)
        .filter((s) => s.affected)
        .map((s) => s.name);
    expect(marked()).toEqual([]);
    editor.people.updatePerson(person(editor, '吴海燕'), { attendance: 'absent' });
    expect(marked()).toEqual(['吴海燕']);
    await editor.actions.replaceAffected();
    expect(marked()).toEqual([]);
  });

  it('全部重排 re-places every affected scene as one undo step and reports it; nothing stays affected after a reload', async () => {
    await twoPlacedScenes(editor);
    const absent = person(editor, '周文华');
    editor.people.updatePerson(absent, { attendance: 'absent' });
    const before = editor.plan();
    expect(affectedScenes(before.scenes, before.people).map((s) => s.scene.name)).toEqual(['午宴', '晚宴']);

    await editor.actions.replaceAffected();
    const after = editor.plan();
    expect(after.scenes.map((s) => s.assignments.some((a) => a.personId === absent.id))).toEqual([false, false]);
    const report = editor.useCanvasUi.getState().replaced!;
    expect(report.scenes.map((s) => s.sceneId)).toEqual(before.scenes.map((s) => s.id));
    expect(report.scenes.every((s) => s.changes.some((c) => c.personId === absent.id && c.kind === 'unseated'))).toBe(true);
    expect(
      editor.useApp
        .getState()
        .history!.past.at(-1)!
        .label.map((c) => c.type),
    ).toEqual(['seat/apply', 'changelog/append', 'seat/apply', 'changelog/append']);

    const { past } = editor.useApp.getState().history!;
    expect(describeGesture('zh', past.at(-1)!.label, past.at(-1)!.plan)).toBe('全部重排（2 个场景）');
    expect(describeGesture('en', past.at(-1)!.label, past.at(-1)!.plan)).toBe('Re-place all (2 scenes)');
    editor.useApp.getState().undo();
    expect(editor.plan()).toBe(before);
    editor.useApp.getState().redo();
    expect(editor.plan()).toEqual(after);

    const reloaded = await editor.reload();
    expect(reloaded.plan()).toEqual(after);
    expect(affectedScenes(reloaded.plan().scenes, reloaded.plan().people)).toEqual([]);
  });
});
