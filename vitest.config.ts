import { defineConfig } from 'vitest/config';

// One runner for the whole monorepo: co-located unit tests and the cross-package tests in test/.
export default defineConfig({
  test: {
    include: ['graph-seed/**/*.test.ts', 'server/**/*.test.ts', 'schema/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
