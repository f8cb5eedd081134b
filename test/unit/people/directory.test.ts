import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands/commands';
import { planSchema } from '../../../shared/model/schema';
import type { DirectoryEntry, Person, Plan } from '../../../shared/model/types';
import {
  applyOffersCommand,
  declineOffersCommand,
  directoryFieldsOf,
  directoryOffers,
  linkCommand,
  newEntries,
  notInDirectory,
  personFieldsOf,
} from '../../../shared/people/directory';
import { banquetPlan } from '../../helpers/plans';

const entry = (over: Partial<DirectoryEntry>): DirectoryEntry => ({
  id: 'directory_1',
  name: '张伟',
  organisation: '市人民政府',
  title: '市长',
  officialLevel: '正厅级',
  side: 'host',
  revision: 1,
  changed: {},
  createdAt: 1,
  updatedAt: 1,
  ...over,
});

/** A plan with 张伟 taken from the directory at revision 1, and 王芳 who is not in it. */
function linkedPlan(): Plan {
  const plan = banquetPlan([
    { name: '张伟', organisation: '市人民政府', title: '市长', officialLevel: '正厅级', side: 'host', rank: 1 },
    { name: '王芳', organisation: '来访团', title: '团长', side: 'guest', rank: 1 },
  ]);
  const [zhang] = plan.people;
  return applyCommand(plan, linkCommand([zhang!], [entry({})]));
}
const person = (plan: Plan, name: string): Person => plan.people.find((p) => p.name === name)!;

describe('directory offers', () => {
  it('offers nothing while the entry has the revision the plan took', () => {
    const plan = linkedPlan();
    expect(person(plan, '张伟')).toMatchObject({ directoryId: 'directory_1', directoryRevision: 1 });
    expect(directoryOffers(plan.people, [entry({})])).toEqual([]);
  });

  it('offers a newer revision field by field: changed, emptied and newly filled fields', () => {
    const plan = linkedPlan();
    const changed = entry({
      revision: 3,
      title: '市委书记',
      officialLevel: undefined,
      latinName: 'Zhang Wei',
      changed: { title: 2, officialLevel: 3, latinName: 3 },
    });
    expect(directoryOffers(plan.people, [changed])).toEqual([
      {
        personId: person(plan, '张伟').id,
        name: '张伟',
        revision: 3,
        changes: [
          { field: 'latinName', to: 'Zhang Wei' },
          { field: 'title', from: '市长', to: '市委书记' },
          { field: 'officialLevel', from: '正厅级' },
        ],
      },
    ]);
  });

  it('taking the offer changes exactly those fields and records the revision, as one command', () => {
    const plan = linkedPlan();
    const changed = entry({
      revision: 2,
      title: '市委书记',
      officialLevel: undefined,
      organisation: '',
      changed: { title: 2, officialLevel: 2, organisation: 2 },
    });
    const after = applyCommand(plan, applyOffersCommand(directoryOffers(plan.people, [changed])));
    expect(planSchema.safeParse(after).success).toBe(true);
    const zhang = person(after, '张伟');
    expect(zhang).toMatchObject({ title: '市委书记', organisation: '', directoryRevision: 2, side: 'host', rank: 1 });
    expect(zhang.officialLevel).toBeUndefined();
    expect(person(after, '王芳')).toEqual(person(plan, '王芳'));
    expect(directoryOffers(after.people, [changed])).toEqual([]);
  });

  it('a declined change is not offered again; the next change is', () => {
    const plan = linkedPlan();
    const changed = entry({ revision: 2, title: '市委书记', changed: { title: 2 } });
    const declined = applyCommand(plan, declineOffersCommand(directoryOffers(plan.people, [changed])));
    expect(person(declined, '张伟')).toMatchObject({ title: '市长', directoryRevision: 2 });
    expect(directoryOffers(declined.people, [changed])).toEqual([]);
    expect(directoryOffers(declined.people, [entry({ revision: 3, title: '书记', changed: { title: 3 } })])).toMatchObject([
      { changes: [{ field: 'title', from: '市长', to: '书记' }] },
    ]);
  });

  it('a newer revision that changed back to what the plan has, or a deleted entry, offers nothing', () => {
    const plan = linkedPlan();
    expect(directoryOffers(plan.people, [entry({ revision: 5, changed: { title: 5 } })])).toEqual([]);
    expect(directoryOffers(plan.people, [])).toEqual([]);
  });

  it('offers only what the directory changed, never back what the plan changed for itself', () => {
    // The plan wrote 张伟's organisation for this occasion; the directory later changed his title.
    const plan = applyCommand(linkedPlan(), { type: 'person/update', personId: 'person_2', patch: { organisation: '市政府' } });
    expect(person(plan, '张伟').id).toBe('person_2');
    expect(directoryOffers(plan.people, [entry({ revision: 2, title: '市委书记', changed: { title: 2 } })])).toEqual([
      { personId: 'person_2', name: '张伟', revision: 2, changes: [{ field: 'title', from: '市长', to: '市委书记' }] },
    ]);
    // A person whose link has no revision (written by hand) is offered every field that differs.
    const unknown = plan.people.map((p) => (p.name === '张伟' ? { ...p, directoryRevision: undefined } : p));
    expect(directoryOffers(unknown, [entry({})])[0]!.changes.map((c) => c.field)).toEqual(['organisation']);
  });
});

describe('directory fields', () => {
  it('a plan person gives the directory his offered fields and side, nothing of this plan', () => {
    const plan = linkedPlan();
    expect(directoryFieldsOf({ ...person(plan, '王芳'), latinName: ' ', notes: '素食', rank: 4 })).toEqual({
      name: '王芳',
      organisation: '来访团',
      title: '团长',
      side: 'guest',
    });
  });

  it('a picked entry gives the person its fields and the link', () => {
    expect(personFieldsOf(entry({ revision: 4 }))).toEqual({
      name: '张伟',
      organisation: '市人民政府',
      title: '市长',
      officialLevel: '正厅级',
      side: 'host',
      directoryId: 'directory_1',
      directoryRevision: 4,
    });
  });

  it('people not in the directory: no link, or a link to a deleted entry', () => {
    const plan = linkedPlan();
    expect(notInDirectory(plan.people, [entry({})]).map((p) => p.name)).toEqual(['王芳']);
    expect(notInDirectory(plan.people, []).map((p) => p.name)).toEqual(['张伟', '王芳']);
  });
});

describe('importing into the directory', () => {
  it('adds each name and organisation once: not again when the directory has it, not twice from one list', () => {
    const imported = [
      { name: '张 伟', organisation: '市人民政府', title: '市委书记', side: 'host' as const },
      { name: '李娜', organisation: '市外办', title: '主任', side: 'host' as const },
      { name: '李娜', organisation: '市外办 ', title: '主任', side: 'host' as const },
      { name: '李娜', organisation: '市商务局', title: '局长', side: 'host' as const },
    ];
    const { add, existing } = newEntries(imported, [entry({})]);
    expect(add.map((f) => `${f.name} ${f.organisation}`)).toEqual(['李娜 市外办', '李娜 市商务局']);
    expect(existing.map((f) => `${f.name} ${f.organisation}`)).toEqual(['张 伟 市人民政府', '李娜 市外办']);
  });
});
