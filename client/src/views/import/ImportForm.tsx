import { useId, useState } from 'react';
import type { ChangeEvent, FormEvent, RefObject } from 'react';
import { EXAMPLE_SOURCE_NAME, EXAMPLE_TEXT } from './exampleDocument';
import { MAX_TEXT_BYTES } from './importOperations';
import { readTextFile } from './readTextFile';
import { lineCount, utf8Bytes } from './textLines';

interface Props {
  text: string;
  sourceName: string;
  onChange: (next: { text?: string; sourceName?: string }) => void;
  onSubmit: () => void;
  submitting: boolean;
  textarea: RefObject<HTMLTextAreaElement | null>;
  /** The write token (sessionStorage only, writeToken.ts). */
  token: string;
  onTokenChange: (token: string) => void;
}

/**
 * Paste or upload (read in the browser; GBK and Big5 files converted), name the source, give the write token when
 * the server asks for one, send. Oversized texts are refused here.
 */
export function ImportForm({
  text,
  sourceName,
  onChange,
  onSubmit,
  submitting,
  textarea,
  token,
  onTokenChange,
}: Props) {
  const [fileError, setFileError] = useState<string | null>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const ids = { text: useId(), name: useId(), file: useId(), hint: useId() };
  const bytes = utf8Bytes(text);
  const tooLarge = bytes > MAX_TEXT_BYTES;
  const problem = tooLarge
    ? `The text is ${(bytes / 1024 / 1024).toFixed(1)} MB; the import takes up to 2 MB.`
    : fileError;
  const ready = !submitting && !tooLarge && text.trim() !== '' && sourceName.trim() !== '';

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      const read = await readTextFile(file);
      if (!read) throw new Error('not text');
      onChange({ text: read.text, sourceName: file.name });
      setFileError(null);
      setFileNote(read.convertedFrom ? `${file.name} was converted from ${read.convertedFrom} to Unicode.` : null);
    } catch {
      setFileError(`${file.name} could not be read as text (UTF-8, GB18030 or Big5).`);
      setFileNote(null);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (ready) onSubmit();
  }

  return (
    <form className="import-form" onSubmit={submit} aria-describedby={ids.hint}>
      <p id={ids.hint} className="import-hint">
        Paste the full text of a policy (title, issuer and date, areas 一、 with clauses (一) or 1.), or upload a .txt
        file. Simplified and Traditional script both work.
      </p>
      <div className="import-row">
        <label htmlFor={ids.file}>Upload a text file</label>
        <input id={ids.file} type="file" accept=".txt,text/plain" onChange={(e) => void onFile(e)} />
        <button type="button" onClick={() => onChange({ text: EXAMPLE_TEXT, sourceName: EXAMPLE_SOURCE_NAME })}>
          Paste an example
        </button>
      </div>
      <div className="import-row">
        <label htmlFor={ids.name}>Source name</label>
        <input
          id={ids.name}
          type="text"
          required
          maxLength={200}
          placeholder="330482-pinghu-2026.txt"
          value={sourceName}
          onChange={(e) => onChange({ sourceName: e.target.value })}
        />
      </div>
      <WriteTokenField token={token} onChange={onTokenChange} />
      <label htmlFor={ids.text}>Document text</label>
      <textarea
        id={ids.text}
        ref={textarea}
        required
        rows={18}
        spellCheck={false}
        value={text}
        onChange={(e) => onChange({ text: e.target.value })}
        aria-invalid={tooLarge || undefined}
      />
      <p className="import-size">
        {text === '' ? 'No text yet.' : `${lineCount(text)} lines, ${(bytes / 1024).toFixed(1)} KB`}
        {fileNote ? ` · ${fileNote}` : ''}
      </p>
      {problem ? (
        <p className="import-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="import-submit" disabled={!ready}>
        {submitting ? 'Importing…' : 'Import'}
      </button>
    </form>
  );
}

/** The write token a server with CASCADE_WRITE_TOKEN asks imports for; kept in the tab's sessionStorage only. */
function WriteTokenField({ token, onChange }: { token: string; onChange: (token: string) => void }) {
  const ids = { token: useId(), hint: useId() };
  return (
    <>
      <div className="import-row">
        <label htmlFor={ids.token}>Write token</label>
        <input
          id={ids.token}
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder="only if the server asks for one"
          aria-describedby={ids.hint}
          value={token}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
      <p id={ids.hint} className="import-hint">
        Servers started with CASCADE_WRITE_TOKEN take imports with that token only. It stays in this tab
        (sessionStorage) and is sent with imports alone.
      </p>
    </>
  );
}
