// Lint: TypeScript rules, plus the layering the architecture depends on (STYLE.md, "What we take" 2):
// renderer/ never imports electron or Node; shared/ imports nothing platform-specific; only the shell imports electron.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'module', 'stream'];
const noNode = [
  { group: ['node:*'], message: 'Code here must run in a browser too: no Node modules.' },
  ...nodeModules.map((name) => ({ group: [name, `${name}/*`], message: 'Code here must run in a browser too: no Node modules.' })),
];
const noElectron = { group: ['electron'], message: 'Only the shell (main.ts, preload.ts, security.ts) imports electron.' };

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noNode, noElectron] }] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...noNode, noElectron, { group: ['react', 'react-dom', 'zustand'], message: 'shared/ holds pure rules: no UI.' }] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/security.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron] }] },
  },
);
