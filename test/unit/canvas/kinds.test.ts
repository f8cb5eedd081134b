/** The renderer's kind modules (renderer/src/canvas/kinds): captions, outlines, and the pillar added by docs/adding-a-venue-kind.md. */
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { ItemPatch } from '../../../shared/commands/commands';
import { translate, type Lang } from '../../../shared/i18n/translate';
import { KIND_LIST, createItem, kindOf } from '../../../shared/kinds';
import { pillar as pillarSpec } from '../../../shared/kinds/pillar';
import { ROWS_TEXT_MAX, rostrum } from '../../../shared/kinds/rostrum';
import { HALL_LIMITS, HALL_ROWS_TEXT_MAX, parseHallRows } from '../../../shared/kinds/meeting-hall';
import { itemSchema } from '../../../shared/model/schema';
import type { VenueItem } from '../../../shared/model/types';
import { PALETTE, make, paletteItem } from '../../../shared/templates';
import { captionDraw } from '../../../renderer/src/canvas/captions';
import { itemFrame } from '../../../renderer/src/canvas/item-frame';
import { itemAt } from '../../../renderer/src/canvas/item-hit';
import { CANVAS_KINDS, canvasKind } from '../../../renderer/src/canvas/kinds';
import { resizePatch, resizeSpec } from '../../../renderer/src/canvas/resize';
import { buildSceneModel } from '../../../renderer/src/canvas/scene-model';
import { renderDocument } from '../../../renderer/src/print/views';
import { CheckField, NumberField, SelectField, TextField } from '../../../renderer/src/editor/fields';
import { banquetPlan } from '../output/banquet';
import { sceneOf } from '../engine/helpers';

let n = 0;
const id = (p: string) => `${p}${n++}`;
const scene = (items: VenueItem[]) => sceneOf(items);
const caption = (item: VenueItem, lang: Lang) =>
  captionDraw(item, itemFrame(item, scene([item])), (key, params) => translate(lang, key, params));

describe('canvas kinds', () => {
  it("a car's caption is its number in words, then its model; unnumbered, the kind", () => {
    const car = { ...make.car(id, { x: 0, y: 0 }), number: 1 };
    expect(caption(car, 'zh')!.lines).toEqual([
      translate('zh', 'canvas.carNumber', { n: 1 }),
      translate('zh', `car.${car.model}`),
    ]);
    expect(caption(car, 'zh')!.lines[0]).toBe('1 号车');
    expect(caption(car, 'en')!.lines[0]).toBe('Car 1');
    expect(caption({ ...car, number: undefined }, 'en')!.lines[0]).toBe(translate('en', 'kind.car'));
  });

  it('of the kinds that were there, a round table alone is hit and set out as a circle', () => {
    const items = (Object.keys(CANVAS_KINDS) as VenueItem['kind'][])
      .filter((kind) => kind !== 'pillar')
      .map((kind) => createItem(kind, id, { x: 0, y: 0 }));
    const round = items.filter((item) => canvasKind(item).outline(item) === 'circle').map((item) => item.kind);
    expect(round).toEqual(['round-table']);
  });
});

type TextFieldProps = Parameters<typeof TextField>[0];
const FIELD_COMPONENTS = new Set<unknown>([CheckField, NumberField, SelectField, TextField]);

/**
 * The text fields among an inspector's elements. The groups between them (TableNumberFields,
 * MinibusFields) are plain functions of their props and are unfolded; the fields themselves,
 * which hold state, are only read, never run.
 */
function textFieldsIn(node: ReactNode): TextFieldProps[] {
  if (Array.isArray(node)) return node.flatMap((child: ReactNode) => textFieldsIn(child));
  if (!isValidElement(node)) return [];
  const { type, props } = node as ReactElement<Record<string, unknown>>;
  if (type === TextField) return [props as TextFieldProps];
  if (typeof type === 'function' && !FIELD_COMPONENTS.has(type)) return textFieldsIn((type as (p: unknown) => ReactNode)(props));
  return textFieldsIn(props.children as ReactNode);
}

