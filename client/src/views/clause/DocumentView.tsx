import { useEffect } from 'react';
import { useQuery } from '../../api/useQuery';
import type { Route } from '../../state/route';
import { RouteLink } from '../../ui/RouteLink';
import { EmptyState, ErrorMessage, Loading } from '../../ui/Status';
import { AnnexTable } from './AnnexTable';
import { POLICY_DOCUMENT } from './clauseQuery';
import type { PolicyDocument } from './clauseQuery';

type DocumentRoute = Extract<Route, { view: 'document' }>;

/**
 * A policy document: its metadata, the documents it implements, its areas and clauses in order (each opening its
 * cascade) and its annex request table. A clause or annex row named in the URL is scrolled to and highlighted.
 */
export function DocumentView({ route }: { route: DocumentRoute }) {
  const state = useQuery(POLICY_DOCUMENT, { id: route.policyId });
  const anchor = route.requestId ? `request-${route.requestId}` : route.clauseId ? `clause-${route.clauseId}` : '';
  useEffect(() => {
    // jsdom has no scrollIntoView.
    if (state.status === 'success' && anchor) document.getElementById(anchor)?.scrollIntoView?.({ block: 'center' });
  }, [state.status, anchor]);
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Loading label="Loading the document…" />;
  if (!state.data.policy) return <EmptyState>No policy {route.policyId}.</EmptyState>;
  return <PolicyBody policy={state.data.policy} route={route} />;
}

function PolicyBody({ policy, route }: { policy: PolicyDocument; route: DocumentRoute }) {
  return (
    <article className="document" lang="zh">
      <h2>{policy.title}</h2>
      {policy.stub ? (
        <p className="badge">Known by reference only: its clauses are inferred from the documents implementing it.</p>
      ) : null}
      <Facts policy={policy} />
      {policy.implements.length ? (
        <section className="document-implements" aria-labelledby="implements-heading">
          <h3 id="implements-heading">Implements 落实</h3>
          <ul>
            {policy.implements.map((p) => (
              <li key={p.id}>
                <RouteLink route={{ view: 'document', policyId: p.id }}>{p.title}</RouteLink>
                {p.docNumber ? <span className="muted"> {p.docNumber}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {policy.sections.map((section) => (
        <section key={section.id} aria-label={section.title}>
          <h3>
            {section.label}
            {section.title}
          </h3>
          {/* The labels ((一), 1.) are the document's own numbering: the list adds none. */}
          <ul className="clause-list">
            {section.clauses.map((clause) => (
              <li
                key={clause.id}
                id={`clause-${clause.id}`}
                className={clause.id === route.clauseId ? 'highlighted' : undefined}
              >
                <RouteLink route={{ view: 'cascade', clauseId: clause.id, selected: clause.id }}>
                  {clause.label ? <span className="clause-label">{clause.label}</span> : null}
                  {clause.title}
                </RouteLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <AnnexTable requests={policy.requests} highlighted={route.requestId} />
    </article>
  );
}

function Facts({ policy }: { policy: PolicyDocument }) {
  const facts: [string, string | null | undefined][] = [
    ['文号 Number', policy.docNumber],
    ['发文机关 Issuer', policy.issuer],
    ['日期 Published', policy.publishedOn],
    [
      '状态 Status',
      policy.status === 'DRAFT' ? '征求意见稿 draft' : policy.status === 'ISSUED' ? '已印发 issued' : null,
    ],
    ['字体 Script', policy.script === 'TRADITIONAL' ? '繁体 Traditional' : policy.script ? '简体 Simplified' : null],
    ['支持总额 Total budget', policy.totalBudget?.text],
    ['有效期 Validity', policy.validity],
    ['来源 Source file', policy.sourceFile],
  ];
  return (
    <dl className="facts">
      {facts
        .filter(([, value]) => value)
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
