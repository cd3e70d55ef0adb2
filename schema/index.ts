/**
 * The GraphQL SDL of policy-cascade as one string: every `*.graphql` file of this folder, in name order.
 * The files are the public contract shared by the server (makeExecutableSchema) and the client (typed operations).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Names of the SDL files, sorted. */
export const schemaFiles: readonly string[] = readdirSync(here)
  .filter((file) => file.endsWith('.graphql'))
  .sort();

/** The whole SDL. */
export const typeDefs: string = schemaFiles.map((file) => readFileSync(join(here, file), 'utf8')).join('\n');
