import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The output rules (docs/output.md): prove that lint really refuses each crossing, and that the
// narrower rules keep the renderer's and the services' general ones.
const eslint = new ESLint({ cwd: process.cwd() });
const lint = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
};
const refused = async (file: string, mods: string[]) => {
  for (const mod of mods) expect([file, mod, await lint(file, `import '${mod}';\n`)]).toEqual([file, mod, 1]);
};

describe('output rules', () => {
  it('print views never import the bridge, the store or Konva', async () => {
    const mods = ['../bridge', '../state/app-store', '../state/history', 'konva', 'konva/lib/Core', 'react-konva'];
    await refused('renderer/src/print/x.tsx', mods);
    await refused('renderer/src/print/x.ts', mods);
    // Still renderer code: no node, no electron.
    await refused('renderer/src/print/x.tsx', ['node:fs', 'electron', '../../../electron/services/services']);
    for (const mod of ['react', 'react-dom/server', '../../../shared/output/cards', './chart']) {
      expect([mod, await lint('renderer/src/print/x.tsx', `import '${mod}';\n`)]).toEqual([mod, 0]);
    }
    // The preview is the app's dialog: it may talk to the host and the store.
    expect(await lint('renderer/src/print-preview/x.tsx', "import '../bridge';\nimport '../state/app-store';\n")).toBe(0);
  });

  it('services never import the desktop host (electron/main)', async () => {
    await refused('electron/services/x.ts', ['../main/print', '../main', '../../electron/main/index', 'electron']);
    expect(await lint('electron/services/x.ts', "import './export-pdf';\nimport 'node:fs';\n")).toBe(0);
    expect(await lint('electron/main/x.ts', "import '../services/export-pdf';\nimport 'electron';\n")).toBe(0);
  });
});
