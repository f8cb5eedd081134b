/**
 * The people directory through the headless editor: the renderer's real store and directory
 * actions over the real services — add from one plan, pick into another, take an update, undo,
 * and find it all after a reload.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { newPerson, newScene } from '../../../shared/model/factory';
import { newId } from '../../../shared/model/ids';
import { directoryOffers } from '../../../shared/people/directory';
import { openEditor, type Editor } from '../../harness/editor';

let editor: Editor;
beforeEach(async () => {
  editor = await openEditor();
});
afterEach(() => editor.close());

async function openNewPlan(e: Editor, name: string): Promise<void> {
  const created = await e.call('plans.create', { name, organisation: '市外办', convention: 'government' });
  await e.useApp.getState().openPlan(created.id);
  e.useApp.getState().dispatch({ type: 'scene/add', scene: newScene('banquet', '欢迎宴', newId) });
}

it('add from plan A, pick into plan B, take an edited title as one undo step, keep it after a reload', async () => {
  await openNewPlan(editor, '甲');
  const zhang = newPerson({ name: '张伟', organisation: '市人民政府', title: '市长', side: 'host', rank: 1 }, newId);
  const wang = newPerson({ name: '王芳', organisation: '来访团', title: '团长', side: 'guest', rank: 1 }, newId);
  editor.useApp.getState().dispatch({ type: 'person/add', people: [zhang, wang] });
  const [entry] = await editor.directory.addToDirectory([zhang]);
  expect(editor.plan().people.find((p) => p.id === zhang.id)).toMatchObject({ directoryId: entry!.id, directoryRevision: 1 });
  await editor.saved();

  await openNewPlan(editor, '乙');
  editor.useApp.getState().dispatch({
    type: 'person/add',
    people: [newPerson({ name: '李强', organisation: '市外办', title: '主任', side: 'host', rank: 1 }, newId)],
  });
  const [picked] = editor.directory.pickIntoPlan(await editor.call('directory.list', {}));
  // He joins at the end of his side, linked to his entry.
  expect(picked).toMatchObject({ name: '张伟', title: '市长', side: 'host', rank: 2, directoryId: entry!.id });

  await editor.call('directory.update', { id: entry!.id, fields: { ...entry!, title: '市委书记' } });
  const offers = directoryOffers(editor.plan().people, await editor.call('directory.list', {}));
  expect(offers.map((o) => o.changes)).toEqual([[{ field: 'title', from: '市长', to: '市委书记' }]]);
  editor.directory.applyOffers(offers);
  expect(editor.plan().people.find((p) => p.id === picked!.id)).toMatchObject({ title: '市委书记', directoryRevision: 2 });
  // Logged as an edit of his title, so his place card is listed to reprint.
  expect(editor.plan().changeLog?.at(-1)).toMatchObject({ kind: 'edit', names: ['张伟'], detail: 'title' });
  editor.useApp.getState().undo();
  expect(editor.plan().people.find((p) => p.id === picked!.id)).toMatchObject({ title: '市长', directoryRevision: 1 });
  editor.useApp.getState().redo();
  await editor.saved();

  const reloaded = await editor.reload();
  expect(reloaded.plan().people.find((p) => p.id === picked!.id)).toMatchObject({ title: '市委书记', directoryRevision: 2 });
  expect(directoryOffers(reloaded.plan().people, await reloaded.call('directory.list', {}))).toEqual([]);
});
