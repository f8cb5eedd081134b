import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate, type Lang } from '../../../shared/i18n/translate';
import type { Scene, VenueItem } from '../../../shared/model/types';
import { make } from '../../../shared/templates';
import { captionDraw } from '../../../renderer/src/canvas/captions';
import { itemFrame } from '../../../renderer/src/canvas/item-frame';
import { CANVAS_KINDS } from '../../../renderer/src/canvas/kinds';

let n = 0;
const id = (p: string) => `${p}${n++}`;
const scene = (items: VenueItem[]): Scene => ({
  id: 's',
  name: 's',
  kind: 'car',
  options: {},
  items,
  assignments: [],
  roles: [],
});
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

  it('a round table is the one kind hit and labelled as a circle; banquet tables carry roles', () => {
    const round = Object.entries(CANVAS_KINDS)
      .filter(([, k]) => k.outline === 'circle')
      .map(([kind]) => kind);
    expect(round).toEqual(['round-table']);
    const tables = Object.entries(CANVAS_KINDS)
      .filter(([, k]) => k.banquetTable)
      .map(([kind]) => kind);
    expect(tables.sort()).toEqual(['long-table', 'round-table']);
  });
});

/**
 * A venue kind is one module (renderer/src/canvas/kinds): the rest of the renderer asks the
 * registry, and never compares or switches on an item kind's name.
 */
describe('no kind dispatch outside renderer/src/canvas/kinds', () => {
  const ITEM_KINDS = Object.keys(CANVAS_KINDS).join('|');
  const DISPATCH = [
    new RegExp(`\\bkind\\s*[!=]==?\\s*'(${ITEM_KINDS})'`),
    new RegExp(`'(${ITEM_KINDS})'\\s*[!=]==?\\s*\\w+(\\.\\w+)*\\.kind\\b`),
    new RegExp(`\\bcase\\s+'(${ITEM_KINDS})'\\s*:`),
  ];
  // Files other owners rework this round, each with the reason it may still name a kind:
  const ALLOWED: Record<string, string> = {
    // Item bodies and bounds are moving to shared/kinds (kinds-shared); this file becomes an adapter.
    'canvas/item-frame.ts': 'frames move to shared/kinds',
    // The scene's door steers every seat; shared/kinds/door.ts will answer "is this the door".
    'canvas/scene-model.ts': 'the door lookup moves to shared/kinds',
  };
  // Print views pick the items a sheet is about (the cars of the car sheet …); their data moves
  // to shared/output, where shared's own kind-dispatch test reads it.
  const PRINT_VIEWS = /^print\/(?!chart\.tsx$)/;

  const root = join(__dirname, '../../../renderer/src');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
    });

  it('finds a comparison or a case on an item kind where there is one', () => {
    const code = "if (item.kind === 'car') x();\nswitch (k) {\n  case 'wall':\n}\nif ('door' !== i.kind) y();";
    expect(code.split('\n').filter((line) => DISPATCH.some((re) => re.test(line)))).toHaveLength(3);
    expect(DISPATCH.some((re) => re.test("if (scene.kind === 'banquet') x();"))).toBe(false);
  });

  it('the renderer names no item kind outside its kind modules', () => {
    const offenders = files(root)
      .map((path) => relative(root, path).split('\\').join('/'))
      .filter((rel) => !rel.startsWith('canvas/kinds/') && !ALLOWED[rel] && !PRINT_VIEWS.test(rel))
      .flatMap((rel) =>
        readFileSync(join(root, rel), 'utf8')
          .split('\n')
          .map((line, i) => ({ rel, line: i + 1, text: line.trim() }))
          .filter(({ text }) => DISPATCH.some((re) => re.test(text))),
      )
      .map(({ rel, line, text }) => `${rel}:${line}: ${text}`);
    expect(offenders).toEqual([]);
  });
});
