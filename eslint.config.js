// ESLint flat config. Layering (DESIGN.md §2) is enforced here with no-restricted-imports:
// dependencies point one way — client → schema ← server → graph-seed.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const storeDrivers = ['neo4j-driver', '@grafeo-db/js'];
const serverOnly = ['graphql', 'graphql-yoga', '@graphql-tools/*', ...storeDrivers];

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
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...serverOnly, '@policy-cascade/server', '@policy-cascade/server/*', '**/server/**'],
              message: 'graph-seed must not depend on stores, GraphQL or the server (DESIGN.md §2).',
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
          patterns: [
            {
              group: [
                ...serverOnly,
                '@policy-cascade/server',
                '@policy-cascade/server/*',
                '@policy-cascade/graph-seed',
                '@policy-cascade/graph-seed/*',
                '**/server/**',
                '**/graph-seed/**',
                'node:*',
              ],
              message: 'The client only speaks GraphQL: import client files and schema/ only (DESIGN.md §2).',
            },
          ],
        },
      ],
    },
  },
);
