import { useSyncExternalStore } from 'react';

/**
 * The version of the graph data the client has seen. The graph changes only through importPolicy, so an import that
 * succeeds calls `dataChanged()`: module-level caches (the cascade's answers) drop their entries through
 * `onDataChanged`, and every mounted query that keys on `useDataVersion()` asks the server again. Without it, views
 * showed pre-import answers until the page was reloaded.
 */
let version = 0;
const listeners = new Set<() => void>();

/** Announce that the server's graph changed (an import succeeded). */
export function dataChanged(): void {
  version += 1;
  for (const listener of listeners) listener();
}

/** The current data version; it only grows. */
export function dataVersion(): number {
  return version;
}

/** Call `listener` after every change; returns the unsubscribe function. */
export function onDataChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The data version, re-rendering the component when it moves. */
export function useDataVersion(): number {
  return useSyncExternalStore(onDataChanged, dataVersion);
}
