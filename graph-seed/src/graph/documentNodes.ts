import type { Clause, DepartmentRef, PolicyDocument, ProgramRef, Quantity, Request, Section } from '../model/document';
import { toSimplified } from '../text/script';
import type { GraphAccumulator } from './GraphAccumulator';
import { props } from './GraphAccumulator';

/** Department node id: `{regionCode}/{canonicalName}`. */
export function departmentId(regionCode: string, dept: DepartmentRef): string {
  return `${regionCode}/${dept.canonicalName}`;
}

function addDepartment(acc: GraphAccumulator, regionCode: string, dept: DepartmentRef): string {
  const id = departmentId(regionCode, dept);
  acc.addShared(
    id,
    'Department',
    props({
      name: dept.name,
      canonicalName: dept.canonicalName,
      functions: dept.functions,
      regionCode,
      names: [dept.name],
    }),
  );
  acc.addEdge('OF', id, regionCode);
  return id;
}

function quantityProps(q: Quantity, ownerId: string) {
  return props({
    kind: q.kind,
    role: q.role,
    approximate: q.approximate,
    from: q.from,
    metric: q.metric,
    value: q.value,
    unit: q.unit,
    qualifier: q.qualifier,
    normalizedValue: q.normalizedValue,
    normalizedUnit: q.normalizedUnit,
    text: q.text,
    offset: q.offset,
    ownerId,
  });
}

/**
 * A Program node (shared: every document's mentions merge on the key) and the MENTIONS edge from its owner, a
 * clause, section or request. `aliases` gathers the other spellings the texts use (“千项万亿”项目 for “千项万亿”工程).
 */
function addMentions(acc: GraphAccumulator, ownerId: string, programs: ProgramRef[]): void {
  for (const program of programs) {
    const aliases = program.written === program.name ? undefined : [program.written];
    acc.addShared(program.key, 'Program', props({ name: program.name, kind: program.kind, aliases }));
    acc.addEdge('MENTIONS', ownerId, program.key);
  }
}

/** Target nodes `{ownerId}/t{n}` (n 1-based in text order) and SETS edges from their owner. */
function addTargets(acc: GraphAccumulator, ownerId: string, quantities: Quantity[]): void {
  const ordered = [...quantities].sort((a, b) => a.offset - b.offset);
  ordered.forEach((q, i) => {
    const id = `${ownerId}/t${i + 1}`;
    acc.addUnique(id, 'Target', quantityProps(q, ownerId));
    acc.addEdge('SETS', ownerId, id);
  });
}

function addSection(acc: GraphAccumulator, doc: PolicyDocument, section: Section): void {
  const region = doc.policy.region.code;
  const budgets = section.quantities.filter((q) => q.kind === 'BUDGET').map((q) => q.normalizedValue);
  acc.addUnique(
    section.id,
    'Section',
    props({
      ordinal: section.ordinal,
      label: section.label,
      title: section.title,
      preamble: section.preamble,
      budgetAmounts: budgets,
      sourceLine: section.sourceLine,
      policyId: doc.policy.id,
    }),
  );
  acc.addEdge('HAS_SECTION', doc.policy.id, section.id);
  for (const dept of section.leadDepartments)
    acc.addEdge('LED_BY', section.id, addDepartment(acc, region, dept), props({ rank: dept.rank, name: dept.name }));
  addTargets(acc, section.id, section.quantities);
  addMentions(acc, section.id, section.programs);
}

function addClause(acc: GraphAccumulator, doc: PolicyDocument, clause: Clause, sectionIds: Map<number, string>): void {
  const region = doc.policy.region.code;
  acc.addUnique(
    clause.id,
    'Clause',
    props({
      ordinal: clause.ordinal,
      label: clause.label,
      title: clause.title,
      text: clause.text,
      textSimplified: clause.textSimplified,
      sourceLine: clause.sourceLine,
      sectionOrdinal: clause.sectionOrdinal,
      policyId: doc.policy.id,
    }),
  );
  // A partial text without areas still hangs its clauses on the policy.
  acc.addEdge('HAS_CLAUSE', sectionIds.get(clause.sectionOrdinal) ?? doc.policy.id, clause.id);
  for (const dept of clause.departments) {
    acc.addEdge(
      'ASSIGNED_TO',
      clause.id,
      addDepartment(acc, region, dept),
      props({ role: dept.role, rank: dept.rank, name: dept.name }),
    );
  }
  addMentions(acc, clause.id, clause.programs);
  addTargets(acc, clause.id, [...clause.amounts, ...clause.targets]);
}

/**
 * What search reads of an annex row, in Simplified script: the item, its goal and the departments, as a clause's
 * textSimplified holds its title, body and responsibility list.
 */
export function requestSearchText(request: Request): string {
  return toSimplified([request.item, request.goal, request.departments.map((d) => d.name).join('、')].join('\n'));
}

/** Sections, clauses, departments, programs, targets and requests of one document, with their edges. */
export function addDocumentBody(acc: GraphAccumulator, doc: PolicyDocument): void {
  for (const section of doc.sections) addSection(acc, doc, section);
  const sectionIds = new Map(doc.sections.map((s) => [s.ordinal, s.id]));
  for (const clause of doc.clauses) addClause(acc, doc, clause, sectionIds);
  for (const request of doc.requests) {
    acc.addUnique(
      request.id,
      'Request',
      props({
        ordinal: request.ordinal,
        area: request.area,
        item: request.item,
        goal: request.goal,
        textSimplified: requestSearchText(request),
        departments: request.departments.map((d) => d.name),
        sourceLine: request.sourceLine,
        policyId: doc.policy.id,
      }),
    );
    acc.addEdge('HAS_REQUEST', doc.policy.id, request.id);
    for (const dept of request.departments) {
      const id = addDepartment(acc, doc.policy.region.code, dept);
      acc.addEdge('ASSIGNED_TO', request.id, id, props({ role: dept.role, rank: dept.rank, name: dept.name }));
    }
    addMentions(acc, request.id, request.programs);
  }
}
