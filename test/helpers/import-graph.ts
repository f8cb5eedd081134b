/**
 * The app's import graph as the TypeScript compiler sees it, and the cycles in it. Every import
 * that is there at run time counts — imports, side-effect imports, re-exports and dynamic
 * `import()` — so a cycle cannot be hidden behind a lazy import. Type-only imports and re-exports
 * (`import type`, `{ type X }` only, `import('…').T`) do not: the compiler erases them, so they can
 * never run a module half-initialised, which is the harm a cycle does, and types shared both ways
 * (a registry and its entries) are a normal shape. Resolution is the compiler's own
 * (`ts.resolveModuleName` with the repo's tsconfig.json); packages are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

/** Repo-relative path with forward slashes → the repo-relative paths it imports. */
export type ImportGraph = Map<string, Set<string>>;

const root = process.cwd();
const posix = (path: string) => relative(root, path).split(sep).join('/');

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
}

/** The .ts/.tsx sources (not declarations) under the given repo folders. */
export function sourceFiles(folders: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory()) return walk(path);
      return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
    });
  return folders.flatMap(walk).sort();
}

export const readSource = (file: string): string => readFileSync(join(root, file), 'utf8');

// Parsing and resolving are most of the cost; a planted graph changes one file, so both are kept.
const parsed = new Map<string, string[]>();
const resolved = new Map<string, string | null>();

/** `read` lets a test plant an import in a file's text without touching the tree. */
export function importGraph(files: string[], read = readSource): ImportGraph {
  const options = compilerOptions();
  const resolve = (specifier: string, file: string) => {
    const key = `${file}\0${specifier}`;
    if (!resolved.has(key)) {
      const found = ts.resolveModuleName(specifier, join(root, file), options, ts.sys).resolvedModule;
      resolved.set(key, found && !found.isExternalLibraryImport ? posix(found.resolvedFileName) : null);
    }
    return resolved.get(key)!;
  };
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const text = read(file);
    const key = `${file}\0${text}`;
    if (!parsed.has(key)) parsed.set(key, runtimeImports(file, text));
    const targets = parsed.get(key)!.map((specifier) => resolve(specifier, file));
    graph.set(file, new Set(targets.filter((t): t is string => t !== null)));
  }
  return graph;
}

/** The module specifiers a file still imports once its types are erased. */
function runtimeImports(file: string, text: string): string[] {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    false,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const onlyTypes = (elements: readonly { isTypeOnly: boolean }[]) => elements.length > 0 && elements.every((e) => e.isTypeOnly);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const erased =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name && bindings !== undefined && ts.isNamedImports(bindings) && onlyTypes(bindings.elements)));
      if (!erased) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      const erased = node.isTypeOnly || (clause !== undefined && ts.isNamedExports(clause) && onlyTypes(clause.elements));
      if (!erased) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The same graph between folders: a file's folder imports the folders of what it imports.
 * `layerOf` names the layer a folder belongs to (by default the folder itself).
 */
export function folderGraph(graph: ImportGraph, layerOf = (folder: string) => folder): ImportGraph {
  const layers: ImportGraph = new Map();
  for (const [file, imported] of graph) {
    const from = layerOf(dirname(file));
    const to = layers.get(from) ?? new Set();
    for (const target of imported) if (layerOf(dirname(target)) !== from) to.add(layerOf(dirname(target)));
    layers.set(from, to);
  }
  return layers;
}

/**
 * Every cycle, one per strongly connected component (Tarjan), written as the path that closes
 * it from its first member by name — `a.ts → b.ts → a.ts` — so a failure names the imports to
 * untangle, the same way on every run.
 */
export function cycles(graph: ImportGraph): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = new Set<string>();
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.add(member);
    } while (member !== node);
    if (component.size > 1 || graph.get(node)!.has(node))
      found.push(closingPath(graph, [...component].sort()[0]!, component).join(' → '));
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** A shortest path from `start` back to itself inside one strongly connected component. */
function closingPath(graph: ImportGraph, start: string, component: Set<string>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!component.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at = node; at !== start; at = cameFrom.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  throw new Error(`not a cycle through ${start}`);
}
