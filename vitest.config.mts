// One vitest run for unit, integration and end-to-end tests; npm test reads its JSON report for the closing line.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // e2e files each drive a Chromium; two cores, so keep files from crowding each other.
    maxWorkers: 2,
    fileParallelism: true,
    restoreMocks: true,
  },
});
