import { RouteLink } from '../../ui/RouteLink';
import type { ComparedClause, Succession } from './compareOperations';
import { formatNormalized } from './formatQuantity';

const CHANGE_NAMES = { RAISED: 'raised', LOWERED: 'lowered', ADDED: 'added', REMOVED: 'removed', CHANGED: 'changed' };

/** The same locality's older clause → newer clause (秀洲 2024 → 2025), with what changed in amounts and targets. */
export function Successions({ successions }: { successions: readonly Succession[] }) {
  if (successions.length === 0) return null;
  return (
    <section className="successions" aria-labelledby="successions-heading">
      <h3 id="successions-heading">Changes across years</h3>
      {successions.map((s) => (
        <article key={`${s.older.id}->${s.newer.id}`} className="succession">
          <h4>
            <ClauseLink clause={s.older} /> <span aria-label="replaced by">→</span> <ClauseLink clause={s.newer} />
          </h4>
          {s.changes.length === 0 ? (
            <p className="succession-none">No amount or target changed.</p>
          ) : (
            <table className="succession-changes">
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col">{yearOf(s.older)}</th>
                  <th scope="col">{yearOf(s.newer)}</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {s.changes.map((c, i) => (
                  <tr key={`${c.metric}-${i}`} className={`change-${c.kind.toLowerCase()}`}>
                    <th scope="row">{c.metric || '(unnamed)'}</th>
                    <td>{c.before === null ? '—' : formatNormalized(c.before, c.unit)}</td>
                    <td>{c.after === null ? '—' : formatNormalized(c.after, c.unit)}</td>
                    <td>{CHANGE_NAMES[c.kind]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </article>
      ))}
    </section>
  );
}

function yearOf(clause: ComparedClause): string {
  const place = clause.policy.region?.name ?? '';
  return `${place} ${clause.policy.year ?? ''}${clause.policy.status === 'DRAFT' ? ' draft' : ''}`.trim();
}

function ClauseLink({ clause }: { clause: ComparedClause }) {
  return (
    <RouteLink route={{ view: 'cascade', clauseId: clause.id }}>
      <span className="succession-year">{yearOf(clause)}</span> {clause.label} {clause.title}
    </RouteLink>
  );
}
