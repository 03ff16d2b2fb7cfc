import { defineConfig } from 'vitest/config';

// End-to-end: the built app in Debian's Chromium against `npm run web` on a fresh data folder.
export default defineConfig({
  test: {
    root: '.',
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
