import { describe, expect, it } from 'vitest';
import { BoundedMap } from './boundedMap';

describe('BoundedMap', () => {
  it('drops the key set first when a new key would pass the bound', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2);
    map.get('a');
    map.set('c', 3);
    expect([...map.keys()]).toEqual(['b', 'c']);
  });

  it('sets a known key again without dropping another', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2).set('a', 3);
    expect([...map.entries()]).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
  });
});
