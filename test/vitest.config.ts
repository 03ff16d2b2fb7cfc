import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    root: '.',
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    // Both cores: vitest's default leaves one of the CI machine's two idle (cpus - 1), and the suite's files are
    // mostly waiting on fsync and child processes, so two at a time take about half as long.
    maxWorkers: 2,
    environment: 'node',
    setupFiles: ['test/setup.ts'],
  },
});
