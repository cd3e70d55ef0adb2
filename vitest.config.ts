import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One runner for the whole monorepo. The suite runs in two legs (test/support/testStore.ts):
// - the embedded leg (`vitest run`, CASCADE_TEST_STORE unset): every test on grafeo in memory, three projects:
//   node (co-located unit tests and the cross-package tests in test/: store contract, API …), client (React
//   component tests in jsdom) and e2e (the real explorer in real headless Chromium, after one client build);
// - the Neo4j leg (`npm run test:neo4j`, which sets CASCADE_TEST_STORE=neo4j): the tests that touch a store — the
//   Neo4j-only *.int.test.ts (store contract, repository contract, parity, outages), the API tests and e2e — on a
//   real Neo4j. The *.int.test.ts are not part of the embedded leg at all, so nothing skips.
const shared = { testTimeout: 30_000, hookTimeout: 60_000 };
const exclude = ['**/node_modules/**', '**/dist/**'];
const neo4jLeg = process.env.CASCADE_TEST_STORE === 'neo4j';

const e2e = {
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
    // expect.poll waits 1 s by default: on 2 cores with Neo4j's JVM beside it, the first cascade after an import
    // (the server's reads, then the client's fetch, draw and layout) took longer once in CI, and a view that never
    // updates still fails after 15 s.
    expect: { poll: { timeout: 15_000 } },
    // On the Neo4j leg, after the neo4j project: they share the one database.
    sequence: { groupOrder: 1 },
  },
};

const embeddedLeg = [
  {
    test: {
      ...shared,
      name: 'node',
      include: ['graph-seed/**/*.test.ts', 'server/**/*.test.ts', 'schema/**/*.test.ts', 'test/**/*.test.ts'],
      exclude: [...exclude, 'test/e2e/**', '**/*.int.test.ts'],
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
  e2e,
];

const neo4jLegProjects = [
  {
    test: {
      ...shared,
      name: 'neo4j',
      include: ['test/**/*.int.test.ts', 'test/api/**/*.test.ts'],
      exclude: [...exclude, 'test/e2e/**'],
      // Community Edition has one user database: the files that use it run one at a time.
      fileParallelism: false,
      // Loads go over Bolt into a JVM sharing 2 cores: hang guards, not timings, so they are generous.
      testTimeout: 120_000,
      hookTimeout: 300_000,
      sequence: { groupOrder: 0 },
    },
  },
  e2e,
];

export default defineConfig({
  test: { projects: neo4jLeg ? neo4jLegProjects : embeddedLeg },
});
