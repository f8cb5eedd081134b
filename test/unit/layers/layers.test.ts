import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules are the architecture: prove that lint really refuses a crossing.
const eslint = new ESLint({ cwd: process.cwd() });
const lint = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
};

describe('layer rules', () => {
  it('shared/ may not import node, electron, react or konva', async () => {
    for (const mod of ['node:fs', 'electron', 'react', 'konva', 'better-sqlite3', '../../electron/services/plan-store']) {
      expect([mod, await lint('shared/model/x.ts', `import '${mod}';\n`)]).toEqual([mod, 1]);
    }
    expect(await lint('shared/model/x.ts', "import { z } from 'zod';\nvoid z;\n")).toBe(0);
  });

  it('renderer/ may not import electron or node', async () => {
    for (const mod of ['electron', 'node:path', 'fs', '../../electron/services/services']) {
      expect([mod, await lint('renderer/src/x.ts', `import '${mod}';\n`)]).toEqual([mod, 1]);
    }
    expect(await lint('renderer/src/x.ts', "import 'react';\n")).toBe(0);
  });

  it('services stay electron-free so browser mode can run them', async () => {
    expect(await lint('electron/services/x.ts', "import 'electron';\n")).toBe(1);
    expect(await lint('electron/main/x.ts', "import 'electron';\n")).toBe(0);
  });
});
