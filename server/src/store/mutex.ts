/**
 * A small FIFO async mutex: `lock(work)` runs `work` after every earlier holder has finished, whether it resolved or
 * threw. Used by both adapters to serialize units of work (see grafeoStore.ts and neo4jStore.ts for why).
 */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();

  lock<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    // The next holder waits for this one to settle, never for it to succeed: one failure must not jam the queue.
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
