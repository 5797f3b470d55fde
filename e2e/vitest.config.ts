import { defineConfig } from 'vitest/config';

/** End-to-end tests: real Chromium and Firefox with the built extension (run `npm run build` first). */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
