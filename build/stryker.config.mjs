// StrykerJS: mutation testing of the rules (shared/) and, as a second target, the backend's boundary (the store,
// register(), sessions, the web host). Run it with `npm run mutate` (the rules) or `npm run mutate -- --target
// boundary`; build/mutate.mjs picks the target and passes the rest of the arguments to Stryker. Not part of .ci/run:
// on this project's 2-core machines a run from scratch takes many minutes (see docs/testing.md).
const target = process.env.MUTATE_TARGET ?? 'shared';

/** What each target mutates, and the tests it is tried against. */
const TARGETS = {
  // The pure rules. Left out: channels.ts (the channel table: names and schema references, no behaviour), index.ts
  // (a feature's door: re-exports only), schemas.ts and the other files that only declare zod shapes
  // (platform/common.ts, registry/productModel.ts), and the string catalogues (i18n/, catalogue.ts): the boundary checks them, and their refinements call rules that
  // are mutated where they live (imeiProblem, numberFormatProblem).
  // Pure zod declarations outside schemas.ts are left out too (parts/cost.ts, counterparty.ts, labour.ts,
  // requisition.ts, sale.ts, claims/counterpartyClaim.ts). Tried against the tests of the rules alone
  // (build/vitest.rules.config.ts: the test files that reach neither electron/ nor renderer/).
  shared: {
    mutate: [
      'shared/**/*.ts',
      '!shared/**/channels.ts',
      '!shared/**/index.ts',
      '!shared/**/schemas.ts',
      '!shared/platform/common.ts',
      '!shared/registry/productModel.ts',
      '!shared/parts/{cost,counterparty,labour,requisition,sale}.ts',
      '!shared/claims/counterpartyClaim.ts',
      // The string catalogues: text, not rules (the catalogue tests check every key is read and translated).
      '!shared/**/i18n/**',
      '!shared/catalogue.ts',
    ],
    vitestConfig: 'build/vitest.rules.config.ts',
    tsconfig: 'build/tsconfig.mutate-shared.json',
  },
  // The backend's boundary: what a request and a save go through.
  // Tried against the whole unit suite: the service tests are the ones that reach these.
  boundary: {
    mutate: [
      'electron/platform/store/**/*.ts',
      'electron/platform/ipc/register.ts',
      'electron/session/**/*.ts',
      '!electron/session/index.ts',
      'electron/platform/web/host.ts',
    ],
    vitestConfig: 'test/vitest.config.ts',
    tsconfig: 'build/tsconfig.mutate-boundary.json',
  },
};
if (!(target in TARGETS)) throw new Error(`Unknown mutation target "${target}": one of ${Object.keys(TARGETS).join(', ')}`);

const out = `test-results/mutation/${target}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: TARGETS[target].vitestConfig, related: true },
  // The type checker drops mutants that do not compile. It checks the mutated folders alone (and what they import):
  // over the whole project (screens and tests too) every mutant of a rule re-checks most of the program, and the
  // checker, not the tests, takes the time. A mutant that breaks only a caller's types is then tried by the tests.
  checkers: ['typescript'],
  tsconfigFile: TARGETS[target].tsconfig,
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: TARGETS[target].mutate,
  coverageAnalysis: 'perTest',
  // 2 cores shared with the other engineers: one checker and one test runner, then two runners once checking is done.
  concurrency: 2,
  timeoutMS: 20_000,
  // Only what changed since the last run is mutated and tested again.
  incremental: true,
  incrementalFile: `${out}/incremental.json`,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: `${out}/index.html` },
  jsonReporter: { fileName: `${out}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // The sandbox is a copy of the project: keep it out of the fixed top level, and leave out what no test reads.
  tempDirName: 'test-results/mutation/tmp',
  cleanTempDir: true,
  ignorePatterns: ['out', 'release', 'coverage', 'test-results', 'docs/screenshots', '.ci'],
  thresholds: { high: 85, low: 75, break: null },
};
