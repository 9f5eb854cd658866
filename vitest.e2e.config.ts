import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in a real Chromium, one file at a time (2 cores).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
