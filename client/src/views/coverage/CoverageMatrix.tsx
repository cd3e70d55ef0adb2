import { useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { navigate } from '../../state/route';
import type { Coverage } from './coverageMatrix';
import { STATUS_MARK, STATUS_TEXT, buildMatrix, localityName, percent } from './coverageMatrix';

interface Props {
  coverage: Coverage;
  selectedRegion: string | undefined;
  onSelectRegion: (regionCode: string) => void;
  /** Count partial texts in "left out by"; their columns are hatched either way. */
  includePartial: boolean;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Measures × localities. Cells are buttons in a roving-tabindex grid: Tab enters the matrix once, arrow keys move,
 * Enter opens the measure's cascade. Column headers pick the locality whose gaps are listed beside the matrix.
 */
export function CoverageMatrix({ coverage, selectedRegion, onSelectRegion, includePartial }: Props) {
  const sections = buildMatrix(coverage, { includePartial });
  const partialCount = coverage.localities.filter((l) => l.policy.partial).length;
  const rowCount = coverage.measures.length;
  const colCount = coverage.localities.length;
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const grid = useRef<HTMLTableElement>(null);
  const idPrefix = useId();

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const step = ARROWS[event.key];
    const edge = event.key === 'Home' ? 0 : event.key === 'End' ? colCount - 1 : undefined;
    if (!step && edge === undefined) return;
    event.preventDefault();
    const row = Math.min(rowCount - 1, Math.max(0, active[0] + (step?.[0] ?? 0)));
    const col = edge ?? Math.min(colCount - 1, Math.max(0, active[1] + (step?.[1] ?? 0)));
    setActive([row, col]);
    grid.current?.querySelector<HTMLButtonElement>(`[data-cell="${row}-${col}"]`)?.focus();
  }

  return (
    <div className="coverage-matrix-scroll">
      <table className="coverage-matrix" ref={grid} onKeyDown={onKeyDown}>
        <caption className="visually-hidden">
          Measures of {coverage.policy.title} by implementing locality. Arrow keys move between cells; Enter opens the
          measure's cascade.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="coverage-measure-head">
              Measure ({rowCount})
            </th>
            {coverage.localities.map((locality) => {
              const code = locality.region?.code;
              const selected = code !== undefined && code === selectedRegion;
              return (
                <th
                  scope="col"
                  key={locality.policy.id}
                  className={`coverage-locality-head${locality.policy.partial ? ' coverage-partial' : ''}`}
                >
                  <button
                    type="button"
                    className="coverage-locality"
                    aria-pressed={selected}
                    disabled={code === undefined}
                    onClick={() => code && onSelectRegion(code)}
                    aria-label={`${localityName(locality)}: ${percent(locality.share)} carried (${locality.carried} of ${locality.total})${locality.policy.partial ? ', a partial text' : ''}; list its gaps`}
                    title={`${locality.policy.title}: ${locality.carried} of ${locality.total} measures carried down${locality.policy.partial ? ' — a partial text (its areas or clauses stop well short of the superior’s), so its gaps say what the text leaves out' : ''}. Show its gaps.`}
                  >
                    <span className="coverage-locality-name">{localityName(locality)}</span>
                    <span className="coverage-share" data-testid={`share-${code ?? locality.policy.id}`}>
                      {percent(locality.share)}
                    </span>
                    <span className="coverage-share-bar" aria-hidden="true">
                      <span style={{ width: percent(locality.share) }} />
                    </span>
                    <span className="coverage-share-count">
                      {locality.carried}/{locality.total}
                    </span>
                    {locality.policy.partial ? <span className="coverage-partial-badge">partial text 不完整</span> : null}
                  </button>
                </th>
              );
            })}
            <th scope="col" className="coverage-gapcount-head">
              Left out by
              {partialCount > 0 && !includePartial ? (
                <span className="coverage-gapcount-note">
                  {' '}
                  (partial texts not counted)
                </span>
              ) : null}
            </th>
          </tr>
        </thead>
        {sections.map((section, s) => (
          <tbody key={section.key} aria-labelledby={`${idPrefix}-area-${s}`}>
            <tr className="coverage-section-row">
              <th scope="rowgroup" colSpan={colCount + 2} id={`${idPrefix}-area-${s}`}>
                {section.heading}
              </th>
            </tr>
            {section.rows.map((row) => {
              const r = row.index;
              return (
                <tr key={row.measure.id}>
                  <th scope="row" className="coverage-measure">
                    <span className="coverage-ordinal">{row.measure.label || row.measure.ordinal}</span>{' '}
                    {row.measure.title}
                  </th>
                  {row.cells.map((cell, c) => {
                    const locality = coverage.localities[c];
                    const status = cell?.status ?? 'NOT_CARRIED';
                    const carriers = cell?.clauses.map((cl) => `${cl.label} ${cl.title}`).join('; ');
                    const label = `${locality ? localityName(locality) : ''} — ${row.measure.title}: ${STATUS_TEXT[status]}${carriers ? ` by ${carriers}` : ''}`;
                    return (
                      <td
                        key={locality?.policy.id ?? c}
                        className={cellClass(
                          status,
                          locality?.region?.code === selectedRegion && !!selectedRegion,
                          locality?.policy.partial === true,
                        )}
                      >
                        <button
                          type="button"
                          data-cell={`${r}-${c}`}
                          data-status={status}
                          data-measure={row.measure.id}
                          tabIndex={active[0] === r && active[1] === c ? 0 : -1}
                          aria-label={label}
                          title={label}
                          onFocus={() => setActive([r, c])}
                          onClick={() => navigate({ view: 'cascade', clauseId: row.measure.id })}
                        >
                          {STATUS_MARK[status]}
                        </button>
                      </td>
                    );
                  })}
                  <td className="coverage-gapcount">{row.gapCount > 0 ? row.gapCount : ''}</td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function cellClass(status: string, inSelectedColumn: boolean, partial: boolean): string {
  const selected = inSelectedColumn ? ' coverage-selected-col' : '';
  return `coverage-cell coverage-${status.toLowerCase()}${selected}${partial ? ' coverage-partial' : ''}`;
}
