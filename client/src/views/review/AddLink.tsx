import { useId, useState } from 'react';
import { useQuery } from '../../api/useQuery';
import type { AlignmentType, ReviewClauseSearchQuery } from '../../api/generated/graphql';
import { useDebounced } from '../../ui/useDebounced';
import { CLAUSE_SEARCH } from './reviewOperations';
import { useReview } from './useReview';
import './review.css';

const KINDS: readonly { value: string; type: AlignmentType; outgoing: boolean; text: string }[] = [
  { value: 'implements', type: 'IMPLEMENTS', outgoing: true, text: 'this clause carries down the other 落实' },
  { value: 'implementedBy', type: 'IMPLEMENTS', outgoing: false, text: 'the other carries this one down 被落实' },
  { value: 'peer', type: 'CORRESPONDS_TO', outgoing: true, text: 'same measure elsewhere 同类' },
  { value: 'succeeds', type: 'SUCCEEDS', outgoing: true, text: 'this clause replaces the other 替代' },
];

type Hit = ReviewClauseSearchQuery['search'][number]['clause'];

/** "海宁市 2025 · (十) 加快数实融合发展": a clause found, as the list and the confirmation name it. */
const hitText = (clause: Hit) =>
  `${clause.policy.region?.name ?? clause.policy.id} ${clause.policy.year ?? ''} · ${clause.label} ${clause.title}`;

/** "Add link": find the other clause by searching, say how the two are linked, add a note. */
export function AddLink({ clauseId, token }: { clauseId: string; token: string }) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState('implements');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const query = useDebounced(text.trim(), 250);
  const hits = useQuery(CLAUSE_SEARCH, { text: query }, { skip: query.length < 2 });
  const { review, pending, error } = useReview(token);
  const ids = { search: useId(), kind: useId(), note: useId() };
  const add = async (other: Hit) => {
    const chosen = KINDS.find((k) => k.value === kind) ?? KINDS[0]!;
    const [from, to] = chosen.outgoing ? [clauseId, other.id] : [other.id, clauseId];
    if (await review({ type: chosen.type, from, to }, 'ADD', note)) setDone(`${hitText(other)}: ${chosen.text}`);
  };
  const results = (hits.status === 'success' ? hits.data.search : []).filter((h) => h.clause.id !== clauseId);
  return (
    <details className="add-link">
      <summary>Add link 添加关联</summary>
      <p>
        <label htmlFor={ids.kind}>Link</label>{' '}
        <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value)}>
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.text}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor={ids.search}>Other clause</label>{' '}
        <input
          id={ids.search}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="search 搜索"
        />
      </p>
      <p>
        <label htmlFor={ids.note}>Note</label>{' '}
        <input id={ids.note} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      </p>
      <ul className="add-link-results" aria-label="Clauses found">
        {results.map(({ clause }) => (
          <li key={clause.id}>
            <button type="button" disabled={pending} onClick={() => void add(clause)}>
              Add
            </button>{' '}
            {hitText(clause)}
          </li>
        ))}
      </ul>
      {done ? <p role="status">Added {done}.</p> : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </details>
  );
}
