/** The import side of the server: start-up loading (openLibrary) and importPolicy (PolicyImporter). */
export { PolicyImporter } from './PolicyImporter';
export type { ImportOutcome, ImportSource, ImportSummary, ImporterOptions } from './PolicyImporter';
export { openLibrary } from './openLibrary';
export type { Library, LibraryOptions, StartMode } from './openLibrary';
export type { GrowthOutcome } from './growLibrary';
export { MAX_TEXT_BYTES } from './checkText';
export type { Rejection, RejectCode } from './checkText';
export { MAX_CLAUSES, MAX_MEASURES_ADDED } from './importBounds';
export { computeImport, IMPORT_BOUNDS } from './computeImport';
export type { ImportBounds } from './computeImport';
export { seedBuild } from './importState';
export { rehearseImport } from './importRehearsal';
export type { Seeded } from './importState';
export { GraphRecord } from './fingerprint';
export { INFERRED_IDS_FILE, readInferredIds } from './inferredIdsFile';
export type { KeptInferredIds } from './inferredIdsFile';
export { readIfPresent, readKeptTexts, removeStagedTexts, replaceFile } from './keptTexts';
