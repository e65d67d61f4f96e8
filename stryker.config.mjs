// StrykerJS mutation testing of the pure stages: `npm run mutate` (all targets, slow) or
// `MUTATE=escape npm run mutate` for one target, `MUTATE=ingest/dates` for one file of a folder target
// (src/ingest/dates.ts against the ingest tests). Not part of CI. Scores are in the README.
//
// Kept feasible on a shared 2-core machine:
// - each target runs only fast unit-test files (no whole-site build, no Chromium, no CLI process);
// - coverageAnalysis 'perTest': the tap runner reports coverage per test *file*, so a mutant runs only
//   the files that reach its code, the target's focused file first (list order below);
// - incremental: results are kept in reports/mutation/<run>.incremental.json (not committed), so a rerun
//   tests only the mutants whose code or covering tests changed. A test file is one "test" to the tap
//   runner, so editing a test file retests every mutant it covers: tests written against survivors go
//   into the test file of the module they check (tests/ mirrors src/), and the rerun after that edit
//   retests that file's mutants, not the whole target.

/**
 * Target name → the files mutated and the fast unit-test files that may kill their mutants.
 * `files` narrows the tests for a one-file run (`MUTATE=ingest/dates`): the whole folder has about
 * 13,000 mutants in all (ingest 7,300, search 3,300, archive 2,000) and a run spawns one Node process
 * per mutant and covering test file, so a file is measured against the tests written for it.
 */
const TARGETS = {
  escape: { mutate: ['src/site/escape.ts'], tests: ['tests/site/escape.property.test.ts'] },
  feeds: { mutate: ['src/site/feeds.ts'], tests: ['tests/site/feeds.test.ts'] },
  ingest: {
    mutate: ['src/ingest/**/*.ts'],
    tests: ['dates', 'furniture', 'slug', 'outlets', 'extract', 'frontmatter', 'markdown', 'read', 'recurring', 'golden', 'html/saved-pages', 'outlet-layouts', 'page-text', 'properties', 'clean', 'headline', 'trie', 'words']
      .map((t) => `tests/ingest/${t}.test.ts`),
    files: {
      dates: ['tests/ingest/dates.test.ts'],
      slug: ['tests/ingest/slug.test.ts'],
      trie: ['tests/ingest/dates.test.ts', 'tests/ingest/properties.test.ts', 'tests/ingest/trie.test.ts'],
      words: ['tests/ingest/recurring.test.ts', 'tests/ingest/words.test.ts'],
      outlets: ['tests/ingest/outlets.test.ts'],
      'data/furniture': ['tests/ingest/furniture.test.ts'],
      headline: ['tests/ingest/headline.test.ts', 'tests/ingest/furniture.test.ts', 'tests/ingest/page-text.test.ts'],
      extract: ['tests/ingest/extract.test.ts', 'tests/ingest/golden.test.ts'],
      clean: ['tests/ingest/furniture.test.ts', 'tests/ingest/clean.test.ts'],
    },
  },
  archive: {
    mutate: ['src/archive/**/*.ts'],
    tests: ['tests/archive/paging.test.ts', 'tests/archive/model.test.ts', 'tests/archive/stats.test.ts', 'tests/archive/citation.test.ts', 'tests/site/notes.test.ts'],
    files: {
      paging: ['tests/archive/model.test.ts', 'tests/archive/paging.test.ts'],
      stats: ['tests/archive/stats.test.ts'],
      citation: ['tests/archive/citation.test.ts'],
    },
  },
  search: {
    mutate: ['src/search/**/*.ts', '!src/search/client/**', '!src/search/cli.ts', '!src/search/cli-main.ts', '!src/search/bundle.ts'],
    tests: ['tests/search/format.test.ts', 'tests/search/syntax.test.ts', 'tests/search/indonesian.test.ts', 'tests/search/query-language.test.ts', 'tests/search/index-build.test.ts'],
    files: {
      format: ['tests/search/format.test.ts', 'tests/search/query-language.test.ts'],
      syntax: ['tests/search/syntax.test.ts', 'tests/search/query-language.test.ts'],
      phrase: ['tests/search/query-language.test.ts'],
    },
  },
};

const chosen = (process.env.MUTATE ?? Object.keys(TARGETS).join(',')).split(',');
/** `ingest/dates` → target `ingest`, file src/ingest/dates.ts, its focused tests. */
const parse = (name) => {
  const [target, ...rest] = name.split('/');
  if (!(target in TARGETS)) throw new Error(`MUTATE=${name}: not one of ${Object.keys(TARGETS).join(', ')} (or <target>/<file>)`);
  const file = rest.join('/');
  const t = TARGETS[target];
  return file ? { mutate: [`src/${name}.ts`], tests: t.files?.[file] ?? t.tests } : t;
};
const picked = chosen.map(parse);
const runName = chosen.join('-').replaceAll('/', '_');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [...new Set(picked.flatMap((p) => p.mutate))].concat(['!src/**/types.ts', '!src/**/*.d.ts']),
  testRunner: 'tap',
  tap: {
    testFiles: [...new Set(picked.flatMap((p) => p.tests))],
    // node:test files under tsx, reporting TAP; ARSIP_TEST as `npm test` sets it.
    nodeArgs: ['--import', 'tsx', '--test-reporter=tap', '-r', '{{hookFile}}', '{{testFile}}'],
    forceBail: true,
  },
  checkers: process.env.MUTATE_NO_CHECK ? [] : ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `reports/mutation/${runName}.incremental.json`,
  // The machine is shared: one test process at a time (MUTATE_CONCURRENCY=2 when it is quiet).
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 1),
  timeoutMS: 10_000,
  ignorePatterns: ['dist', 'dist.*', '.cache', 'bench/.out', 'tests/screenshots', 'tests/.tmp', 'reports', '.stryker-tmp'],
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${runName}.html` },
  jsonReporter: { fileName: `reports/mutation/${runName}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
