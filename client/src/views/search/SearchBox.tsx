import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useQuery } from '../../api/useQuery';
import { navigate } from '../../state/route';
import { clausePanelTarget, requestFocus } from '../../ui/focusRequest';
import { Highlighted } from '../../ui/Highlighted';
import { clauseHeading, localityOf } from '../../ui/labels';
import { useDebounced } from '../../ui/useDebounced';
import { SEARCH_CLAUSES } from './searchQuery';
import type { SearchHit } from './searchQuery';

const MAX_HITS = 12;

/**
 * The header's search: a combobox (WAI-ARIA 1.2 pattern) over clause titles and texts in either script. Arrow keys
 * move through the hits, Enter opens the highlighted one's cascade, Escape closes the list.
 */
export function SearchBox() {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const settled = useDebounced(text.trim(), 250);
  const result = useQuery(SEARCH_CLAUSES, { text: settled, first: MAX_HITS }, { skip: settled === '' });
  const hits = result.data?.search ?? [];
  const expanded = open && settled !== '' && text.trim() !== '';

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    requestFocus(clausePanelTarget(hit.clause.id));
    navigate({ view: 'cascade', clauseId: hit.clause.id, selected: hit.clause.id });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (hits.length ? (i + step + hits.length) % hits.length : 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (expanded) choose(hits[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="search" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search clauses
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="搜索条款 Search clauses (科创平台, 發改局 …)"
        value={text}
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      {expanded ? <SearchResults id={listId} state={result} hits={hits} active={active} onChoose={choose} /> : null}
    </div>
  );
}

function SearchResults({
  id,
  state,
  hits,
  active,
  onChoose,
}: {
  id: string;
  state: ReturnType<typeof useQuery<{ search: SearchHit[] }, { text: string; first: number }>>;
  hits: SearchHit[];
  active: number;
  onChoose: (hit: SearchHit) => void;
}) {
  return (
    <div className="search-popup">
      {state.status === 'error' ? (
        <p role="alert" className="status status-error">
          Search failed: {state.error.message}
        </p>
      ) : null}
      {state.status === 'loading' && hits.length === 0 ? (
        <p role="status" className="status status-loading">
          Searching…
        </p>
      ) : null}
      {state.status === 'success' && hits.length === 0 ? (
        <p role="status" className="status status-empty">
          No clause matches.
        </p>
      ) : null}
      <ul id={id} role="listbox" aria-label="Matching clauses" className="search-results">
        {hits.map((hit, i) => (
          <li
            key={hit.clause.id}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            className="search-hit"
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(event) => {
              event.preventDefault();
              onChoose(hit);
            }}
          >
            <span className="search-hit-where">
              {localityOf(hit.clause)} · {hit.clause.policy.year ?? ''}
            </span>
            <span className="search-hit-title">{clauseHeading(hit.clause)}</span>
            <span className="search-hit-snippet">
              <Highlighted text={hit.snippet} ranges={hit.highlights} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
