import { describe, expect, it } from 'vitest';
import { cycles, folderGraph, importGraph, readSource, sourceFiles, type ImportGraph } from '../../helpers/import-graph';

// A module that imports itself through others runs with half-initialised imports and cannot be
// understood, tested or moved alone (type-only imports are erased, so they do not count: see
// test/helpers/import-graph.ts). Files may never form a cycle anywhere in the app; the
// folders of shared/ and electron/ (engine, model, commands, people … services, host, main) are
// layers too, so neither may they — except that shared/kinds and shared/engine are one layer by
// design: the kind modules use the engine's geometry and placers, and the engine's dispatch asks
// the kind registry (docs/architecture.md, Venue item kinds); between their files no cycle may
// form either. The renderer's feature folders are exempt: they all meet in the store (state/)
// and the words (i18n.ts) that renderer/src itself holds beside App.tsx.
const files = sourceFiles(['shared', 'electron', 'renderer']);
const layerOf = (folder: string) => (folder === 'shared/kinds' ? 'shared/engine' : folder);
const layeredFolderCycles = (graph: ImportGraph) =>
  cycles(new Map([...folderGraph(graph, layerOf)].filter(([folder]) => /^(shared|electron)\b/.test(folder))));

/** The app's graph with one line added to one file (in memory; the tree is not touched). */
const planted = (file: string, line: string) => importGraph(files, (f) => readSource(f) + (f === file ? `\n${line}\n` : ''));

describe('import cycles', () => {
  const graph = importGraph(files);

  it('reads the whole app', () => {
    expect(files).toEqual(expect.arrayContaining(['electron/main/index.ts', 'renderer/src/App.tsx', 'shared/engine/scene.ts']));
    // The graph is real: the scene reaches the placers, the editor reaches the store.
    expect(graph.get('shared/engine/scene.ts')).toContain('shared/engine/hall-fill.ts');
    expect(graph.get('renderer/src/editor/Editor.tsx')).toContain('renderer/src/state/app-store.ts');
  });

  it('no file imports itself through others', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('no folder of shared/ or electron/ imports itself through others', () => {
    expect(layeredFolderCycles(graph)).toEqual([]);
  });

  describe('a planted cycle is found', () => {
    it('between files, named by the imports that close it', () => {
      expect(cycles(planted('shared/engine/geometry.ts', "import './scene';"))).toEqual([
        expect.stringContaining('shared/engine/geometry.ts → shared/engine/scene.ts'),
      ]);
    });

    it('through a value imported beside types, but not through types alone (they are erased)', () => {
      const file = 'shared/engine/reasons.ts';
      const withValue = planted(file, "import { autoPlaceScene, type AutoPlaceOptions } from './scene';");
      expect(cycles(withValue)).toEqual([expect.stringContaining('shared/engine/reasons.ts → shared/engine/scene.ts')]);
      for (const typesOnly of [
        "import type { AutoPlaceOptions } from './scene';",
        "import { type AutoPlaceOptions } from './scene';",
        "export type { AutoPlaceOptions } from './scene';",
        "type Later = import('./scene').AutoPlaceOptions;",
      ]) {
        expect([typesOnly, cycles(planted(file, typesOnly))]).toEqual([typesOnly, []]);
      }
    });

    it('through a lazy import', () => {
      const found = cycles(planted('renderer/src/bridge.ts', "export const later = () => import('./state/app-store');"));
      expect(found).toEqual([expect.stringContaining('renderer/src/bridge.ts → renderer/src/state/app-store.ts')]);
    });

    it('between two folders whose files form no cycle', () => {
      const withFolderCycle = planted('shared/commands/change-log.ts', "import '../people/changelog';");
      expect(cycles(withFolderCycle)).toEqual([]);
      expect(layeredFolderCycles(withFolderCycle)).toEqual(['shared/commands → shared/people → shared/commands']);
    });
  });
});