describe("the inspector's text fields", () => {
  it('take exactly what the item schema takes: its limit, and not one character more', () => {
    const t = (key: string, params?: Record<string, unknown>) => translate('zh', key as never, params as never);
    const seen: string[] = [];
    for (const spec of KIND_LIST) {
      const made = createItem(spec.kind, id, { x: 0, y: 0 });
      // A minibus, so the car's inspector shows every field it has.
      const item: VenueItem = made.kind === 'car' ? { ...made, model: 'minibus' } : made;
      const patches: ItemPatch[] = [];
      for (const field of textFieldsIn(canvasKind(item).Fields({ item, t, commit: (p) => patches.push(p) }))) {
        // The field a text field writes is the one its commit patches.
        field.onCommit('7');
        const [stored] = Object.keys(patches.pop() ?? {});
        seen.push(`${spec.kind}.${stored}`);
        if (spec.kind === 'rostrum') {
          // The rows are typed as "7, 9" and parsed: the longest list the schema takes fits the field.
          const most = Array.from({ length: 100 }, (_, i) => i + 1).filter(
            (k) => rostrum.schema.shape.rows.safeParse(Array(k).fill(rostrum.limits.rows.max)).success,
          );
          expect(field.max).toBe(ROWS_TEXT_MAX);
          expect(
            Array(Math.max(...most))
              .fill(rostrum.limits.rows.max)
              .join(', ').length,
          ).toBeLessThanOrEqual(field.max);
          continue;
        }
        if (spec.kind === 'meeting-hall') {
          // A block's rows are typed as "16*2, 18" and parsed: the longest block written out in full fits.
          const longest = Array(HALL_LIMITS.rows.max).fill(HALL_LIMITS.seats.max).join(', ');
          expect(field.max).toBe(HALL_ROWS_TEXT_MAX);
          expect(longest.length).toBeLessThanOrEqual(field.max);
          expect(parseHallRows(longest)).toHaveLength(HALL_LIMITS.rows.max);
          continue;
        }
        const valid = (length: number) => itemSchema.safeParse({ ...item, [stored!]: '长'.repeat(length) }).success;
        expect([spec.kind, stored, valid(field.max), valid(field.max + 1)]).toEqual([spec.kind, stored, true, false]);
      }
    }
    expect(seen.sort()).toEqual(
      [
        'car.driverName',
        'car.driverPhone',
        'car.plate',
        'label.text',
        'long-table.name',
        'meeting-hall.blocks',
        'meeting-hall.blocks',
        'meeting-hall.blocks',
        'rostrum.rows',
        'round-table.name',
      ].sort(),
    );
  });
});

describe('the pillar (柱子), added by following docs/adding-a-venue-kind.md', () => {
  const round = pillarSpec.create(id, { x: 5, y: 5 });
  const square = { ...round, id: 'sq', shape: 'square' as const };
  const model = (items: VenueItem[]) => buildSceneModel(scene(items), [], 'zh').model;

  it('is in the palette, seats no one, and a new one is a valid document item', () => {
    expect(PALETTE).toContain('pillar');
    const added = paletteItem('pillar', id, { x: 0, y: 0 }, '');
    expect(itemSchema.safeParse(added).success).toBe(true);
    expect(kindOf(added).seatsPeople).toBe(false);
    expect(itemSchema.safeParse({ ...added, size: 5 }).success).toBe(false);
  });

  it('a round pillar is hit as its circle, a square one over its whole box', () => {
    const r = round.size / 2;
    expect(itemAt(model([round]), { x: 5 + r * 0.8, y: 5 + r * 0.8 })).toBeUndefined();
    expect(itemAt(model([round]), { x: 5 + r * 0.9, y: 5 })?.item.id).toBe(round.id);
    expect(itemAt(model([square]), { x: 5 + r * 0.8, y: 5 + r * 0.8 })?.item.id).toBe('sq');
  });

  it('resizes by its corners into its size, within the kind’s limits', () => {
    expect(resizeSpec(round)).toEqual({ anchors: expect.arrayContaining(['top-left']), keepRatio: true });
    expect(resizePatch(round, 2, 1.5)).toEqual({ size: 1.2 });
    expect(resizePatch(round, 100, 100)).toEqual({ size: 3 });
  });

  it('is drawn grey on the printed chart, round or square', () => {
    const plan = { ...banquetPlan(), scenes: [scene([round, { ...square, x: 8 }])] };
    const html = renderDocument(plan, { view: 'seating-chart', sceneId: 's' }, 'zh');
    expect(html.match(/<circle[^>]*fill="#bbb"[^>]*data-kind="pillar"/g)).toHaveLength(1);
    expect(html.match(/data-kind="pillar"><rect[^>]*fill="#bbb"/g)).toHaveLength(1);
  });
});
