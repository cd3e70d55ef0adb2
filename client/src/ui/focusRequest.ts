/**
 * A one-shot request to move keyboard focus to something that is not drawn yet: opening a search hit asks for the
 * clause panel, which takes the focus once its clause has loaded (so Tab continues in the result, not in the
 * search box ten stops away). Module state, because the requester and the target live in different views.
 */
let pending: string | undefined;

export function requestFocus(target: string): void {
  pending = target;
}

/** True once for the target that was requested (the request is used up). */
export function takeFocusRequest(target: string): boolean {
  if (pending !== target) return false;
  pending = undefined;
  return true;
}

/** The focus target naming a clause's panel. */
export function clausePanelTarget(clauseId: string): string {
  return `clause-panel:${clauseId}`;
}
