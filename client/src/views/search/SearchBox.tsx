import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useQuery } from '../../api/useQuery';
import { navigate } from '../../state/route';
import type { Route } from '../../state/route';
import { clausePanelTarget, requestFocus } from '../../ui/focusRequest';
import { useDebounced } from '../../ui/useDebounced';
import { HitLines, hitRoute } from './searchHit';
import { scrollTopToShow } from './scrollIntoList';
import { SEARCH_RESULTS } from './searchOperations';
import type { SearchResult } from './searchOperations';

/** Hits in the dropdown; the rest are on the results page ("all N results"). */
export const TOP_HITS = 8;

/**
 * The header's search: a combobox (WAI-ARIA 1.2 pattern) over clauses and annex rows in either script, showing the
 * top hits in the API's ranking and the total. Arrow keys move through the hits and the "all N results" line,
 * Enter opens the highlighted one — or, when none is highlighted, the results page — and Escape closes the list.
 */
export function SearchBox() {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  // -1: no option highlighted yet (Enter then opens the results page).
  const [active, setActive] = useState(-1);
  const listId = useId();
  const settled = useDebounced(text.trim(), 250);
  const result = useQuery(
    SEARCH_RESULTS,
    { text: settled, filter: null, first: TOP_HITS, after: null },
    { skip: settled === '' },
  );
  const page = result.data?.searchResults;
  const hits = page?.edges.map((e) => e.node) ?? [];
  const total = page?.totalCount ?? 0;
  // The options: the hits, then "all N results" when there are more than shown.
  const optionCount = hits.length + (total > hits.length ? 1 : 0);
  const expanded = open && settled !== '' && text.trim() !== '';

  const go = (route: Route, focusClause?: string) => {
    setOpen(false);
    setActive(-1);
    if (focusClause) requestFocus(clausePanelTarget(focusClause));
    navigate(route);
  };
  const choose = (index: number) => {
    const hit = hits[index];
    if (hit) go(hitRoute(hit), hit.clause?.id);
    else if (text.trim()) go({ view: 'search', q: text.trim() });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => {
        if (optionCount === 0) return -1;
        if (i < 0) return step > 0 ? 0 : optionCount - 1;
        return (i + step + optionCount) % optionCount;
      });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(expanded ? active : -1);
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
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder="搜索条款 Search clauses (科创平台, 發改局 …)"
        value={text}
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      {expanded ? (
        <SearchPopup id={listId} state={result} hits={hits} total={total} active={active} onChoose={choose} />
      ) : null}
    </div>
  );
}

function SearchPopup({
  id,
  state,
  hits,
  total,
  active,
  onChoose,
}: {
  id: string;
  state: { status: string; error?: Error | undefined };
  hits: SearchResult[];
  total: number;
  active: number;
  onChoose: (index: number) => void;
}) {
  // mousedown, not click: the input's blur would close the list before a click lands.
  const pick = (index: number) => (event: { preventDefault: () => void }) => {
    event.preventDefault();
    onChoose(index);
  };
  const popup = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const list = popup.current;
    if (!list || active < 0) return;
    const show = () => showOption(list, `${id}-${active}`);
    show();
    // A window made smaller shrinks the list (max-height 70vh): the option is brought back above the pinned line.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(show);
    observer.observe(list);
    return () => observer.disconnect();
  }, [id, active]);
  return (
    <div className="search-popup" ref={popup}>
      {state.status === 'error' ? (
        <p role="alert" className="status status-error">
          Search failed: {state.error?.message}
        </p>
      ) : null}
      {state.status === 'loading' && hits.length === 0 ? (
        <p role="status" className="status status-loading">
          Searching…
        </p>
      ) : null}
      {state.status === 'success' && hits.length === 0 ? (
        <p role="status" className="status status-empty">
          Nothing matches.
        </p>
      ) : null}
      <ul id={id} role="listbox" aria-label={`Matching clauses: ${total}`} className="search-results">
        {hits.map((hit, i) => (
          <li
            key={hit.clause?.id ?? hit.request?.id ?? i}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            className="search-hit"
            onMouseDown={pick(i)}
          >
            <HitLines hit={hit} />
          </li>
        ))}
        {total > hits.length ? (
          <li
            id={`${id}-${hits.length}`}
            role="option"
            aria-selected={active === hits.length}
            className="search-all"
            onMouseDown={pick(hits.length)}
          >
            All {total} results →
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/**
 * Scrolls the popup so the option reached with the keyboard shows whole above the pinned "all N results" line
 * (aria-activedescendant moves no scroll by itself, and scrollIntoView would leave it under the sticky line).
 */
function showOption(popup: HTMLElement, optionId: string) {
  const option = popup.ownerDocument.getElementById(optionId);
  const pinned = popup.querySelector<HTMLElement>('.search-all');
  if (!option || option === pinned) return;
  popup.scrollTop = scrollTopToShow({
    scrollTop: popup.scrollTop,
    viewHeight: popup.clientHeight,
    optionTop: option.offsetTop,
    optionHeight: option.offsetHeight,
    pinnedHeight: pinned?.offsetHeight ?? 0,
  });
}
