import { localityOf } from '../../ui/labels';
import type { MergedCascade } from './mergeCascades';

/**
 * What a double-click expansion changed, for the live region over the graph: "+4 clauses from 平湖市", or that it
 * found nothing new, or that it is still loading.
 */
export function expansionNotice(data: MergedCascade | undefined, expandedId: string | undefined): string | undefined {
  if (!expandedId) return undefined;
  const addition = data?.additions.find((a) => a.from.id === expandedId);
  if (!addition) return 'Expanding…';
  const where = localityOf(addition.from);
  const n = addition.added.length;
  if (n === 0) return `No further clauses from ${where}`;
  return `+${n} clause${n === 1 ? '' : 's'} from ${where}`;
}
