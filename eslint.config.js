// ESLint flat config. Layering (DESIGN.md §2) is enforced here with no-restricted-imports:
// dependencies point one way — client → schema ← server → graph-seed.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const storeDrivers = ['neo4j-driver', '@grafeo-db/js'];
const serverOnly = ['graphql', 'graphql-yoga', '@graphql-tools/*', ...storeDrivers];
const graphSeedLayer = {
  group: [...serverOnly, '@policy-cascade/server', '@policy-cascade/server/*', '**/server/**'],
  message: 'graph-seed must not depend on stores, GraphQL or the server (DESIGN.md §2).',
};
const clientOnlyGraphQL = 'The client only speaks GraphQL: import client files and schema/ only (DESIGN.md §2).';
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'url', 'os', 'child_process', 'process'];

export default tseslint.config(
  // Generated from schema/ by GraphQL Code Generator (codegen.ts); test/infra/codegen.test.ts keeps them current.
  { ignores: ['**/node_modules/**', '**/dist/**', 'test-artifacts/**', 'coverage/**', '**/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name=/^(it|test|describe)$/][property.name='only']",
          message: 'No .only in committed tests.',
        },
      ],
    },
  },
  {
    // graph-seed parses and aligns; it knows nothing of stores, GraphQL or the server.
    files: ['graph-seed/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [graphSeedLayer] }] },
  },
  {
    // Parsers are pure (DESIGN.md §2): no file system, no process; io/ and cli/ read files. Tests read the corpus,
    // and the golden-file tooling beside the goldens reads and writes them.
    files: ['graph-seed/src/{parse,text,extract}/**/*.ts'],
    ignores: ['**/*.test.ts', 'graph-seed/src/parse/golden.ts', 'graph-seed/src/parse/updateGolden.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            graphSeedLayer,
            { group: nodeBuiltins, message: 'Parsers do no I/O: read files in graph-seed/src/io (DESIGN.md §2).' },
          ],
        },
      ],
    },
  },
  {
    // Loading and importing sit below the API and above the store port; they use other folders through their index.
    files: ['server/src/load/**/*.ts', 'server/src/import/**/*.ts', 'server/src/review/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/api', '**/api/**', '**/cli/**'], message: 'load and import know nothing of the API or CLI.' },
            {
              group: ['../repository/*', '../load/*', '../import/*', '../review/*'],
              message:
                'Use another folder through its index (../repository, ../load, ../import, ../review), not its files.',
            },
            {
              group: ['../store/grafeo/*', '../store/neo4j/*', ...storeDrivers],
              message: 'Stores through the CypherStore port (../store/CypherStore, ../store/statement) only.',
            },
            {
              group: ['@policy-cascade/graph-seed/*', '**/graph-seed/**'],
              message: 'graph-seed through its entry point.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and benchmarks use each package through its entry point (or a server folder's index), as a caller would.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    ignores: ['test/typecheck/fixtures/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/graph-seed/src/**', '@policy-cascade/graph-seed/*'],
              message: 'Import graph-seed from @policy-cascade/graph-seed, its entry point.',
            },
            {
              group: [
                '**/server/src/repository/*',
                '**/server/src/load/*',
                '**/server/src/import/*',
                '**/server/src/review/*',
                '**/server/src/api/resolvers/**',
              ],
              message: 'Import a server folder through its index (server/src/repository …); resolvers through the app.',
            },
            {
              regex: '(^|/)client/src/(?!views/import/exampleDocument$)',
              message: 'The client is tested through the browser; only its example document is shared.',
            },
          ],
        },
      ],
    },
  },
  {
    // Store adapters run Cypher and return plain rows: no GraphQL, no policy knowledge.
    files: ['server/src/store/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'graphql',
                'graphql-yoga',
                '@graphql-tools/*',
                '**/repository/**',
                '**/api/**',
                '@policy-cascade/graph-seed',
              ],
              message: 'Adapters know nothing of GraphQL or policies (DESIGN.md §2).',
            },
          ],
        },
      ],
    },
  },
  {
    // The repository speaks Cypher through the CypherStore port; it never touches a driver or GraphQL.
    files: ['server/src/repository/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['graphql', 'graphql-yoga', '@graphql-tools/*', ...storeDrivers, '**/api/**'],
              message: 'The repository uses the CypherStore port only (DESIGN.md §6).',
            },
          ],
        },
      ],
    },
  },
  {
    // Resolvers call the repository; drivers stay behind the store port.
    files: ['server/src/api/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: storeDrivers, message: 'Resolvers never import a driver (STYLE.md).' }] },
      ],
    },
  },
  {
    // The client talks only GraphQL: it may import client files, schema/ and its own browser dependencies.
    files: ['client/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          // Package names as paths: as a pattern, 'graphql' would also match the generated api/generated/graphql.
          paths: ['graphql', 'graphql-yoga', ...storeDrivers].map((name) => ({ name, message: clientOnlyGraphQL })),
          patterns: [
            {
              group: [
                '@graphql-tools/*',
                '@policy-cascade/server',
                '@policy-cascade/server/*',
                '@policy-cascade/graph-seed',
                '@policy-cascade/graph-seed/*',
                '**/server/**',
                '**/graph-seed/**',
                'node:*',
              ],
              message: clientOnlyGraphQL,
            },
          ],
        },
      ],
    },
  },
);
