/**
 * The set-up most e2e files share: one explorer for the file (started before its tests, stopped after them) and
 * pages opened on it, all closed at the end. Call it inside `describe`.
 */
import { afterAll, beforeAll } from 'vitest';
import { closeBrowser, openPage, startExplorer } from './harness';
import type { Explorer, OpenedPage } from './harness';

export interface ExplorerSuite {
  /** Base URL of the running explorer. */
  url(): string;
  /** Opens `search` (e.g. `?view=coverage`) in a fresh context, at `viewport` (1280×800 by default). */
  open(search: string, viewport?: { width: number; height: number }): Promise<OpenedPage>;
}

export function explorerSuite(options: Parameters<typeof startExplorer>[0] = {}): ExplorerSuite {
  let explorer: Explorer | undefined;
  const pages: OpenedPage[] = [];
  beforeAll(async () => {
    explorer = await startExplorer(options);
  });
  afterAll(async () => {
    for (const opened of pages) await opened.close();
    await closeBrowser();
    await explorer?.stop();
  });
  const url = () => {
    if (!explorer) throw new Error('[e2e] the explorer is not started yet (open pages inside tests)');
    return explorer.url;
  };
  return {
    url,
    async open(search, viewport) {
      const opened = await openPage(`${url()}/${search}`, viewport ? { viewport } : {});
      pages.push(opened);
      return opened;
    },
  };
}
