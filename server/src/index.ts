/**
 * The server package's public surface: the GraphQL app factory, the import service, the repository, the stores and
 * the loader. `main.ts` is the process that wires them together.
 */
export { createApp, GRAPHQL_ENDPOINT } from './api/createApp';
export type { App, AppOptions } from './api/createApp';
export { createLogger } from './api/logger';
export type { Logger, LogLevel } from './api/logger';
export { openLibrary, PolicyImporter, MAX_TEXT_BYTES } from './import';
export type { ImportOutcome, Library } from './import';
export { PolicyRepository } from './repository';
export { openStore } from './store/openStore';
export type { CypherStore } from './store/CypherStore';
export { loadGraph, countGraph } from './load';
export { loadConfig } from './config';
export type { Config } from './config';
