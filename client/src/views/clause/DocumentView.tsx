import { useEffect } from 'react';
import { useQuery } from '../../api/useQuery';
import type { Route } from '../../state/route';
import { RouteLink } from '../../ui/RouteLink';
import { EmptyState, ErrorMessage, Loading } from '../../ui/Status';
import { clauseHeading } from '../../ui/labels';
import { POLICY_DOCUMENT } from './clauseQuery';
import type { PolicyDocument } from './clauseQuery';

/** A policy document: its metadata and its areas and clauses in order, each clause opening its cascade. */
export function DocumentView({ route }: { route: Extract<Route, { view: 'document' }> }) {
  const state = useQuery(POLICY_DOCUMENT, { id: route.policyId });
  useEffect(() => {
    if (state.status === 'success' && route.clauseId) {
      document.getElementById(`clause-${route.clauseId}`)?.scrollIntoView({ block: 'center' });
    }
  }, [state.status, route.clauseId]);
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Loading label="Loading the document…" />;
  if (!state.data.policy) return <EmptyState>No policy {route.policyId}.</EmptyState>;
  return <PolicyBody policy={state.data.policy} highlighted={route.clauseId} />;
}

function PolicyBody({ policy, highlighted }: { policy: PolicyDocument; highlighted: string | undefined }) {
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
    <article className="document" lang="zh">
      <h2>{policy.title}</h2>
      {policy.stub ? (
        <p className="badge">Known by reference only: its clauses are inferred from the documents implementing it.</p>
      ) : null}
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
      {policy.implements.length ? (
        <p>
          Implements 落实:{' '}
          {policy.implements.map((p) => (
            <RouteLink key={p.id} route={{ view: 'document', policyId: p.id }}>
              {p.title} {p.docNumber ?? ''}
            </RouteLink>
          ))}
        </p>
      ) : null}
      {policy.sections.map((section) => (
        <section key={section.id} aria-label={section.title}>
          <h3>
            {section.label}
            {section.title}
          </h3>
          <ol className="measure-list">
            {section.clauses.map((clause) => (
              <li
                key={clause.id}
                id={`clause-${clause.id}`}
                className={clause.id === highlighted ? 'highlighted' : undefined}
              >
                <RouteLink route={{ view: 'cascade', clauseId: clause.id, selected: clause.id }}>
                  {clauseHeading(clause)}
                </RouteLink>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </article>
  );
}
