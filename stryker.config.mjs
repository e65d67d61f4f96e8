// StrykerJS mutation testing of the pure stages: `npm run mutate` (all targets, slow) or
// `MUTATE=escape npm run mutate` for one target. Not part of CI. Scores are in the README.
// Each target runs only the test files that exercise it (the tap runner runs one node:test file per "test").

/** Target name → the files mutated and the unit-test files that may kill their mutants. */
const TARGETS = {
  escape: { mutate: ['src/site/escape.ts'], tests: ['tests/site/escape.property.test.ts'] },
  feeds: { mutate: ['src/site/feeds.ts'], tests: ['tests/site/feeds.test.ts'] },
  ingest: { mutate: ['src/ingest/**/*.ts'], tests: ['tests/ingest/*.test.ts'] },
  archive: {
    mutate: ['src/archive/**/*.ts'],
    tests: ['tests/site/archive.test.ts', 'tests/site/pager.test.ts', 'tests/stats/stats.test.ts', 'tests/site/feeds.test.ts'],
  },
  search: {
    mutate: ['src/search/**/*.ts', '!src/search/client/**', '!src/search/cli.ts'],
    tests: ['tests/search/index-build.test.ts', 'tests/search/indonesian.test.ts'],
  },
};

const chosen = (process.env.MUTATE ?? Object.keys(TARGETS).join(',')).split(',');
for (const name of chosen) if (!(name in TARGETS)) throw new Error(`MUTATE=${name}: not one of ${Object.keys(TARGETS).join(', ')}`);
const pick = (key) => [...new Set(chosen.flatMap((name) => TARGETS[name][key]))];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: pick('mutate').concat(['!src/**/types.ts', '!src/**/*.d.ts']),
  testRunner: 'tap',
  tap: {
    testFiles: pick('tests'),
    // node:test files under tsx, reporting TAP; ARSIP_TEST as `npm test` sets it.
    nodeArgs: ['--import', 'tsx', '--test-reporter=tap', '-r', '{{hookFile}}', '{{testFile}}'],
    forceBail: true,
  },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // The machine is shared: one test process at a time.
  concurrency: 1,
  timeoutMS: 60_000,
  ignorePatterns: ['dist', 'dist.*', '.cache', 'bench/.out', 'tests/screenshots', 'tests/.tmp', 'reports', '.stryker-tmp'],
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${chosen.join('-')}.html` },
  jsonReporter: { fileName: `reports/mutation/${chosen.join('-')}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
