/** The kind registry (shared/kinds): every kind's parts agree with each other and with the model. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KIND_LIST, KINDS, createItem, findKind, kindOf, optionsThatApply } from '../../../shared/kinds';
import { isBanquetTable } from '../../../shared/kinds/banquet-table';
import { isDoor } from '../../../shared/kinds/door';
import { isStage } from '../../../shared/kinds/stage';
import { itemSchema } from '../../../shared/model/schema';
import type { ItemKind } from '../../../shared/model/types';

let n = 0;
const makeId = (prefix: string) => `${prefix}_${++n}`;
const itemOf = (kind: ItemKind) => createItem(kind, makeId, { x: 1, y: 2 });
const isText = (field: z.ZodType): boolean =>
  field instanceof z.ZodString || (field instanceof z.ZodOptional && isText(field.unwrap() as z.ZodType));

describe('kind registry', () => {
  it('each kind is registered under its own name, and a new item of it is a valid document item', () => {
    for (const spec of KIND_LIST) {
      const item = itemOf(spec.kind);
      expect([spec.kind, item.kind, itemSchema.safeParse(item).success]).toEqual([spec.kind, spec.kind, true]);
      expect(kindOf(item)).toBe(spec);
    }
    expect(Object.keys(KINDS)).toHaveLength(KIND_LIST.length);
  });

  it('the guards the geometry below the registry uses agree with the kinds’ own flags', () => {
    for (const spec of KIND_LIST) {
      const item = itemOf(spec.kind);
      expect([spec.kind, isBanquetTable(item)]).toEqual([spec.kind, spec.numberedTable]);
      expect([spec.kind, isDoor(item) || isStage(item)]).toEqual([spec.kind, spec.kind === 'door' || spec.kind === 'stage']);
      // The hall fill seats a numbered table through its scheme and placer.
      expect([spec.kind, spec.numberedTable && (!spec.tableScheme || !spec.place)]).toEqual([spec.kind, false]);
      // Only kinds that seat people belong to a group of the engine.
      expect([spec.kind, spec.group !== undefined]).toEqual([spec.kind, spec.seatsPeople]);
    }
  });

  it('a kind read from stored data is looked up safely', () => {
    expect(findKind('car')).toBe(KINDS.car);
    expect(findKind('constructor')).toBeUndefined();
    expect(findKind('sofa')).toBeUndefined();
    expect(findKind(undefined)).toBeUndefined();
  });

  it('each kind’s schema enforces exactly the limits it publishes', () => {
    let checked = 0;
    for (const spec of KIND_LIST) {
      const item = itemOf(spec.kind) as unknown as Record<string, unknown>;
      for (const [field, limit] of Object.entries(spec.limits)) {
        // A list of counts (rostrum rows) limits each entry.
        const set = (v: number) => ({ ...item, [field]: Array.isArray(item[field]) ? [v] : v });
        const valid = (v: number) => itemSchema.safeParse(set(v)).success;
        const step = limit!.integer ? 1 : 0.01;
        expect([
          spec.kind,
          field,
          valid(limit!.min),
          valid(limit!.max),
          valid(limit!.min - step),
          valid(limit!.max + step),
        ]).toEqual([spec.kind, field, true, true, false, false]);
        if (limit!.integer) expect([spec.kind, field, valid(limit!.min + 0.5)]).toEqual([spec.kind, field, false]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('each kind publishes the limit of every text field, and its schema enforces exactly that limit', () => {
    let checked = 0;
    for (const spec of KIND_LIST) {
      const item = itemOf(spec.kind) as unknown as Record<string, unknown>;
      const shape = (spec.schema as z.ZodObject).shape;
      const textFields = Object.keys(shape).filter((field) => field !== 'id' && isText(shape[field]!));
      const limits = Object.entries(spec.textLimits ?? {}) as [string, number][];
      expect([spec.kind, limits.map(([field]) => field).sort()]).toEqual([spec.kind, textFields.sort()]);
      for (const [field, max] of limits) {
        const valid = (length: number) => itemSchema.safeParse({ ...item, [field]: '长'.repeat(length) }).success;
        expect([spec.kind, field, valid(max), valid(max + 1)]).toEqual([spec.kind, field, true, false]);
        checked++;
      }
    }
    // The car's plate, driver and phone, the two banquet tables' names, the label's text.
    expect(checked).toBe(6);
  });
});

describe('rule options a scene shows (the kinds’ ruleOptions)', () => {
  const shown = (...kinds: ItemKind[]) => [...optionsThatApply(kinds.map(itemOf))].sort();
  const BANQUET = ['chiefGuestTakesHostSeat'];
  const SEVERAL_TABLES = ['evenRow', 'keepDelegations', 'tableFacing'];
  const CAR = ['companionSeat', 'drive', 'topSeat'];

  it('a table decides the banquet options; the order of several tables counts round and long tables together', () => {
    // Western cross-seating is a round-table rule (RULES.md §1): a long table never offers it.
    expect(shown('round-table')).toEqual([...BANQUET, 'western'].sort());
    expect(shown('long-table')).toEqual([...BANQUET].sort());
    expect(shown('long-table', 'long-table')).toEqual([...BANQUET, ...SEVERAL_TABLES].sort());
    expect(shown('round-table', 'long-table')).toEqual([...BANQUET, 'western', ...SEVERAL_TABLES].sort());
  });

  it('a car decides the car options; a motorcade adds the lead car and companions', () => {
    expect(shown('car')).toEqual(CAR.sort());
    expect(shown('car', 'car')).toEqual([...CAR, 'companions', 'leadCar'].sort());
  });

  it('each other seating kind shows its own option, and kinds no option changes show none', () => {
    expect(shown('rostrum')).toEqual(['evenRostrum']);
    expect(shown('seat-block')).toEqual(['evenRostrum']);
    expect(shown('reception', 'talks-table')).toEqual(['handbookMeeting', 'interpreters']);
    expect(shown('conference-table', 'elevator', 'door', 'stage', 'wall', 'pillar', 'label')).toEqual([]);
    expect(shown()).toEqual([]);
  });
});
