/**
 * The province-wide test corpus (graph-seed/corpus-province): public texts of other localities' versions of
 * 浙政发〔2025〕3号 as found on the web, and a few written to vary their shapes, with what each must become
 * (expectations.json). Read by the tests and the `province` benchmark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCorpusDir } from './readPolicy';

/** graph-seed/corpus-province. */
export const provinceCorpusDir = join(defaultCorpusDir, '../corpus-province');

/** What one text of the province corpus must become: a document, or a refusal. */
export interface ProvinceExpectation {
  /** Policy id of the document it becomes. */
  id?: string;
  /** Its 文号, its own or the one the citations give. */
  docNumber?: string;
  /** Superior policy id → how the link is found. */
  superiors?: Record<string, 'declared' | 'title' | 'geography'>;
  /** A clause whose provincial measure the first clause carries; null when no measure is known to check. */
  firstClause?: string | null;
  /** The error code it is refused with (NO_REGION, NO_STRUCTURE, ENCODING, DUPLICATE). */
  refused?: string;
  why: string;
}

/** expectations.json, by file name. */
export function provinceExpectations(): Map<string, ProvinceExpectation> {
  const data = JSON.parse(readFileSync(join(provinceCorpusDir, 'expectations.json'), 'utf8')) as {
    documents: Record<string, ProvinceExpectation>;
  };
  return new Map(Object.entries(data.documents));
}
