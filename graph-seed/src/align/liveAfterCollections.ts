import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * For the alignment's tests of what a computation lets go (periphery, keepFamilies): the `refs` whose targets are
 * still reachable after full collections. A WeakRef holds its target until the job that made it ends, so each
 * collection comes in a later task. Up to five: in a whole suite under load one or two collections have left garbage
 * now and then, though nothing kept it (alone, one always clears it); what is kept survives any number.
 */
export async function liveAfterCollections<T extends object>(
  refs: ReadonlyArray<WeakRef<T>>,
): Promise<Array<WeakRef<T>>> {
  setFlagsFromString('--expose_gc');
  const collect = runInNewContext('gc') as () => void;
  const live = () => refs.filter((ref) => ref.deref() !== undefined);
  for (let attempt = 0; attempt < 5 && (attempt === 0 || live().length > 0); attempt++) {
    await new Promise((resolve) => setImmediate(resolve));
    collect();
  }
  return live();
}
