import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build and browser tests build real sites: minutes, not milliseconds.
    testTimeout: 20_000,
    hookTimeout: 600_000,
    // Builds use both cores; running two at once only makes each slower.
    fileParallelism: false,
    reporters: ['default'],
  },
});
