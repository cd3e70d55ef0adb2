import { RouteLink } from '../../ui/RouteLink';
import { DiagnosticList } from './DiagnosticList';
import type { ImportedPolicy, ImportRejected } from './importOperations';
import { landingCounts, landingOf } from './landings';

/** Why nothing was imported: the code, the message and the lines to fix. */
export function Rejected({ result, onShowLine }: { result: ImportRejected; onShowLine: (line: number) => void }) {
  return (
    <section className="import-rejected" role="alert" aria-labelledby="import-rejected-heading">
      <h3 id="import-rejected-heading">Not imported ({result.code})</h3>
      <p>{result.message}</p>
      <DiagnosticList diagnostics={result.diagnostics} onShowLine={onShowLine} label="Errors" />
      <p className="import-note">Nothing was changed in the graph.</p>
    </section>
  );
}

/**
 * ALREADY_EXISTS: the document this text would replace, and the choice. Nothing is replaced until the user says so;
 * then the same text is sent again with replace: true.
 */
export function ConfirmReplace({
  existing,
  onReplace,
  onKeep,
}: {
  existing: NonNullable<ImportRejected['existing']>;
  onReplace: () => void;
  onKeep: () => void;
}) {
  return (
    <section className="import-confirm" role="alert" aria-labelledby="import-confirm-heading">
      <h3 id="import-confirm-heading">Replace {existing.title}?</h3>
      <p>
        {existing.region?.name ?? 'The graph'} already has this document ({existing.docNumber ?? existing.id},{' '}
        {existing.clauseCount} clause{existing.clauseCount === 1 ? '' : 's'}). Importing this text replaces it: its
        clauses, and where they land in the cascade.
      </p>
      <div className="import-row">
        <button type="button" onClick={onReplace}>
          Replace it
        </button>
        <button type="button" onClick={onKeep}>
          Keep the existing one
        </button>
      </div>
    </section>
  );
}

/** The imported document: where its clauses landed, what it left out, and its warnings. */
export function Imported({ result, onShowLine }: { result: ImportedPolicy; onShowLine: (line: number) => void }) {
  const { policy, alignment } = result;
  const additions = new Set(alignment.localAdditions.map((c) => c.id));
  const counts = landingCounts(result);
  return (
    <section className="import-result" aria-labelledby="import-result-heading">
      <h3 id="import-result-heading">
        {result.replaced ? 'Replaced' : 'Imported'}: {policy.title}
      </h3>
      {result.filledStub ? (
        <p className="import-note">It was known until now only from the documents that cite it; its text is in now.</p>
      ) : null}
      <p className="import-summary">
        {policy.region?.name ?? ''} {policy.year ?? ''} · {counts.carries} of {policy.clauses.length} clauses carry a
        superior measure · {counts.addition} local addition{counts.addition === 1 ? '' : 's'}
        {counts.unaligned ? ` · ${counts.unaligned} not aligned (no superior declared)` : ''} · {alignment.gaps.length}{' '}
        superior measure{alignment.gaps.length === 1 ? '' : 's'} not carried down
      </p>
      {alignment.superiors.length > 0 ? (
        <ul className="import-superiors" aria-label="Superior documents">
          {alignment.superiors.map((s) => (
            <li key={s.id}>
              Implements {s.docNumber ?? s.title}:{' '}
              <RouteLink
                route={{
                  view: 'coverage',
                  policyId: s.id,
                  ...(policy.region ? { regionCode: policy.region.code } : {}),
                }}
              >
                its coverage matrix{policy.region ? `, ${policy.region.name}'s gaps` : ''}
              </RouteLink>
            </li>
          ))}
        </ul>
      ) : (
        <p className="import-superiors">It declares no superior document, so its clauses were only matched to peers.</p>
      )}
      <DiagnosticList diagnostics={result.warnings} onShowLine={onShowLine} label="Warnings" />
      <LandedClauses clauses={policy.clauses} additions={additions} />
      {alignment.gaps.length > 0 ? (
        <details className="import-gaps">
          <summary>Superior measures it does not carry down ({alignment.gaps.length})</summary>
          <ul>
            {alignment.gaps.map((gap) => (
              <li key={gap.id}>
                <RouteLink route={{ view: 'cascade', clauseId: gap.id }}>{gap.title}</RouteLink>{' '}
                <span className="import-muted">{gap.policy.docNumber ?? gap.policy.title}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function LandedClauses({
  clauses,
  additions,
}: {
  clauses: ImportedPolicy['policy']['clauses'];
  additions: Set<string>;
}) {
  return (
    <table className="import-clauses">
      <caption>Where its clauses landed</caption>
      <thead>
        <tr>
          <th scope="col">Clause</th>
          <th scope="col">Carries down</th>
        </tr>
      </thead>
      <tbody>
        {clauses.map((clause) => (
          <tr key={clause.id}>
            <th scope="row">
              <RouteLink route={{ view: 'cascade', clauseId: clause.id }}>
                {clause.label} {clause.title}
              </RouteLink>
            </th>
            <td>
              {landingOf(clause, additions) === 'addition' ? (
                <span className="import-addition">local addition</span>
              ) : landingOf(clause, additions) === 'unaligned' ? (
                <span className="import-muted">not aligned: the document declares no superior</span>
              ) : (
                <ul>
                  {clause.implements.map((a) => (
                    <li key={a.clause.id}>
                      <RouteLink route={{ view: 'cascade', clauseId: a.clause.id }}>{a.clause.title}</RouteLink>{' '}
                      <span className="import-muted">
                        {a.clause.policy.docNumber ?? a.clause.policy.title} · score {a.score.toFixed(2)}
                        {a.merged ? ' · merged' : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
