import { LEVEL_COLORS } from '../../graph/styles';
import { LEVEL_NAMES, ORIGIN_TEXT } from '../../ui/labels';

/** What the colours and line styles mean; double-click is explained here because it cannot be discovered. */
export function CascadeLegend() {
  return (
    <div className="legend" aria-label="Legend">
      {(['PROVINCE', 'CITY', 'COUNTY'] as const).map((level) => (
        <span key={level} className="legend-item">
          <span
            className="legend-swatch"
            style={{ background: LEVEL_COLORS[level].fill, borderColor: LEVEL_COLORS[level].border }}
          />
          {LEVEL_NAMES[level]}
        </span>
      ))}
      <span className="legend-item">
        <span className="legend-line legend-implements" /> implements 落实 (width = score)
      </span>
      <span className="legend-item">
        <span className="legend-line legend-corresponds" /> same measure 对应
      </span>
      <span className="legend-item">
        <span className="legend-line legend-merged" /> merged 合并 (the clause carries several measures)
      </span>
      <span className="legend-item">
        <span className="legend-line legend-candidate" /> candidate 候选 (not counted)
      </span>
      <span className="legend-item">
        <span className="legend-line legend-reviewed" /> {ORIGIN_TEXT.REVIEWED}
      </span>
      <span className="legend-item">
        <span className="legend-line legend-added" /> {ORIGIN_TEXT.ADDED}
      </span>
      <span className="legend-item">
        <span className="legend-swatch legend-inferred" /> inferred 推断
      </span>
      <span className="legend-hint">Click: open · Double-click: expand one more level</span>
    </div>
  );
}
