/** Counts the callbacks of setImmediate that ran while `work` did: how often it gave the event loop a turn. */
export async function turnsDuring(work: () => Promise<unknown>): Promise<number> {
  let [turns, running] = [0, true];
  const tick = () => {
    if (!running) return;
    turns += 1;
    setImmediate(tick);
  };
  setImmediate(tick);
  await work().finally(() => (running = false));
  return turns;
}

/** Keeps the thread busy for `ms`, as work that does not give the event loop a turn. */
export function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}
