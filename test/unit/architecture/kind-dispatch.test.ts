/**
 * A venue kind is one module (shared/kinds and renderer/src/canvas/kinds, issue 11): outside the
 * kind modules nothing may switch on an item's kind or compare it with an item-kind literal — ask
 * the registry instead.
 * The check reads types, not text, so scene kinds ('car', 'reception' …), change-log kinds,
 * backup kinds and the case format's venue kinds, which share some words, are not mistaken for
 * item kinds.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../../shared/kinds';

/** Folders checked, and the folders where kind dispatch belongs. */
const CHECKED = ['shared', 'electron', 'renderer'];
const KIND_HOMES = ['shared/kinds/', 'renderer/src/canvas/kinds/'];
const ITEM_KINDS: ReadonlySet<string> = new Set(Object.keys(KINDS));
/** Where the item types declare their `kind`. */
const MODEL_TYPES = 'shared/model/types.ts';

const root = process.cwd();
const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** A string literal type's values, or undefined when the type is anything else (string, a number …). */
function literalValues(type: ts.Type): string[] | undefined {
  const parts = type.isUnion() ? type.types : [type];
  const values: string[] = [];
  for (const t of parts) {
    if (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) continue;
    if (!t.isStringLiteral()) return undefined;
    values.push(t.value);
  }
  return values.length > 0 ? values : undefined;
}

const onlyItemKinds = (type: ts.Type) => literalValues(type)?.every((v) => ITEM_KINDS.has(v)) ?? false;

function unwrap(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e)) e = e.expression;
  return e;
}

/** An expression that reads an item's kind: `x.kind` of an item type, or a variable typed as item kinds. */
function readsItemKind(checker: ts.TypeChecker, expr: ts.Expression): boolean {
  const e = unwrap(expr);
  if (ts.isPropertyAccessExpression(e) && e.name.text === 'kind') {
    const symbol = checker.getSymbolAtLocation(e.name);
    const declaredInModel = symbol?.declarations?.some((d) => rel(d.getSourceFile().fileName) === MODEL_TYPES) ?? false;
    return declaredInModel && onlyItemKinds(checker.getTypeOfSymbol(symbol!));
  }
  if (ts.isIdentifier(e)) {
    const symbol = checker.getSymbolAtLocation(e);
    return !!symbol && onlyItemKinds(checker.getTypeOfSymbol(symbol));
  }
  return false;
}

const isItemKindLiteral = (e: ts.Expression) =>
  ts.isStringLiteralLike(unwrap(e)) && ITEM_KINDS.has((unwrap(e) as ts.StringLiteral).text);

const EQUALITY = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/** "file:line what" for every switch on an item kind and every comparison of one with a literal. */
function offenders(program: ts.Program, files: string[]): string[] {
  const checker = program.getTypeChecker();
  const found: string[] = [];
  for (const file of files) {
    const sf = program.getSourceFile(file)!;
    const report = (node: ts.Node, what: string) =>
      found.push(`${rel(file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what}`);
    const visit = (node: ts.Node): void => {
      if (ts.isSwitchStatement(node) && readsItemKind(checker, node.expression)) report(node, 'switch on an item kind');
      if (ts.isBinaryExpression(node) && EQUALITY.has(node.operatorToken.kind)) {
        const { left, right } = node;
        if (
          (isItemKindLiteral(right) && readsItemKind(checker, left)) ||
          (isItemKindLiteral(left) && readsItemKind(checker, right))
        )
          report(node, 'item kind compared with a literal');
      }
      // ['door', 'stage'].includes(item.kind)
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'includes' &&
        ts.isArrayLiteralExpression(unwrap(node.expression.expression)) &&
        (unwrap(node.expression.expression) as ts.ArrayLiteralExpression).elements.some(isItemKindLiteral) &&
        node.arguments[0] &&
        readsItemKind(checker, node.arguments[0])
      )
        report(node, 'item kind looked up in a literal list');
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** Offenders planted beside the real sources (in memory only), and look-alikes that are not item kinds. */
const PLANTED: Record<string, string> = {
  'shared/engine/planted-offender.ts': `import type { Scene, VenueItem, ItemKind, ChangeLogEntry } from '../model/types';
export function a(item: VenueItem) { return item.kind === 'car'; }
export function b(item: VenueItem) { switch (item.kind) { case 'door': return 1; default: return 0; } }
export function c(kind: ItemKind) { return 'wall' !== kind; }
export function d(item: VenueItem) { return ['door', 'stage'].includes(item.kind); }
export function e(item: Pick<VenueItem, 'kind'> & { number?: number }) { return item.kind !== 'label'; }
export function f(scene: Scene) { return scene.kind === 'car' || scene.kind === 'reception'; }
export function g(entry: ChangeLogEntry) { return entry.kind === 'import'; }
export function h(scene: Scene) { switch (scene.kind) { case 'elevator': return 1; default: return 0; } }
`,
  'shared/kinds/planted-home.ts': `import type { VenueItem } from '../model/types';
export const isWall = (item: VenueItem) => item.kind === 'wall';
`,
};

let program: ts.Program;
let realFiles: string[];

beforeAll(() => {
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile('tsconfig.json', ts.sys.readFile).config, ts.sys, root);
  realFiles = CHECKED.flatMap((dir) => sourceFiles(path.join(root, dir)));
  const planted = new Map(Object.entries(PLANTED).map(([p, text]) => [path.join(root, p), text]));
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, ...rest) =>
    planted.has(fileName)
      ? ts.createSourceFile(fileName, planted.get(fileName)!, language)
      : getSourceFile(fileName, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => planted.has(fileName) || fileExists(fileName);
  program = ts.createProgram({ rootNames: [...realFiles, ...planted.keys()], options: config.options, host });
});

describe('venue kinds are dispatched only in their modules', () => {
  it('no switch on an item kind, and no item kind compared with a literal, outside the kind modules', () => {
    const outside = realFiles.filter((f) => !KIND_HOMES.some((home) => rel(f).startsWith(home)));
    expect(outside.length).toBeGreaterThan(150);
    // The print views pick a sheet's items through the registry too (nothing of renderer/ is excepted).
    expect(outside.map(rel)).toContain('renderer/src/print/rostrum.tsx');
    expect(offenders(program, outside)).toEqual([]);
  });

  it('finds planted offenders, and not scene kinds, change-log kinds or the kind modules themselves', () => {
    const planted = Object.keys(PLANTED).map((p) => path.join(root, p));
    expect(offenders(program, planted.slice(0, 1))).toEqual([
      'shared/engine/planted-offender.ts:2 item kind compared with a literal',
      'shared/engine/planted-offender.ts:3 switch on an item kind',
      'shared/engine/planted-offender.ts:4 item kind compared with a literal',
      'shared/engine/planted-offender.ts:5 item kind looked up in a literal list',
      'shared/engine/planted-offender.ts:6 item kind compared with a literal',
    ]);
    // Inside shared/kinds the same comparison is where it belongs (the real test skips the folder).
    expect(offenders(program, planted.slice(1))).toEqual(['shared/kinds/planted-home.ts:2 item kind compared with a literal']);
  });
});
