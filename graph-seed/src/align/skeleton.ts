import type { Clause, PolicyDocument } from '../model/document';
import type { GraphEdge, GraphNode } from '../model/graph';
import { regionByCode } from '../extract/regions';
import { toSimplified } from '../text/script';
import { consensusOf, type Consensus } from './consensusText';
import { NO_INFERRED_IDS, stableIds, type InferredIds } from './inferredIds';
import { clauseToken } from './edgeMemo';
import { GenerationCache, internContext, keptFor, sequenceKey } from './keptResults';
import { cosine } from './ngrams';
import { neutralizer, type Neutralizer } from './neutralText';
import { updatedOffers, type KeptOffers } from './offersUpdate';
import type { FamilyClustering, PlacedCluster } from './familyClusters';
import type { LinkEnd } from './links';
import type { ClauseProfile } from './profiles';

/** An inferred clause of a stub superior and the implementing clauses it was inferred from. */
export interface InferredClause extends LinkEnd {
  cluster: PlacedCluster;
  /** The implementing clauses it was inferred from (the implementers of this stub that carry the measure). */
  sources: Clause[];
}

export interface Skeleton {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Inferred clause by cluster. */
  clauses: Map<PlacedCluster, InferredClause>;
  /** The ids given and what each stands for, to be kept by the next build (inferredIds.ts). */
  ids: InferredIds;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/**
 * The speaking sources, the most typical first: highest mean body similarity to the others, among the members that
 * carry only this measure when there are any (a secondary member's text carries another measure too: 秀洲 c9
 * 数字化、绿色化 for the green measure whose other member, 平湖 c10, is green alone). The consensus text follows its
 * order (consensusText.ts).
 */
function typicalFirst(cluster: PlacedCluster, speaking: ClauseProfile[]): ClauseProfile[] {
  const best = mostTypical(cluster, speaking);
  return best ? [best, ...speaking.filter((p) => p !== best)] : speaking;
}

/**
 * typicalFirst's first, kept with the first speaking source by the identities it reads (the sources and which are
 * primary): every import infers each measure of the province again, from the same dozen exemplars.
 */
function mostTypical(cluster: PlacedCluster, speaking: ClauseProfile[]): ClauseProfile | undefined {
  const owner = speaking[0];
  if (!owner) return undefined;
  const primary = speaking.filter((p) => !cluster.secondary.has(p.clause.id));
  const key = internContext(`typical|${sequenceKey(speaking)}|${sequenceKey(primary)}`);
  return keptFor(owner, key, () => {
    const candidates = primary.length > 0 ? primary : speaking;
    let best = candidates[0];
    let bestScore = -1;
    for (const p of candidates) {
      const others = speaking.filter((q) => q !== p);
      const mean = others.reduce((sum, q) => sum + cosine(p.body, q.body), 0) / Math.max(1, others.length);
      if (mean > bestScore) [best, bestScore] = [p, mean];
    }
    return best;
  });
}

/**
 * The sources that speak for an inferred clause: those among the cluster's exemplars (all of them in a family no
 * larger than its core), else the first exemplar-count of them in document order.
 */
function speakingSources(cluster: PlacedCluster, members: ClauseProfile[], ids: ReadonlySet<string>): ClauseProfile[] {
  const speaking = cluster.exemplars.filter((m) => ids.has(m.clause.id));
  if (speaking.length > 0) return speaking;
  return members.slice(0, Math.max(1, cluster.exemplars.length));
}

/** What an inferred node stands on: the implementing nodes it was inferred from, and how many localities. */
function provenance(from: Array<{ id: string; weight: number }>) {
  const localities = new Set(from.map((f) => f.id.slice(0, f.id.lastIndexOf('/'))));
  return { inferredFrom: JSON.stringify(from), support: localities.size };
}

/** Per area: its sections in the speaking implementers (the core's, else all) and the title most of them use. */
function areaSections(clustering: FamilyClustering, docs: PolicyDocument[], neutral: Neutralizer) {
  // The core's implementers title the areas when there are any: a large family's many texts would make the title
  // flip as documents are added, for no gain.
  const core = new Set(clustering.docs.slice(0, clustering.coreSize));
  const speaking = docs.some((d) => core.has(d)) ? docs.filter((d) => core.has(d)) : docs;
  const byArea = new Map<number, Array<{ id: string; title: string }>>();
  for (const doc of speaking)
    for (const section of doc.sections) {
      const area = clustering.areaOfSection.get(section.id);
      if (area !== undefined)
        byArea.set(area, [...(byArea.get(area) ?? []), { id: section.id, title: toSimplified(section.title) }]);
    }
  return new Map(
    [...byArea].map(([area, list]) => [
      area,
      {
        title: neutral.title(mostCommon(list.map((s) => s.title))),
        ...provenance(list.map((s) => ({ id: s.id, weight: 1 }))),
      },
    ]),
  );
}

/**
 * The inferred skeleton of a stub superior: one Section per area its measures fall in and one Clause per measure,
 * in the superior's words, built from what its implementers share (consensusText.ts), with the range of each figure
 * they give (offers.ts) and where it comes from (`inferredFrom`, `support`). Clauses and sections keep the ids of
 * `previous` (stableIds); `ordinal` is their place in the skeleton.
 * @param sourcesOf the members (implementing clauses) a cluster's inferred clause stands for, in the cluster's order
 *   (empty: no clause for it).
 */
export function inferSkeleton(
  stubId: string,
  clustering: FamilyClustering,
  implementers: PolicyDocument[],
  sourcesOf: (cluster: PlacedCluster) => ClauseProfile[],
  idf: Map<string, number>,
  previous: InferredIds = NO_INFERRED_IDS,
): Skeleton {
  const region = regionByCode(stubId.slice(0, 6));
  const neutral = neutralizer(region ?? { code: stubId.slice(0, 6), name: '', level: 'PROVINCE', parentCode: null });
  const areas = areaSections(clustering, implementers, neutral);
  const planned = clustering.clusters
    .map((cluster) => {
      const members = sourcesOf(cluster);
      return { cluster, members, sources: members.map((m) => m.clause) };
    })
    .filter((p) => p.sources.length > 0);
  const sourceIds = planned.map((p) => p.sources.map((c) => c.id));
  const [clausePrefix, sectionPrefix] = [`${stubId}/c`, `${stubId}/s`];
  const clauses = stableIds(clausePrefix, sourceIds, previous.clauses, previous.highest?.get(clausePrefix));
  const clauseIds = clauses.ids;
  // `areas` (above) are the inferred sections' titles and provenance; this is their order in the skeleton.
  const areaList = [...new Set(planned.map((p) => p.cluster.area))];
  const inArea = areaList.map((area) => clauseIds.filter((_, i) => planned[i]!.cluster.area === area));
  const sections = stableIds(sectionPrefix, inArea, previous.sections, previous.highest?.get(sectionPrefix));
  const sectionIds = sections.ids;
  const skeleton: Skeleton = {
    nodes: [],
    edges: [],
    clauses: new Map(),
    ids: {
      clauses: new Map(clauseIds.map((id, i) => [id, sourceIds[i]!])),
      sections: new Map(sectionIds.map((id, i) => [id, inArea[i]!])),
      highest: new Map([
        [clausePrefix, clauses.highest],
        [sectionPrefix, sections.highest],
      ]),
    },
  };
  const written = new Set<number>();
  const sectionFor = (area: number) => {
    const index = areaList.indexOf(area);
    const section = { id: sectionIds[index]!, ordinal: index + 1 };
    if (written.has(area)) return section;
    written.add(area);
    const known = areas.get(area);
    const properties = {
      ordinal: section.ordinal,
      label: '',
      title: known?.title ?? '',
      inferred: true,
      policyId: stubId,
      ...(known ? { inferredFrom: known.inferredFrom, support: known.support } : provenance([])),
    };
    skeleton.nodes.push({ id: section.id, label: 'Section', properties });
    skeleton.edges.push({ type: 'HAS_SECTION', from: stubId, to: section.id, properties: {} });
    return section;
  };
  const context = { stubId, idf, neutral };
  planned.forEach((p, i) =>
    addClause(skeleton, context, p, sectionFor(p.cluster.area), { id: clauseIds[i]!, ordinal: i + 1 }),
  );
  return skeleton;
}

/**
 * A title no earlier inferred clause of the stub bears: two measures whose consensus is the same merging clause
 * (秀洲 c9 数字化、绿色化 in both the digital and the green measure of 嘉兴's two counties) get another of their
 * sources' headings, so no two rows of the coverage matrix read alike.
 */
function distinctTitle(skeleton: Skeleton, title: string, alternatives: string[], neutral: Neutralizer): string {
  const used = new Set(skeleton.nodes.filter((n) => n.label === 'Clause').map((n) => n.properties.title));
  if (!used.has(title)) return title;
  return alternatives.map((t) => neutral.title(t)).find((t) => !used.has(t) && !neutral.namesLocality(t)) ?? title;
}

/** Words (and figures) an inferred clause's edges are computed from, one object per text: edges memoize on it. */
const wordsOfText = new Map<string, object>();
function wordsOf(text: string): object {
  let words = wordsOfText.get(text);
  if (!words) wordsOfText.set(text, (words = {}));
  return words;
}

// The offers of an inferred clause as its node writes them, kept under the clause's id with what they were made of
// (the sources and the neutralizer): the next alignment's offers of that clause replace them, brought up to date
// from them when only clauses were added (offersUpdate.ts: an import adds one document to each measure it joins).
// Kept by the sources alone, every import left the offers of each measure it joined behind (a province measure's name
// the figures of its thousand implementers): never asked again, they lived until the cache turned over, and were a
// third of what the worker kept of an import at 300 documents (heap sampling).
const offersKept = new GenerationCache<string, KeptOffers>(8_000);
function offersText(clauseId: string, sources: Clause[], neutral: Neutralizer): string {
  const kept = offersKept.get(clauseId);
  const offers = updatedOffers(kept, sources, neutral.title);
  if (offers !== kept) offersKept.set(clauseId, offers);
  return offers.text;
}

// Each member's entry in an inferred clause's `inferredFrom`, kept per consensus (the weights read only the consensus
// and the member's clause): a province's measure has a thousand members, each import infers every measure again and
// adds one member to most, and writing every entry again (JSON.stringify of the whole list) was a quarter of the
// skeleton's time at 1,000 documents. By the member clause's identity token (edgeMemo.ts) in a plain map: keyed by the
// clause in a weak map, every member of every measure was an ephemeron for the collector's pause.
const entriesKept = new WeakMap<Consensus, Map<number, string>>();

/** `provenance` of the members weighed by the consensus: the same text, from the entries kept. */
function sourcesProvenance(consensus: Consensus, members: ClauseProfile[]): ReturnType<typeof provenance> {
  let entries = entriesKept.get(consensus);
  if (!entries) entriesKept.set(consensus, (entries = new Map()));
  const written: string[] = [];
  const localities = new Set<string>();
  for (const member of members) {
    const { id } = member.clause;
    const token = clauseToken(member.clause);
    let entry = entries.get(token);
    if (entry === undefined) entries.set(token, (entry = JSON.stringify({ id, weight: consensus.weightOf(member) })));
    written.push(entry);
    localities.add(id.slice(0, id.lastIndexOf('/')));
  }
  return { inferredFrom: `[${written.join(',')}]`, support: localities.size };
}

function addClause(
  skeleton: Skeleton,
  { stubId, idf, neutral }: { stubId: string; idf: Map<string, number>; neutral: Neutralizer },
  { cluster, members, sources }: { cluster: PlacedCluster; members: ClauseProfile[]; sources: Clause[] },
  section: { id: string; ordinal: number },
  { id, ordinal }: { id: string; ordinal: number },
): void {
  const ids = new Set(sources.map((c) => c.id));
  const speaking = typicalFirst(cluster, speakingSources(cluster, members, ids));
  // A measure this stub has only through a clause that joined it by a sentence is named by the measure's own clauses.
  const naming = speaking.some((p) => !cluster.secondary.has(p.clause.id))
    ? speaking
    : [
        ...typicalFirst(
          cluster,
          cluster.exemplars.filter((m) => !cluster.secondary.has(m.clause.id)),
        ),
        ...speaking,
      ];
  const consensus = consensusOf(naming.length > 0 ? naming : speaking, idf, neutral);
  const titles = naming.map((p) => p.clause.textSimplified.split(/[。．]/)[0] ?? '');
  const title = distinctTitle(skeleton, consensus.title, titles, neutral);
  const text = title === consensus.title ? consensus.text : consensus.text.replace(consensus.title, title);
  const properties = {
    ordinal,
    label: '',
    title,
    text,
    textSimplified: text,
    sectionOrdinal: section.ordinal,
    inferred: true,
    policyId: stubId,
    ...sourcesProvenance(consensus, members),
    offers: offersText(id, sources, neutral),
  };
  skeleton.nodes.push({ id, label: 'Clause', properties });
  skeleton.edges.push({ type: 'HAS_CLAUSE', from: section.id, to: id, properties: {} });
  skeleton.clauses.set(cluster, { id, textSimplified: text, quantities: [], words: wordsOf(text), cluster, sources });
}
