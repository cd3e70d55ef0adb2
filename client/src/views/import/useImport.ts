import { useCallback, useEffect, useRef, useState } from 'react';
import { dataChanged } from '../../api/dataVersion';
import { request } from '../../api/request';
import { IMPORT_POLICY_MUTATION } from './importOperations';
import type { ImportPolicyData, ImportPolicyVariables } from './importOperations';
import { authorizationHeader } from './writeToken';

export type ImportState =
  | { status: 'idle' }
  | { status: 'submitting' }
  | { status: 'done'; result: ImportPolicyData['importPolicy'] }
  | { status: 'failed'; error: Error };

/**
 * Sends one import at a time, with the write token when there is one; leaving the view aborts the request it waits
 * for. `replace` is set only after the user confirmed replacing the document the server named (ALREADY_EXISTS).
 */
export function useImport() {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const submit = useCallback(async (variables: ImportPolicyVariables, token: string) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ status: 'submitting' });
    try {
      const data = await request(IMPORT_POLICY_MUTATION, variables, current.signal, authorizationHeader(token));
      // The graph changed: every answer the client holds may be stale.
      if (data.importPolicy.__typename === 'ImportedPolicy') dataChanged();
      if (!current.signal.aborted) setState({ status: 'done', result: data.importPolicy });
    } catch (error) {
      if (!current.signal.aborted)
        setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
    }
  }, []);

  return { state, submit };
}
