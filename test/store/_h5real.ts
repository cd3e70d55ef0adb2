import { buildCorpusGraph, loadCorpus } from '@policy-cascade/graph-seed';
import { createGrafeoStore } from '../../server/src/store/grafeo/grafeoStore';
import { loadGraph } from '../../server/src/load';
import { PolicyRepository } from '../../server/src/repository';
const t0 = performance.now();
const { documents, diagnostics } = loadCorpus();
console.log(documents.length, diagnostics.filter((d) => d.severity === 'error').length);
const graph = buildCorpusGraph(documents);
console.log(graph.nodes.length, graph.edges.length, performance.now() - t0);
const s = await createGrafeoStore();
await loadGraph(s, graph);
const r = new PolicyRepository(s);
const j = (x: unknown) => console.log(JSON.stringify(x));
j(await r.listRegions());
j(
  (await r.listPolicies({ first: 20, includeStubs: true })).items.map((p) => [
    p.id,
    p.title,
    p.docNumber,
    p.stub,
    p.status,
    p.year,
    p.regionCode,
  ]),
);
j(
  (await r.sectionsOfPolicies(['330411-2025', '330500-2025', '330481-2025', '330482-2025', '330411-2024-draft'])).map(
    (x) => x.length,
  ),
);
j(
  (await r.clausesOfPolicies(['330411-2025', '330500-2025', '330481-2025', '330482-2025', '330411-2024-draft'])).map(
    (x) => x.length,
  ),
);
j(await r.search('发改局', 3));
j((await r.search('發改局', 100)).length);
j((await r.search('孵化器', 100)).map((h) => [h.clause.id, h.score]));
j(
  (await r.departments({ regionCode: '330411' }))
    .slice(0, 5)
    .map((d) => [d.id, d.leadClauseIds.length, d.supportClauseIds.length]),
);
j((await r.departments({ regionCode: '330500' })).length);
j((await r.programs()).slice(0, 8).map((p) => [p.id, p.clauseIds.length, p.adoptions.map((a) => a.policyId)]));
j((await r.programs()).length);
j((await r.quantitiesOfClauses(['330411-2025/c1']))[0]?.map((q) => [q.text, q.metric, q.normalizedValue]));
j((await r.departmentsOfClauses(['330411-2025/c1']))[0]?.map((d) => [d.departmentId, d.role, d.rank]));
j(await r.referencesOfPolicies(['330411-2025', '330500-2025', '330481-2025', '330482-2025', '330411-2024-draft']));
const n = await r.neighborhood('330411-2025/c1', 1);
j([n.nodes.length, n.edges.map((e) => e.id)]);
j((await r.path('330411-2025/c1', '330482-2025/c1'))?.edges.map((e) => e.id));
await s.close();
