// Lint: TypeScript rules, plus the layering the architecture depends on (STYLE.md, "What we take" 2):
// renderer/ never imports electron or Node; shared/ imports nothing platform-specific; only the shell imports electron;
// a feature reaches another feature only through its index.ts.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'module', 'stream'];
const noNode = [
  { group: ['node:*'], message: 'Code here must run in a browser too: no Node modules.' },
  ...nodeModules.map((name) => ({ group: [name, `${name}/*`], message: 'Code here must run in a browser too: no Node modules.' })),
];
const noElectron = { group: ['electron'], message: 'Only the shell (main.ts, preload.ts, security.ts) imports electron.' };

const sides = ['electron', 'renderer', 'shared'];
const open = ['platform', 'app'];
/** Every feature folder on any side: what is neither platform code nor the app shell. */
const features = [...new Set(sides.flatMap((side) => readdirSync(side, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)))]
  .filter((name) => !open.includes(name))
  .sort();
const noUi = { group: ['react', 'react-dom', 'zustand'], message: 'shared/ holds pure rules: no UI.' };
function layerOf(side) {
  if (side === 'renderer') return [...noNode, noElectron];
  if (side === 'shared') return [...noNode, noElectron, noUi];
  return [noElectron];
}
function doors(feature) {
  return features
    .filter((other) => other !== feature)
    .map((other) => ({
      group: [`**/${other}/*`, `!**/${other}/index.js`],
      message: `Another feature is reached through its index.ts only (${other}/index.js).`,
    }));
}

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
  // Layers and feature doors, by folder pattern. A feature (electron/<f>/, renderer/<f>/, shared/<f>/) reaches
  // another feature only through that feature's index.ts; platform code and the app shell are open to all.
  ...sides.flatMap((side) =>
    features.map((feature) => ({
      files: [`${side}/${feature}/**/*.{ts,tsx}`],
      rules: { 'no-restricted-imports': ['error', { patterns: [...layerOf(side), ...doors(feature)] }] },
    })),
  ),
  ...sides.map((side) => ({
    files: [`${side}/*.{ts,tsx}`, ...open.map((dir) => `${side}/${dir}/**/*.{ts,tsx}`)],
    // The two tables every feature contributes to are assembled from the features' own files.
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/security.ts', 'shared/channels.ts', 'shared/catalogue.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...layerOf(side), ...doors(undefined)] }] },
  })),
);
