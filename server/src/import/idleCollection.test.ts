import { getHeapStatistics } from 'node:v8';
import { expect, it } from 'vitest';
import { IDLE_MS, cancelIdleWork, collectIfGrown, collectWhenIdle } from './idleCollection';

it('collects after the first import, then only once the heap has grown by a third', () => {
  expect(collectIfGrown()).toBe(true);
  expect(collectIfGrown()).toBe(false);
  // Live arrays worth half of what the heap holds: past the growth the collector waits for.
  const held: number[][] = [];
  const target = getHeapStatistics().used_heap_size * 1.5;
  while (getHeapStatistics().used_heap_size < target) held.push(new Array<number>(100_000).fill(held.length));
  expect(collectIfGrown()).toBe(true);
  // They are still live: the heap did not shrink, and what it holds now is the new mark.
  expect(held.length).toBeGreaterThan(0);
  expect(collectIfGrown()).toBe(false);
});

it('collects once the worker has been idle, and not when a request comes first', async () => {
  const runs: boolean[] = [];
  collectWhenIdle((ran) => runs.push(ran));
  cancelIdleWork();
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS + 100));
  expect(runs).toEqual([]);
  const held: number[][] = [];
  const target = getHeapStatistics().used_heap_size * 1.5;
  while (getHeapStatistics().used_heap_size < target) held.push(new Array<number>(100_000).fill(held.length));
  const ran = new Promise<boolean>((resolve) => collectWhenIdle(resolve));
  expect(await ran).toBe(true);
  expect(held.length).toBeGreaterThan(0);
});

it('collects once idle when no one waits for the answer, as the worker asks', async () => {
  collectIfGrown();
  const held: number[][] = [];
  const target = getHeapStatistics().used_heap_size * 1.5;
  while (getHeapStatistics().used_heap_size < target) held.push(new Array<number>(100_000).fill(held.length));
  collectWhenIdle();
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS + 200));
  // The idle collection ran and took the grown heap as its new mark: nothing has grown since.
  expect(collectIfGrown()).toBe(false);
  expect(held.length).toBeGreaterThan(0);
});
