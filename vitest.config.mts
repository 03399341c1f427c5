import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    // Builds use both cores; running two at once only makes each slower.
    fileParallelism: false,
    globalSetup: ['tests/support/testTempDir.ts'],
    projects: [
      // Some unit tests start the command-line tools (tsx); on a busy machine that takes seconds.
      {extends: true, test: {name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000}},
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // The real site is built once for every build and browser test.
          // With the root's testTempDir (extends: true joins the lists), so the build lands in the run's folder.
          // So is the lived-in fixture site (scripts/corpus/livedInSite.ts).
          globalSetup: ['tests/support/buildRealSite.ts', 'tests/support/buildLivedInSite.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
