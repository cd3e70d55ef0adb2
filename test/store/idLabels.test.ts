import { NODE_LABELS } from '@policy-cascade/graph-seed';
import { describe, expect, it } from 'vitest';
import { ID_LABELS } from '../../server/src/store/idLabels';

// The adapters may not import graph-seed (they know nothing of policies), so they keep their own list of labels to
// index; this keeps the two from drifting apart.
describe('ID_LABELS of the store adapters', () => {
  it('names every node label of the graph model, so every id lookup is indexed', () => {
    expect([...ID_LABELS].sort()).toEqual([...NODE_LABELS].sort());
  });
});
