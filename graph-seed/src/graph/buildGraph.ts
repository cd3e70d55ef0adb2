import type { PolicyDocument, Region } from '../model/document';
import type { PolicyGraph } from '../model/graph';
import { regionByCode, regionChain } from '../extract/regions';
import { addDocumentBody } from './documentNodes';
import { GraphAccumulator, props, validateGraph } from './GraphAccumulator';
import type { PolicyIdIndex } from './policyIds';
import { createPolicyIdIndex } from './policyIds';

/** Region nodes for a region and its ancestors, with PART_OF edges up the chain. */
function addRegion(acc: GraphAccumulator, region: Region): void {
  const chain = regionChain(region.code);
  const regions = chain.length > 0 ? chain : [region];
  for (const r of regions) {
    acc.addShared(r.code, 'Region', props({ code: r.code, name: r.name, level: r.level, parentCode: r.parentCode }));
    if (r.parentCode && regionByCode(r.parentCode)) acc.addEdge('PART_OF', r.code, r.parentCode);
  }
}

function addPolicy(acc: GraphAccumulator, doc: PolicyDocument, ids: PolicyIdIndex): void {
  const p = doc.policy;
  addRegion(acc, p.region);
  acc.addUnique(
    p.id,
    'Policy',
    props({
      title: p.title,
      // A text without its own 文号 keeps the one its citations give (嘉政发〔2025〕6号 for a copy that lost it).
      docNumber: p.docNumber ?? ids.docNumberOf(p.id),
      issuer: p.issuer,
      regionCode: p.region.code,
      year: p.year,
      publishedOn: p.publishedOn,
      status: p.status,
      script: p.script,
      sourceFile: p.sourceFile,
      totalBudget: p.totalBudget?.normalizedValue,
      // As written (约26亿元): the 约 is part of what the document says.
      totalBudgetText: p.totalBudget?.text,
      totalBudgetQualifier: p.totalBudget?.qualifier,
      totalBudgetApproximate: p.totalBudget?.approximate,
      validity: p.validity,
      stub: false,
    }),
  );
  acc.addEdge('ISSUED_FOR', p.id, p.region.code);
}

function addStubs(acc: GraphAccumulator, ids: PolicyIdIndex): void {
  for (const stub of ids.stubs) {
    acc.addUnique(
      stub.id,
      'Policy',
      props({
        title: stub.title ?? stub.docNumber ?? stub.id,
        docNumber: stub.docNumber,
        regionCode: stub.regionCode,
        year: stub.year,
        stub: true,
      }),
    );
    const region = stub.regionCode ? regionByCode(stub.regionCode) : undefined;
    if (region) {
      addRegion(acc, region);
      acc.addEdge('ISSUED_FOR', stub.id, region.code);
    }
  }
}

/**
 * Policy IMPLEMENTS edges to the superiors (declared, named in the title, or inferred from geography: `method` says
 * which), CITES for the other references of the document and its clauses; no self-edges.
 */
function addReferences(acc: GraphAccumulator, doc: PolicyDocument, ids: PolicyIdIndex): void {
  const self = doc.policy.id;
  const region = doc.policy.region.code;
  const superiors = ids.superiorsOf(self);
  for (const superior of superiors) acc.addEdge('IMPLEMENTS', self, superior.id, { method: superior.method });
  for (const ref of doc.references) {
    const target = ids.idForReference(ref, region);
    if (target !== self && !superiors.some((s) => s.id === target)) acc.addEdge('CITES', self, target);
  }
  for (const clause of doc.clauses) {
    for (const ref of clause.references) {
      const target = ids.idForReference(ref, region);
      if (target !== self) acc.addEdge('CITES', clause.id, target);
    }
  }
}

/**
 * The PolicyGraph of a set of parsed documents (DESIGN.md §3): Region, Policy (stubs for referenced documents not
 * in the set), Section, Clause, Department, Program, Target and Request nodes with their edges, in a stable order.
 * Inferred clauses and clause-to-clause alignment are not here (see buildCorpusGraph). Throws an Error naming the id
 * when two documents would produce the same node id.
 */
export function buildPolicyGraph(docs: PolicyDocument[], ids: PolicyIdIndex = createPolicyIdIndex(docs)): PolicyGraph {
  const acc = new GraphAccumulator();
  const ordered = [...docs].sort((a, b) => (a.policy.id < b.policy.id ? -1 : a.policy.id > b.policy.id ? 1 : 0));
  for (const doc of ordered) addPolicy(acc, doc, ids);
  addStubs(acc, ids);
  for (const doc of ordered) addDocumentBody(acc, doc);
  for (const doc of ordered) addReferences(acc, doc, ids);
  const graph = acc.toGraph();
  validateGraph(graph);
  return graph;
}

/**
 * One document's part of buildPolicyGraph: its Policy, regions, body and reference edges, shared nodes as this
 * document alone makes them, stubs left out (an edge may point at another document or a stub). Not validated: the
 * parts are checked once merged (mergeDocumentGraphs).
 */
export function documentGraph(doc: PolicyDocument, ids: PolicyIdIndex): PolicyGraph {
  const acc = new GraphAccumulator();
  addPolicy(acc, doc, ids);
  addDocumentBody(acc, doc);
  addReferences(acc, doc, ids);
  return acc.toGraph();
}

/** The stub policies of an index, with their regions (buildPolicyGraph's stubs). */
export function stubGraph(ids: PolicyIdIndex): PolicyGraph {
  const acc = new GraphAccumulator();
  addStubs(acc, ids);
  return acc.toGraph();
}

/** Labels of nodes that several documents share (merged, never owned). */
export const SHARED_LABELS: ReadonlySet<string> = new Set(['Region', 'Department', 'Program']);

/**
 * buildPolicyGraph from its parts: the documents' graphs in policy-id order, then the stubs'. Shared nodes merge as
 * the accumulator merges them (the first document's values, lists united), edges are kept once. Validated unless
 * `validate` is false (a caller that validates a larger graph holding it).
 */
export function mergeDocumentGraphs(parts: readonly PolicyGraph[], options: { validate?: boolean } = {}): PolicyGraph {
  const acc = new GraphAccumulator();
  for (const part of parts) {
    for (const node of part.nodes) {
      if (SHARED_LABELS.has(node.label)) acc.addShared(node.id, node.label, { ...node.properties });
      else acc.addUnique(node.id, node.label, node.properties);
    }
    for (const edge of part.edges) acc.addEdge(edge.type, edge.from, edge.to, edge.properties);
  }
  const graph = acc.toGraph();
  if (options.validate !== false) validateGraph(graph);
  return graph;
}
