// The layer rules of DESIGN.md are the architecture; lint enforces them.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const node = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
  'better-sqlite3',
];
// What the renderer may not import, and what code that also runs in browser mode may not.
const notInRenderer = [...node, 'electron', 'electron/*', '**/electron/**'];
const notInBrowserMode = ['electron', 'electron/*', '**/renderer/**'];
const banned = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: banned(
      [
        ...node,
        'electron',
        'electron/*',
        'react',
        'react-*',
        'react/*',
        'konva',
        'konva/*',
        'zustand',
        '**/electron/**',
        '**/renderer/**',
      ],
      'shared/ is pure TypeScript: no electron, node, react or konva (DESIGN.md, Layers).',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...banned(notInRenderer, 'renderer/ never imports electron or node (DESIGN.md, Layers).'),
    },
  },
  {
    // The browser host runs in browser mode: only the desktop entry points may import electron.
    files: ['electron/host/**/*.ts'],
    rules: banned(notInBrowserMode, 'the browser host must not import electron.'),
  },
  {
    // Services run in browser mode and in the headless export too, so besides electron they never
    // reach back into the desktop host (electron/main) that uses them.
    files: ['electron/services/**/*.ts'],
    rules: banned(
      [...notInBrowserMode, '**/main/**', '**/main'],
      'services must not import electron or the desktop host (electron/main).',
    ),
  },
  {
    // Print views are pure functions of a plan, rendered the same in the preview, the host's PDF
    // and the headless export: the print preview (renderer/src/print-preview) talks to the host
    // and the store for them.
    files: ['renderer/src/print/**/*.{ts,tsx}'],
    rules: banned(
      [...notInRenderer, '**/bridge', '**/state/**', 'konva', 'konva/*', 'react-konva', 'react-konva/*'],
      'print views never import the bridge, the store or Konva (docs/output.md).',
    ),
  },
);
