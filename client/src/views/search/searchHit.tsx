import type { Route } from '../../state/route';
import { Highlighted } from '../../ui/Highlighted';
import { clauseHeading } from '../../ui/labels';
import type { SearchResult } from './searchOperations';

/** Where a hit opens: a clause's cascade with the clause in the panel, an annex row in its document. */
export function hitRoute(hit: SearchResult): Route {
  if (hit.clause) return { view: 'cascade', clauseId: hit.clause.id, selected: hit.clause.id };
  return { view: 'document', policyId: hit.policy.id, ...(hit.request ? { requestId: hit.request.id } : {}) };
}

/** "(十一) 支持…" for a clause, "附件 3. 争取…" for an annex row. */
export function hitTitle(hit: SearchResult): string {
  if (hit.clause) return clauseHeading(hit.clause);
  return hit.request ? `附件 ${hit.request.ordinal}. ${hit.request.item}` : hit.policy.title;
}

/** The lines of one hit: locality · year (a draft says so), its title, the snippet with the matches marked. */
export function HitLines({ hit }: { hit: SearchResult }) {
  const policy = hit.policy;
  return (
    <>
      <span className="search-hit-where">
        {policy.region?.name ?? policy.title} · {policy.year ?? ''}
        {policy.status === 'DRAFT' ? <span className="badge badge-draft">征求意见稿 draft</span> : null}
        {hit.kind === 'REQUEST' ? <span className="badge">annex row 附件事项</span> : null}
      </span>
      <span className="search-hit-title">{hitTitle(hit)}</span>
      <span className="search-hit-snippet">
        <Highlighted text={hit.snippet} ranges={hit.highlights} />
      </span>
    </>
  );
}
