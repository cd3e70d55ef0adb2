/** The import side of the server: start-up loading (openLibrary) and importPolicy (PolicyImporter). */
export { PolicyImporter } from './PolicyImporter';
export type { ImportOutcome, ImportSummary, ImporterOptions } from './PolicyImporter';
export { openLibrary } from './openLibrary';
export type { Library, LibraryOptions } from './openLibrary';
export { MAX_TEXT_BYTES } from './checkText';
export type { Rejection, RejectCode } from './checkText';
export { MAX_CLAUSES, MAX_MEASURES_ADDED } from './importBounds';
export { importState } from './computeImport';
export type { ImportBounds, ImportState } from './computeImport';
export { removeStagedTexts } from './keptTexts';
