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
      ...banned(
        [...node, 'electron', 'electron/*', '**/electron/**'],
        'renderer/ never imports electron or node (DESIGN.md, Layers).',
      ),
    },
  },
  {
    // Services run in browser mode too: only the desktop entry points may import electron.
    files: ['electron/services/**/*.ts', 'electron/host/**/*.ts'],
    rules: banned(['electron', 'electron/*', '**/renderer/**'], 'services and the browser host must not import electron.'),
  },
);
