import { useEffect, useRef } from 'react';

export type QueueKey = 'accept' | 'reject' | 'skip';

const KEYS: Record<string, QueueKey> = { y: 'accept', n: 'reject', s: 'skip' };

/**
 * y / n / s on the page decide the current queue item — except while typing in a field, with a modifier held, or
 * while `enabled` is false (a decision on its way, no controls).
 */
export function useQueueKeys(enabled: boolean, onKey: (key: QueueKey) => void): void {
  const handler = useRef(onKey);
  useEffect(() => {
    handler.current = onKey;
  }, [onKey]);
  useEffect(() => {
    if (!enabled) return;
    const listen = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      const key = KEYS[event.key.toLowerCase()];
      if (!key) return;
      event.preventDefault();
      handler.current(key);
    };
    window.addEventListener('keydown', listen);
    return () => window.removeEventListener('keydown', listen);
  }, [enabled]);
}
