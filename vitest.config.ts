import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One runner for the whole monorepo, three projects:
// - node: co-located unit tests and the cross-package tests in test/ (store contract, API …);
// - client: React component tests in jsdom;
// - e2e: the real explorer in real headless Chromium (test/e2e), after one production build of the client.
const shared = { testTimeout: 30_000, hookTimeout: 60_000 };
const exclude = ['**/node_modules/**', '**/dist/**'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'node',
          include: ['graph-seed/**/*.test.ts', 'server/**/*.test.ts', 'schema/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...exclude, 'test/e2e/**'],
        },
      },
      {
        plugins: [react()],
        test: {
          ...shared,
          name: 'client',
          environment: 'jsdom',
          include: ['client/**/*.test.ts', 'client/**/*.test.tsx'],
          exclude,
          setupFiles: ['client/src/test/setup.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude,
          globalSetup: ['test/e2e/globalSetup.ts'],
          // Each file starts a server and a browser; on 2 cores they run one after the other.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
