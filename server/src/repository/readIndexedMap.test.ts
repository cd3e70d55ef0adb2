import { describe, expect, it } from 'vitest';
import { ReadIndexedMap } from './readIndexedMap';

/** Entries whose value lists the ids they read. */
const listed = (max: number) => new ReadIndexedMap<string[]>(max, (ids, _key, visit) => ids.forEach((id) => visit(id)));

describe('ReadIndexedMap', () => {
  it('drops the entries of the keys asked and those that read an id asked, and no other', () => {
    const map = listed(10);
    map.set('a', ['x', 'y']).set('b', ['y']).set('c', ['z']).set('d', ['a']);
    map.dropFor(['c'], ['x']);
    expect([...map.keys()]).toEqual(['b', 'd']);
    map.dropFor([], ['a', 'missing']);
    expect([...map.keys()]).toEqual(['b']);
  });

  it('does not index an entry under its own key: the key is looked up among the keys asked', () => {
    const map = listed(10);
    map.set('a', ['a', 'x']);
    map.dropFor([], ['a']);
    expect(map.has('a')).toBe(true);
    map.dropFor(['a'], []);
    expect(map.has('a')).toBe(false);
  });

  it('reads an entry set again by its new value only', () => {
    const map = listed(10);
    map.set('a', ['x']).set('a', ['y']);
    map.dropFor([], ['x']);
    expect(map.has('a')).toBe(true);
    map.dropFor([], ['y']);
    expect(map.has('a')).toBe(false);
  });

  it('keeps no id of an entry gone, dropped past the bound or deleted', () => {
    const map = listed(2);
    map.set('a', ['x']).set('b', ['x', 'y']).set('c', ['z']);
    expect([...map.keys()]).toEqual(['b', 'c']);
    map.dropFor([], ['x']);
    expect([...map.keys()]).toEqual(['c']);
    expect(map.indexedIds).toBe(1);
    map.delete('c');
    expect(map.indexedIds).toBe(0);
    map.set('d', ['w']).clear();
    expect(map.indexedIds).toBe(0);
  });

  it('indexes what stays again when more entries go than stay, and still finds them', () => {
    const map = listed(10);
    map.set('a', ['x']).set('b', ['x', 'y']).set('c', ['y', 'z']).set('d', ['w']).set('e', ['z']);
    map.dropFor(['d'], ['x', 'z']);
    expect([...map.keys()]).toEqual([]);
    expect(map.indexedIds).toBe(0);
    map.set('a', ['x']).set('b', ['x', 'y']).set('c', ['y', 'z']).set('d', ['w']).set('e', ['z']);
    map.dropFor(['a'], ['w', 'z']);
    expect([...map.keys()]).toEqual(['b']);
    expect(map.indexedIds).toBe(2);
    map.dropFor([], ['y']);
    expect(map.size).toBe(0);
  });

  it('holds an id read twice by one entry, or by many, until each reader is gone', () => {
    const map = listed(10);
    map.set('a', ['x', 'x']).set('b', ['x']).set('c', ['x']);
    map.delete('b');
    map.dropFor([], ['x']);
    expect([...map.keys()]).toEqual([]);
    expect(map.indexedIds).toBe(0);
    map.set('a', ['x', 'x']).set('b', ['x']);
    map.delete('a');
    map.dropFor([], ['x']);
    expect(map.has('b')).toBe(false);
    expect(map.indexedIds).toBe(0);
  });
});
