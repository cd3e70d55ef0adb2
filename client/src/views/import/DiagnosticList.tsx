import type { Diagnostic } from './importOperations';

/**
 * Parse errors and warnings with their lines; a line number is a button that selects that line in the text, so the
 * user can fix it where it is (line 0 means the whole text).
 */
export function DiagnosticList({
  diagnostics,
  onShowLine,
  label,
}: {
  diagnostics: readonly Diagnostic[];
  onShowLine: (line: number) => void;
  label: string;
}) {
  if (diagnostics.length === 0) return null;
  return (
    <ul className="diagnostics" aria-label={label}>
      {diagnostics.map((d, i) => (
        <li key={`${d.code}-${d.line}-${i}`} className={`diagnostic diagnostic-${d.severity}`}>
          {d.line > 0 ? (
            <button type="button" className="diagnostic-line" onClick={() => onShowLine(d.line)}>
              {d.file}:{d.line}
            </button>
          ) : (
            <span className="diagnostic-line">{d.file}</span>
          )}{' '}
          <span className="diagnostic-severity">{d.severity}</span> <code>{d.code}</code> {d.message}
        </li>
      ))}
    </ul>
  );
}
