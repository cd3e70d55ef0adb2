/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment RegionFields on Region {\n    code\n    name\n    level\n    parent {\n      code\n    }\n  }\n': typeof types.RegionFieldsFragmentDoc;
  '\n  fragment PolicyRef on Policy {\n    id\n    title\n    docNumber\n    year\n    status\n    stub\n    region {\n      ...RegionFields\n    }\n  }\n': typeof types.PolicyRefFragmentDoc;
  '\n  fragment EdgeReviewFields on Review {\n    decision\n    note\n    at\n  }\n': typeof types.EdgeReviewFieldsFragmentDoc;
  '\n  fragment ClauseCard on Clause {\n    id\n    label\n    title\n    inferred\n    policy {\n      ...PolicyRef\n    }\n  }\n': typeof types.ClauseCardFragmentDoc;
  '\n  fragment QuantityFields on Quantity {\n    id\n    kind\n    role\n    approximate\n    from\n    metric\n    value\n    unit\n    qualifier\n    normalizedValue\n    normalizedUnit\n    text\n  }\n': typeof types.QuantityFieldsFragmentDoc;
  '\n  fragment QuantityChangeFields on QuantityChange {\n    kind\n    metric\n    unit\n    before\n    after\n  }\n': typeof types.QuantityChangeFieldsFragmentDoc;
  '\n  query Cascade($clauseId: ID!, $direction: CascadeDirection!, $depth: Int!) {\n    cascade(clauseId: $clauseId, direction: $direction, depth: $depth) {\n      root {\n        ...ClauseCard\n      }\n      direction\n      depth\n      nodes {\n        distance\n        clause {\n          ...ClauseCard\n        }\n      }\n      edges {\n        id\n        type\n        from\n        to\n        score\n        method\n        evidence\n        merged\n        candidate\n        inheritedFrom\n        origin\n        review {\n          ...EdgeReviewFields\n        }\n      }\n    }\n  }\n': typeof types.CascadeDocument;
  '\n  query ProvincialMeasures {\n    policies(filter: { level: PROVINCE }, first: 5) {\n      edges {\n        node {\n          id\n          title\n          docNumber\n          clauses {\n            ...ClauseCard\n          }\n        }\n      }\n    }\n  }\n': typeof types.ProvincialMeasuresDocument;
  '\n  fragment AlignmentFields on Alignment {\n    type\n    score\n    method\n    evidence\n    reproduction\n    merged\n    candidate\n    inheritedFrom {\n      ...ClauseCard\n    }\n    origin\n    review {\n      ...EdgeReviewFields\n    }\n    changedQuantities {\n      ...QuantityChangeFields\n    }\n    againstOffers {\n      quantity {\n        id\n        text\n        normalizedValue\n        normalizedUnit\n      }\n      offer {\n        metric\n        median\n        unit\n      }\n      position\n    }\n    clause {\n      ...ClauseCard\n    }\n  }\n': typeof types.AlignmentFieldsFragmentDoc;
  '\n  query ClauseDetails($id: ID!) {\n    clause(id: $id) {\n      id\n      label\n      title\n      inferred\n      text\n      textSimplified\n      sourceLine\n      localAddition\n      support\n      inferredFrom {\n        weight\n        clause {\n          ...ClauseCard\n        }\n      }\n      offers {\n        metric\n        unit\n        role\n        min\n        median\n        max\n        count\n      }\n      policy {\n        ...PolicyRef\n        sourceFile\n      }\n      section {\n        id\n        label\n        title\n      }\n      departments {\n        role\n        rank\n        department {\n          id\n          name\n          canonicalName\n        }\n      }\n      programs {\n        id\n        name\n        kind\n      }\n      amounts {\n        ...QuantityFields\n      }\n      targets {\n        ...QuantityFields\n      }\n      implements {\n        ...AlignmentFields\n      }\n      implementedBy {\n        ...AlignmentFields\n      }\n      correspondsTo {\n        ...AlignmentFields\n      }\n      succeeds {\n        ...AlignmentFields\n      }\n      succeededBy {\n        ...AlignmentFields\n      }\n    }\n  }\n': typeof types.ClauseDetailsDocument;
  '\n  query PolicyDocument($id: ID!) {\n    policy(id: $id) {\n      ...PolicyRef\n      issuer\n      publishedOn\n      script\n      sourceFile\n      validity\n      totalBudget {\n        text\n      }\n      implements {\n        id\n        title\n        docNumber\n      }\n      sections {\n        id\n        label\n        title\n        inferred\n        clauses {\n          ...ClauseCard\n        }\n      }\n      requests {\n        id\n        ordinal\n        area\n        item\n        goal\n        departments {\n          role\n          rank\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.PolicyDocumentDocument;
  '\n  query Compare($clauseId: ID!) {\n    compare(clauseId: $clauseId) {\n      clause {\n        ...ClauseCard\n      }\n      measure {\n        ...ClauseCard\n      }\n      rows {\n        clause {\n          id\n          label\n          title\n        }\n        policy {\n          ...PolicyRef\n        }\n        region {\n          ...RegionFields\n        }\n        year\n        quantities {\n          quantity {\n            ...QuantityFields\n          }\n          comparableKey\n          peerMedian\n          ratioToMedian\n          outlier\n        }\n      }\n      successions {\n        older {\n          ...ClauseCard\n        }\n        newer {\n          ...ClauseCard\n        }\n        changes {\n          ...QuantityChangeFields\n        }\n      }\n    }\n  }\n': typeof types.CompareDocument;
  '\n  query Measures($policyId: ID!) {\n    policy(id: $policyId) {\n      id\n      clauses {\n        id\n        label\n        title\n        ordinal\n        section {\n          id\n          label\n          title\n        }\n      }\n    }\n  }\n': typeof types.MeasuresDocument;
  '\n  query Coverage($policyId: ID!) {\n    coverage(policyId: $policyId) {\n      policy {\n        id\n        title\n        docNumber\n      }\n      measures {\n        id\n        label\n        title\n        ordinal\n        inferred\n        section {\n          id\n          label\n          title\n        }\n      }\n      localities {\n        policy {\n          id\n          title\n          year\n          partial\n        }\n        region {\n          code\n          name\n        }\n        carried\n        total\n        share\n      }\n      cells {\n        measureId\n        policyId\n        status\n        clauses {\n          id\n          label\n          title\n        }\n      }\n    }\n  }\n': typeof types.CoverageDocument;
  '\n  query Gaps($policyId: ID!, $regionCode: ID!) {\n    gaps(policyId: $policyId, regionCode: $regionCode) {\n      superior {\n        id\n        title\n        docNumber\n      }\n      locality {\n        id\n        title\n      }\n      region {\n        code\n        name\n      }\n      share\n      gaps {\n        id\n        label\n        title\n        ordinal\n        section {\n          label\n          title\n        }\n      }\n    }\n  }\n': typeof types.GapsDocument;
  '\n  query GapsExport($policyId: ID!) {\n    coverage(policyId: $policyId) {\n      policy { id title docNumber }\n      measures { id label title ordinal inferred section { label title } }\n      localities { policy { id title } region { code name } }\n      cells {\n        measureId\n        policyId\n        status\n        clauses { id label title implements { score merged clause { id implements { clause { id } } } } }\n        candidate { score clause { id label title } }\n      }\n    }\n  }\n': typeof types.GapsExportDocument;
  '\n  query SuperiorPolicies {\n    policies(first: 50, filter: { includeStubs: true }) {\n      edges {\n        node {\n          id\n          title\n          docNumber\n          stub\n          region {\n            code\n            name\n            level\n          }\n          implementedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.SuperiorPoliciesDocument;
  '\n  query Regions {\n    regions {\n      ...RegionFields\n    }\n  }\n': typeof types.RegionsDocument;
  '\n  query RegionPolicies($code: ID!) {\n    region(code: $code) {\n      policies {\n        id\n        title\n        year\n        status\n        stub\n      }\n    }\n  }\n': typeof types.RegionPoliciesDocument;
  '\n  fragment DepartmentClause on Clause {\n    id\n    label\n    title\n    ordinal\n    policy {\n      id\n      title\n      year\n      status\n    }\n  }\n': typeof types.DepartmentClauseFragmentDoc;
  '\n  query Departments($regionCode: ID, $policyId: ID) {\n    departments(regionCode: $regionCode, policyId: $policyId) {\n      id\n      name\n      canonicalName\n      functions\n      asWritten\n      mergedIds\n      leadCount\n      supportCount\n      sectionLeadCount\n      requestCount\n      policies {\n        id\n        title\n        year\n        status\n      }\n      lead: clauses(role: LEAD) {\n        ...DepartmentClause\n      }\n      support: clauses(role: SUPPORT) {\n        ...DepartmentClause\n      }\n    }\n  }\n': typeof types.DepartmentsDocument;
  '\n  query DepartmentFunctions {\n    departmentFunctions {\n      key\n      name\n    }\n  }\n': typeof types.DepartmentFunctionsDocument;
  '\n  query DepartmentFunction($key: String!, $year: Int) {\n    departmentFunction(key: $key, year: $year) {\n      function {\n        key\n        name\n      }\n      year\n      localities {\n        region {\n          ...RegionFields\n        }\n        policies {\n          id\n          title\n          year\n          status\n        }\n        departments {\n          id\n          name\n          asWritten\n        }\n        leadCount\n        supportCount\n        sectionLeadCount\n        clauseCount\n        lead {\n          id\n          label\n          title\n          ordinal\n        }\n        support {\n          id\n          label\n          title\n          ordinal\n        }\n      }\n    }\n  }\n': typeof types.DepartmentFunctionDocument;
  '\n  fragment ImportDiagnostic on Diagnostic {\n    severity\n    code\n    message\n    file\n    line\n  }\n': typeof types.ImportDiagnosticFragmentDoc;
  '\n  fragment ImportPolicyRef on Policy {\n    id\n    title\n    docNumber\n  }\n': typeof types.ImportPolicyRefFragmentDoc;
  '\n  mutation ImportPolicy($text: String!, $sourceName: String!, $replace: Boolean) {\n    importPolicy(text: $text, sourceName: $sourceName, replace: $replace) {\n      __typename\n      ... on ImportedPolicy {\n        replaced\n        filledStub\n        policy {\n          ...ImportPolicyRef\n          year\n          status\n          region {\n            code\n            name\n          }\n          clauses {\n            id\n            label\n            title\n            sourceLine\n            localAddition\n            implements {\n              merged\n              score\n              clause {\n                id\n                label\n                title\n                policy {\n                  ...ImportPolicyRef\n                }\n              }\n            }\n          }\n        }\n        alignment {\n          superiors {\n            ...ImportPolicyRef\n          }\n          clauseCount\n          alignedCount\n          localAdditions {\n            id\n          }\n          gaps {\n            id\n            label\n            title\n            policy {\n              ...ImportPolicyRef\n            }\n          }\n        }\n        warnings {\n          ...ImportDiagnostic\n        }\n      }\n      ... on ImportRejected {\n        code\n        message\n        diagnostics {\n          ...ImportDiagnostic\n        }\n        existing {\n          ...ImportPolicyRef\n          clauseCount\n          region {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.ImportPolicyDocument;
  '\n  query ReviewQueueCoverage($policyId: ID!) {\n    coverage(policyId: $policyId) {\n      localities {\n        policy {\n          id\n        }\n        region {\n          name\n        }\n        carried\n        total\n      }\n    }\n  }\n': typeof types.ReviewQueueCoverageDocument;
  '\n  query ReviewAccess {\n    reviewAccess {\n      enabled\n      granted\n    }\n  }\n': typeof types.ReviewAccessDocument;
  '\n  mutation ReviewAlignment($from: ID!, $to: ID!, $type: AlignmentType!, $decision: ReviewDecision!, $note: String) {\n    reviewAlignment(from: $from, to: $to, type: $type, decision: $decision, note: $note) {\n      id\n      decision\n      note\n      at\n    }\n  }\n': typeof types.ReviewAlignmentDocument;
  '\n  query ReviewQueue($policyId: ID!, $first: Int) {\n    reviewQueue(policyId: $policyId, first: $first) {\n      id\n      kind\n      type\n      score\n      evidence\n      acceptDecision\n      coverageChange\n      locality {\n        id\n        title\n        region {\n          name\n        }\n      }\n      from {\n        id\n        label\n        title\n      }\n      to {\n        id\n        label\n        title\n      }\n    }\n  }\n': typeof types.ReviewQueueDocument;
  '\n  query ReviewClauseSearch($text: String!) {\n    search(text: $text, first: 8) {\n      clause {\n        id\n        label\n        title\n        policy {\n          id\n          title\n          year\n          region {\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.ReviewClauseSearchDocument;
  '\n  fragment FacetCount on FacetCount {\n    value\n    label\n    count\n  }\n': typeof types.FacetCountFragmentDoc;
  '\n  query SearchResults($text: String!, $filter: ClauseFilter, $first: Int!, $after: String) {\n    searchResults(text: $text, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          kind\n          rank\n          titleMatch\n          snippet\n          highlights {\n            start\n            length\n          }\n          policy {\n            ...PolicyRef\n          }\n          clause {\n            ...ClauseCard\n          }\n          request {\n            id\n            ordinal\n            area\n            item\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        localities {\n          ...FacetCount\n        }\n        levels {\n          ...FacetCount\n        }\n        years {\n          ...FacetCount\n        }\n        statuses {\n          ...FacetCount\n        }\n        departments {\n          ...FacetCount\n        }\n        programs {\n          ...FacetCount\n        }\n      }\n    }\n  }\n': typeof types.SearchResultsDocument;
  '\n  query SearchCursors($text: String!, $filter: ClauseFilter, $first: Int!, $after: String) {\n    searchResults(text: $text, filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.SearchCursorsDocument;
};
const documents: Documents = {
  '\n  fragment RegionFields on Region {\n    code\n    name\n    level\n    parent {\n      code\n    }\n  }\n':
    types.RegionFieldsFragmentDoc,
  '\n  fragment PolicyRef on Policy {\n    id\n    title\n    docNumber\n    year\n    status\n    stub\n    region {\n      ...RegionFields\n    }\n  }\n':
    types.PolicyRefFragmentDoc,
  '\n  fragment EdgeReviewFields on Review {\n    decision\n    note\n    at\n  }\n': types.EdgeReviewFieldsFragmentDoc,
  '\n  fragment ClauseCard on Clause {\n    id\n    label\n    title\n    inferred\n    policy {\n      ...PolicyRef\n    }\n  }\n':
    types.ClauseCardFragmentDoc,
  '\n  fragment QuantityFields on Quantity {\n    id\n    kind\n    role\n    approximate\n    from\n    metric\n    value\n    unit\n    qualifier\n    normalizedValue\n    normalizedUnit\n    text\n  }\n':
    types.QuantityFieldsFragmentDoc,
  '\n  fragment QuantityChangeFields on QuantityChange {\n    kind\n    metric\n    unit\n    before\n    after\n  }\n':
    types.QuantityChangeFieldsFragmentDoc,
  '\n  query Cascade($clauseId: ID!, $direction: CascadeDirection!, $depth: Int!) {\n    cascade(clauseId: $clauseId, direction: $direction, depth: $depth) {\n      root {\n        ...ClauseCard\n      }\n      direction\n      depth\n      nodes {\n        distance\n        clause {\n          ...ClauseCard\n        }\n      }\n      edges {\n        id\n        type\n        from\n        to\n        score\n        method\n        evidence\n        merged\n        candidate\n        inheritedFrom\n        origin\n        review {\n          ...EdgeReviewFields\n        }\n      }\n    }\n  }\n':
    types.CascadeDocument,
  '\n  query ProvincialMeasures {\n    policies(filter: { level: PROVINCE }, first: 5) {\n      edges {\n        node {\n          id\n          title\n          docNumber\n          clauses {\n            ...ClauseCard\n          }\n        }\n      }\n    }\n  }\n':
    types.ProvincialMeasuresDocument,
  '\n  fragment AlignmentFields on Alignment {\n    type\n    score\n    method\n    evidence\n    reproduction\n    merged\n    candidate\n    inheritedFrom {\n      ...ClauseCard\n    }\n    origin\n    review {\n      ...EdgeReviewFields\n    }\n    changedQuantities {\n      ...QuantityChangeFields\n    }\n    againstOffers {\n      quantity {\n        id\n        text\n        normalizedValue\n        normalizedUnit\n      }\n      offer {\n        metric\n        median\n        unit\n      }\n      position\n    }\n    clause {\n      ...ClauseCard\n    }\n  }\n':
    types.AlignmentFieldsFragmentDoc,
  '\n  query ClauseDetails($id: ID!) {\n    clause(id: $id) {\n      id\n      label\n      title\n      inferred\n      text\n      textSimplified\n      sourceLine\n      localAddition\n      support\n      inferredFrom {\n        weight\n        clause {\n          ...ClauseCard\n        }\n      }\n      offers {\n        metric\n        unit\n        role\n        min\n        median\n        max\n        count\n      }\n      policy {\n        ...PolicyRef\n        sourceFile\n      }\n      section {\n        id\n        label\n        title\n      }\n      departments {\n        role\n        rank\n        department {\n          id\n          name\n          canonicalName\n        }\n      }\n      programs {\n        id\n        name\n        kind\n      }\n      amounts {\n        ...QuantityFields\n      }\n      targets {\n        ...QuantityFields\n      }\n      implements {\n        ...AlignmentFields\n      }\n      implementedBy {\n        ...AlignmentFields\n      }\n      correspondsTo {\n        ...AlignmentFields\n      }\n      succeeds {\n        ...AlignmentFields\n      }\n      succeededBy {\n        ...AlignmentFields\n      }\n    }\n  }\n':
    types.ClauseDetailsDocument,
  '\n  query PolicyDocument($id: ID!) {\n    policy(id: $id) {\n      ...PolicyRef\n      issuer\n      publishedOn\n      script\n      sourceFile\n      validity\n      totalBudget {\n        text\n      }\n      implements {\n        id\n        title\n        docNumber\n      }\n      sections {\n        id\n        label\n        title\n        inferred\n        clauses {\n          ...ClauseCard\n        }\n      }\n      requests {\n        id\n        ordinal\n        area\n        item\n        goal\n        departments {\n          role\n          rank\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.PolicyDocumentDocument,
  '\n  query Compare($clauseId: ID!) {\n    compare(clauseId: $clauseId) {\n      clause {\n        ...ClauseCard\n      }\n      measure {\n        ...ClauseCard\n      }\n      rows {\n        clause {\n          id\n          label\n          title\n        }\n        policy {\n          ...PolicyRef\n        }\n        region {\n          ...RegionFields\n        }\n        year\n        quantities {\n          quantity {\n            ...QuantityFields\n          }\n          comparableKey\n          peerMedian\n          ratioToMedian\n          outlier\n        }\n      }\n      successions {\n        older {\n          ...ClauseCard\n        }\n        newer {\n          ...ClauseCard\n        }\n        changes {\n          ...QuantityChangeFields\n        }\n      }\n    }\n  }\n':
    types.CompareDocument,
  '\n  query Measures($policyId: ID!) {\n    policy(id: $policyId) {\n      id\n      clauses {\n        id\n        label\n        title\n        ordinal\n        section {\n          id\n          label\n          title\n        }\n      }\n    }\n  }\n':
    types.MeasuresDocument,
  '\n  query Coverage($policyId: ID!) {\n    coverage(policyId: $policyId) {\n      policy {\n        id\n        title\n        docNumber\n      }\n      measures {\n        id\n        label\n        title\n        ordinal\n        inferred\n        section {\n          id\n          label\n          title\n        }\n      }\n      localities {\n        policy {\n          id\n          title\n          year\n          partial\n        }\n        region {\n          code\n          name\n        }\n        carried\n        total\n        share\n      }\n      cells {\n        measureId\n        policyId\n        status\n        clauses {\n          id\n          label\n          title\n        }\n      }\n    }\n  }\n':
    types.CoverageDocument,
  '\n  query Gaps($policyId: ID!, $regionCode: ID!) {\n    gaps(policyId: $policyId, regionCode: $regionCode) {\n      superior {\n        id\n        title\n        docNumber\n      }\n      locality {\n        id\n        title\n      }\n      region {\n        code\n        name\n      }\n      share\n      gaps {\n        id\n        label\n        title\n        ordinal\n        section {\n          label\n          title\n        }\n      }\n    }\n  }\n':
    types.GapsDocument,
  '\n  query GapsExport($policyId: ID!) {\n    coverage(policyId: $policyId) {\n      policy { id title docNumber }\n      measures { id label title ordinal inferred section { label title } }\n      localities { policy { id title } region { code name } }\n      cells {\n        measureId\n        policyId\n        status\n        clauses { id label title implements { score merged clause { id implements { clause { id } } } } }\n        candidate { score clause { id label title } }\n      }\n    }\n  }\n':
    types.GapsExportDocument,
  '\n  query SuperiorPolicies {\n    policies(first: 50, filter: { includeStubs: true }) {\n      edges {\n        node {\n          id\n          title\n          docNumber\n          stub\n          region {\n            code\n            name\n            level\n          }\n          implementedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.SuperiorPoliciesDocument,
  '\n  query Regions {\n    regions {\n      ...RegionFields\n    }\n  }\n': types.RegionsDocument,
  '\n  query RegionPolicies($code: ID!) {\n    region(code: $code) {\n      policies {\n        id\n        title\n        year\n        status\n        stub\n      }\n    }\n  }\n':
    types.RegionPoliciesDocument,
  '\n  fragment DepartmentClause on Clause {\n    id\n    label\n    title\n    ordinal\n    policy {\n      id\n      title\n      year\n      status\n    }\n  }\n':
    types.DepartmentClauseFragmentDoc,
  '\n  query Departments($regionCode: ID, $policyId: ID) {\n    departments(regionCode: $regionCode, policyId: $policyId) {\n      id\n      name\n      canonicalName\n      functions\n      asWritten\n      mergedIds\n      leadCount\n      supportCount\n      sectionLeadCount\n      requestCount\n      policies {\n        id\n        title\n        year\n        status\n      }\n      lead: clauses(role: LEAD) {\n        ...DepartmentClause\n      }\n      support: clauses(role: SUPPORT) {\n        ...DepartmentClause\n      }\n    }\n  }\n':
    types.DepartmentsDocument,
  '\n  query DepartmentFunctions {\n    departmentFunctions {\n      key\n      name\n    }\n  }\n':
    types.DepartmentFunctionsDocument,
  '\n  query DepartmentFunction($key: String!, $year: Int) {\n    departmentFunction(key: $key, year: $year) {\n      function {\n        key\n        name\n      }\n      year\n      localities {\n        region {\n          ...RegionFields\n        }\n        policies {\n          id\n          title\n          year\n          status\n        }\n        departments {\n          id\n          name\n          asWritten\n        }\n        leadCount\n        supportCount\n        sectionLeadCount\n        clauseCount\n        lead {\n          id\n          label\n          title\n          ordinal\n        }\n        support {\n          id\n          label\n          title\n          ordinal\n        }\n      }\n    }\n  }\n':
    types.DepartmentFunctionDocument,
  '\n  fragment ImportDiagnostic on Diagnostic {\n    severity\n    code\n    message\n    file\n    line\n  }\n':
    types.ImportDiagnosticFragmentDoc,
  '\n  fragment ImportPolicyRef on Policy {\n    id\n    title\n    docNumber\n  }\n': types.ImportPolicyRefFragmentDoc,
  '\n  mutation ImportPolicy($text: String!, $sourceName: String!, $replace: Boolean) {\n    importPolicy(text: $text, sourceName: $sourceName, replace: $replace) {\n      __typename\n      ... on ImportedPolicy {\n        replaced\n        filledStub\n        policy {\n          ...ImportPolicyRef\n          year\n          status\n          region {\n            code\n            name\n          }\n          clauses {\n            id\n            label\n            title\n            sourceLine\n            localAddition\n            implements {\n              merged\n              score\n              clause {\n                id\n                label\n                title\n                policy {\n                  ...ImportPolicyRef\n                }\n              }\n            }\n          }\n        }\n        alignment {\n          superiors {\n            ...ImportPolicyRef\n          }\n          clauseCount\n          alignedCount\n          localAdditions {\n            id\n          }\n          gaps {\n            id\n            label\n            title\n            policy {\n              ...ImportPolicyRef\n            }\n          }\n        }\n        warnings {\n          ...ImportDiagnostic\n        }\n      }\n      ... on ImportRejected {\n        code\n        message\n        diagnostics {\n          ...ImportDiagnostic\n        }\n        existing {\n          ...ImportPolicyRef\n          clauseCount\n          region {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.ImportPolicyDocument,
  '\n  query ReviewQueueCoverage($policyId: ID!) {\n    coverage(policyId: $policyId) {\n      localities {\n        policy {\n          id\n        }\n        region {\n          name\n        }\n        carried\n        total\n      }\n    }\n  }\n':
    types.ReviewQueueCoverageDocument,
  '\n  query ReviewAccess {\n    reviewAccess {\n      enabled\n      granted\n    }\n  }\n':
    types.ReviewAccessDocument,
  '\n  mutation ReviewAlignment($from: ID!, $to: ID!, $type: AlignmentType!, $decision: ReviewDecision!, $note: String) {\n    reviewAlignment(from: $from, to: $to, type: $type, decision: $decision, note: $note) {\n      id\n      decision\n      note\n      at\n    }\n  }\n':
    types.ReviewAlignmentDocument,
  '\n  query ReviewQueue($policyId: ID!, $first: Int) {\n    reviewQueue(policyId: $policyId, first: $first) {\n      id\n      kind\n      type\n      score\n      evidence\n      acceptDecision\n      coverageChange\n      locality {\n        id\n        title\n        region {\n          name\n        }\n      }\n      from {\n        id\n        label\n        title\n      }\n      to {\n        id\n        label\n        title\n      }\n    }\n  }\n':
    types.ReviewQueueDocument,
  '\n  query ReviewClauseSearch($text: String!) {\n    search(text: $text, first: 8) {\n      clause {\n        id\n        label\n        title\n        policy {\n          id\n          title\n          year\n          region {\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.ReviewClauseSearchDocument,
  '\n  fragment FacetCount on FacetCount {\n    value\n    label\n    count\n  }\n': types.FacetCountFragmentDoc,
  '\n  query SearchResults($text: String!, $filter: ClauseFilter, $first: Int!, $after: String) {\n    searchResults(text: $text, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          kind\n          rank\n          titleMatch\n          snippet\n          highlights {\n            start\n            length\n          }\n          policy {\n            ...PolicyRef\n          }\n          clause {\n            ...ClauseCard\n          }\n          request {\n            id\n            ordinal\n            area\n            item\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        localities {\n          ...FacetCount\n        }\n        levels {\n          ...FacetCount\n        }\n        years {\n          ...FacetCount\n        }\n        statuses {\n          ...FacetCount\n        }\n        departments {\n          ...FacetCount\n        }\n        programs {\n          ...FacetCount\n        }\n      }\n    }\n  }\n':
    types.SearchResultsDocument,
  '\n  query SearchCursors($text: String!, $filter: ClauseFilter, $first: Int!, $after: String) {\n    searchResults(text: $text, filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.SearchCursorsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RegionFields on Region {\n    code\n    name\n    level\n    parent {\n      code\n    }\n  }\n',
): typeof import('./graphql').RegionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PolicyRef on Policy {\n    id\n    title\n    docNumber\n    year\n    status\n    stub\n    region {\n      ...RegionFields\n    }\n  }\n',
): typeof import('./graphql').PolicyRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EdgeReviewFields on Review {\n    decision\n    note\n    at\n  }\n',
): typeof import('./graphql').EdgeReviewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ClauseCard on Clause {\n    id\n    label\n    title\n    inferred\n    policy {\n      ...PolicyRef\n    }\n  }\n',
): typeof import('./graphql').ClauseCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment QuantityFields on Quantity {\n    id\n    kind\n    role\n    approximate\n    from\n    metric\n    value\n    unit\n    qualifier\n    normalizedValue\n    normalizedUnit\n    text\n  }\n',
): typeof import('./graphql').QuantityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment QuantityChangeFields on QuantityChange {\n    kind\n    metric\n    unit\n    before\n    after\n  }\n',
): typeof import('./graphql').QuantityChangeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Cascade($clauseId: ID!, $direction: CascadeDirection!, $depth: Int!) {\n    cascade(clauseId: $clauseId, direction: $direction, depth: $depth) {\n      root {\n        ...ClauseCard\n      }\n      direction\n      depth\n      nodes {\n        distance\n        clause {\n          ...ClauseCard\n        }\n      }\n      edges {\n        id\n        type\n        from\n        to\n        score\n        method\n        evidence\n        merged\n        candidate\n        inheritedFrom\n        origin\n        review {\n          ...EdgeReviewFields\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').CascadeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProvincialMeasures {\n    policies(filter: { level: PROVINCE }, first: 5) {\n      edges {\n        node {\n          id\n          title\n          docNumber\n          clauses {\n            ...ClauseCard\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ProvincialMeasuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AlignmentFields on Alignment {\n    type\n    score\n    method\n    evidence\n    reproduction\n    merged\n    candidate\n    inheritedFrom {\n      ...ClauseCard\n    }\n    origin\n    review {\n      ...EdgeReviewFields\n    }\n    changedQuantities {\n      ...QuantityChangeFields\n    }\n    againstOffers {\n      quantity {\n        id\n        text\n        normalizedValue\n        normalizedUnit\n      }\n      offer {\n        metric\n        median\n        unit\n      }\n      position\n    }\n    clause {\n      ...ClauseCard\n    }\n  }\n',
): typeof import('./graphql').AlignmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClauseDetails($id: ID!) {\n    clause(id: $id) {\n      id\n      label\n      title\n      inferred\n      text\n      textSimplified\n      sourceLine\n      localAddition\n      support\n      inferredFrom {\n        weight\n        clause {\n          ...ClauseCard\n        }\n      }\n      offers {\n        metric\n        unit\n        role\n        min\n        median\n        max\n        count\n      }\n      policy {\n        ...PolicyRef\n        sourceFile\n      }\n      section {\n        id\n        label\n        title\n      }\n      departments {\n        role\n        rank\n        department {\n          id\n          name\n          canonicalName\n        }\n      }\n      programs {\n        id\n        name\n        kind\n      }\n      amounts {\n        ...QuantityFields\n      }\n      targets {\n        ...QuantityFields\n      }\n      implements {\n        ...AlignmentFields\n      }\n      implementedBy {\n        ...AlignmentFields\n      }\n      correspondsTo {\n        ...AlignmentFields\n      }\n      succeeds {\n        ...AlignmentFields\n      }\n      succeededBy {\n        ...AlignmentFields\n      }\n    }\n  }\n',
): typeof import('./graphql').ClauseDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PolicyDocument($id: ID!) {\n    policy(id: $id) {\n      ...PolicyRef\n      issuer\n      publishedOn\n      script\n      sourceFile\n      validity\n      totalBudget {\n        text\n      }\n      implements {\n        id\n        title\n        docNumber\n      }\n      sections {\n        id\n        label\n        title\n        inferred\n        clauses {\n          ...ClauseCard\n        }\n      }\n      requests {\n        id\n        ordinal\n        area\n        item\n        goal\n        departments {\n          role\n          rank\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').PolicyDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Compare($clauseId: ID!) {\n    compare(clauseId: $clauseId) {\n      clause {\n        ...ClauseCard\n      }\n      measure {\n        ...ClauseCard\n      }\n      rows {\n        clause {\n          id\n          label\n          title\n        }\n        policy {\n          ...PolicyRef\n        }\n        region {\n          ...RegionFields\n        }\n        year\n        quantities {\n          quantity {\n            ...QuantityFields\n          }\n          comparableKey\n          peerMedian\n          ratioToMedian\n          outlier\n        }\n      }\n      successions {\n        older {\n          ...ClauseCard\n        }\n        newer {\n          ...ClauseCard\n        }\n        changes {\n          ...QuantityChangeFields\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').CompareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Measures($policyId: ID!) {\n    policy(id: $policyId) {\n      id\n      clauses {\n        id\n        label\n        title\n        ordinal\n        section {\n          id\n          label\n          title\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').MeasuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Coverage($policyId: ID!) {\n    coverage(policyId: $policyId) {\n      policy {\n        id\n        title\n        docNumber\n      }\n      measures {\n        id\n        label\n        title\n        ordinal\n        inferred\n        section {\n          id\n          label\n          title\n        }\n      }\n      localities {\n        policy {\n          id\n          title\n          year\n          partial\n        }\n        region {\n          code\n          name\n        }\n        carried\n        total\n        share\n      }\n      cells {\n        measureId\n        policyId\n        status\n        clauses {\n          id\n          label\n          title\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').CoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Gaps($policyId: ID!, $regionCode: ID!) {\n    gaps(policyId: $policyId, regionCode: $regionCode) {\n      superior {\n        id\n        title\n        docNumber\n      }\n      locality {\n        id\n        title\n      }\n      region {\n        code\n        name\n      }\n      share\n      gaps {\n        id\n        label\n        title\n        ordinal\n        section {\n          label\n          title\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').GapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GapsExport($policyId: ID!) {\n    coverage(policyId: $policyId) {\n      policy { id title docNumber }\n      measures { id label title ordinal inferred section { label title } }\n      localities { policy { id title } region { code name } }\n      cells {\n        measureId\n        policyId\n        status\n        clauses { id label title implements { score merged clause { id implements { clause { id } } } } }\n        candidate { score clause { id label title } }\n      }\n    }\n  }\n',
): typeof import('./graphql').GapsExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SuperiorPolicies {\n    policies(first: 50, filter: { includeStubs: true }) {\n      edges {\n        node {\n          id\n          title\n          docNumber\n          stub\n          region {\n            code\n            name\n            level\n          }\n          implementedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SuperiorPoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Regions {\n    regions {\n      ...RegionFields\n    }\n  }\n',
): typeof import('./graphql').RegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegionPolicies($code: ID!) {\n    region(code: $code) {\n      policies {\n        id\n        title\n        year\n        status\n        stub\n      }\n    }\n  }\n',
): typeof import('./graphql').RegionPoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DepartmentClause on Clause {\n    id\n    label\n    title\n    ordinal\n    policy {\n      id\n      title\n      year\n      status\n    }\n  }\n',
): typeof import('./graphql').DepartmentClauseFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Departments($regionCode: ID, $policyId: ID) {\n    departments(regionCode: $regionCode, policyId: $policyId) {\n      id\n      name\n      canonicalName\n      functions\n      asWritten\n      mergedIds\n      leadCount\n      supportCount\n      sectionLeadCount\n      requestCount\n      policies {\n        id\n        title\n        year\n        status\n      }\n      lead: clauses(role: LEAD) {\n        ...DepartmentClause\n      }\n      support: clauses(role: SUPPORT) {\n        ...DepartmentClause\n      }\n    }\n  }\n',
): typeof import('./graphql').DepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DepartmentFunctions {\n    departmentFunctions {\n      key\n      name\n    }\n  }\n',
): typeof import('./graphql').DepartmentFunctionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DepartmentFunction($key: String!, $year: Int) {\n    departmentFunction(key: $key, year: $year) {\n      function {\n        key\n        name\n      }\n      year\n      localities {\n        region {\n          ...RegionFields\n        }\n        policies {\n          id\n          title\n          year\n          status\n        }\n        departments {\n          id\n          name\n          asWritten\n        }\n        leadCount\n        supportCount\n        sectionLeadCount\n        clauseCount\n        lead {\n          id\n          label\n          title\n          ordinal\n        }\n        support {\n          id\n          label\n          title\n          ordinal\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DepartmentFunctionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ImportDiagnostic on Diagnostic {\n    severity\n    code\n    message\n    file\n    line\n  }\n',
): typeof import('./graphql').ImportDiagnosticFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ImportPolicyRef on Policy {\n    id\n    title\n    docNumber\n  }\n',
): typeof import('./graphql').ImportPolicyRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportPolicy($text: String!, $sourceName: String!, $replace: Boolean) {\n    importPolicy(text: $text, sourceName: $sourceName, replace: $replace) {\n      __typename\n      ... on ImportedPolicy {\n        replaced\n        filledStub\n        policy {\n          ...ImportPolicyRef\n          year\n          status\n          region {\n            code\n            name\n          }\n          clauses {\n            id\n            label\n            title\n            sourceLine\n            localAddition\n            implements {\n              merged\n              score\n              clause {\n                id\n                label\n                title\n                policy {\n                  ...ImportPolicyRef\n                }\n              }\n            }\n          }\n        }\n        alignment {\n          superiors {\n            ...ImportPolicyRef\n          }\n          clauseCount\n          alignedCount\n          localAdditions {\n            id\n          }\n          gaps {\n            id\n            label\n            title\n            policy {\n              ...ImportPolicyRef\n            }\n          }\n        }\n        warnings {\n          ...ImportDiagnostic\n        }\n      }\n      ... on ImportRejected {\n        code\n        message\n        diagnostics {\n          ...ImportDiagnostic\n        }\n        existing {\n          ...ImportPolicyRef\n          clauseCount\n          region {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ImportPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewQueueCoverage($policyId: ID!) {\n    coverage(policyId: $policyId) {\n      localities {\n        policy {\n          id\n        }\n        region {\n          name\n        }\n        carried\n        total\n      }\n    }\n  }\n',
): typeof import('./graphql').ReviewQueueCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewAccess {\n    reviewAccess {\n      enabled\n      granted\n    }\n  }\n',
): typeof import('./graphql').ReviewAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewAlignment($from: ID!, $to: ID!, $type: AlignmentType!, $decision: ReviewDecision!, $note: String) {\n    reviewAlignment(from: $from, to: $to, type: $type, decision: $decision, note: $note) {\n      id\n      decision\n      note\n      at\n    }\n  }\n',
): typeof import('./graphql').ReviewAlignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewQueue($policyId: ID!, $first: Int) {\n    reviewQueue(policyId: $policyId, first: $first) {\n      id\n      kind\n      type\n      score\n      evidence\n      acceptDecision\n      coverageChange\n      locality {\n        id\n        title\n        region {\n          name\n        }\n      }\n      from {\n        id\n        label\n        title\n      }\n      to {\n        id\n        label\n        title\n      }\n    }\n  }\n',
): typeof import('./graphql').ReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewClauseSearch($text: String!) {\n    search(text: $text, first: 8) {\n      clause {\n        id\n        label\n        title\n        policy {\n          id\n          title\n          year\n          region {\n            name\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ReviewClauseSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FacetCount on FacetCount {\n    value\n    label\n    count\n  }\n',
): typeof import('./graphql').FacetCountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchResults($text: String!, $filter: ClauseFilter, $first: Int!, $after: String) {\n    searchResults(text: $text, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          kind\n          rank\n          titleMatch\n          snippet\n          highlights {\n            start\n            length\n          }\n          policy {\n            ...PolicyRef\n          }\n          clause {\n            ...ClauseCard\n          }\n          request {\n            id\n            ordinal\n            area\n            item\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        localities {\n          ...FacetCount\n        }\n        levels {\n          ...FacetCount\n        }\n        years {\n          ...FacetCount\n        }\n        statuses {\n          ...FacetCount\n        }\n        departments {\n          ...FacetCount\n        }\n        programs {\n          ...FacetCount\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SearchResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchCursors($text: String!, $filter: ClauseFilter, $first: Int!, $after: String) {\n    searchResults(text: $text, filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): typeof import('./graphql').SearchCursorsDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
