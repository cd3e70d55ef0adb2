import { useRef, useState } from 'react';
import type { Route } from '../../state/route';
import { EmptyState, ErrorMessage, Loading } from '../../ui/Status';
import { ImportForm } from './ImportForm';
import { ConfirmReplace, Imported, Rejected } from './ImportResult';
import { lineRange } from './textLines';
import { useImport } from './useImport';
import type { ImportState } from './useImport';
import { useWriteToken } from './writeToken';
import './ImportView.css';

/**
 * Import: paste or upload a policy text, send it to importPolicy, then see its parse warnings (or the errors that
 * stopped it, with their lines) and where its clauses landed in the cascade. A text whose document is already in
 * the graph is imported only once the user confirms replacing it.
 */
export function ImportView(_props: { route: Extract<Route, { view: 'import' }> }) {
  const [draft, setDraft] = useState({ text: '', sourceName: '' });
  const [token, setToken] = useWriteToken();
  const [keptExisting, setKeptExisting] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const { state, submit } = useImport();
  const send = (replace = false) => {
    setKeptExisting(false);
    const variables = { text: draft.text, sourceName: draft.sourceName.trim() };
    void submit(replace ? { ...variables, replace: true } : variables, token);
  };
  const existing = toConfirm(state, keptExisting);

  /** Select a diagnostic's line in the textarea and scroll it into view. */
  function showLine(line: number) {
    const range = lineRange(draft.text, line);
    const area = textarea.current;
    if (!range || !area) return;
    area.focus();
    area.setSelectionRange(range[0], range[1]);
    const lineHeight = area.scrollHeight / Math.max(1, draft.text.split('\n').length);
    area.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  return (
    <section className="import-view" aria-labelledby="import-heading">
      <header className="view-header">
        <h2 id="import-heading">Import a document</h2>
      </header>
      <div className="import-layout">
        <ImportForm
          text={draft.text}
          sourceName={draft.sourceName}
          onChange={(next) => setDraft((current) => ({ ...current, ...next }))}
          onSubmit={() => send()}
          submitting={state.status === 'submitting'}
          textarea={textarea}
          token={token}
          onTokenChange={setToken}
        />
        <div className="import-outcome" aria-live="polite">
          {state.status === 'idle' ? (
            <EmptyState>The parse result and where the clauses landed will show here.</EmptyState>
          ) : state.status === 'submitting' ? (
            <Loading label="Parsing, aligning and loading…" />
          ) : state.status === 'failed' ? (
            <ErrorMessage error={state.error} onRetry={() => send()} />
          ) : existing ? (
            <ConfirmReplace existing={existing} onReplace={() => send(true)} onKeep={() => setKeptExisting(true)} />
          ) : state.result.__typename === 'ImportRejected' ? (
            <Rejected result={state.result} onShowLine={showLine} />
          ) : (
            <Imported result={state.result} onShowLine={showLine} />
          )}
        </div>
      </div>
    </section>
  );
}

/** The document an ALREADY_EXISTS answer names, while the user has not chosen to keep it. */
function toConfirm(state: ImportState, kept: boolean) {
  if (kept || state.status !== 'done' || state.result.__typename !== 'ImportRejected') return null;
  return state.result.code === 'ALREADY_EXISTS' ? state.result.existing : null;
}
