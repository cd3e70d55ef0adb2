/** What a person recognises a graph node by: the short text drawn on it, or put in an export's label column. */

const MAX_CAPTION = 40;

function text(properties: Record<string, unknown>, key: string): string {
  const value = properties[key];
  return typeof value === 'string' ? value : '';
}

/** A short label for a node of any label, from its properties; its id when it has nothing better. */
export function captionOf(node: { id: string; label: string; properties: Record<string, unknown> }): string {
  const p = node.properties;
  const byLabel: Record<string, string> = {
    Clause: `${text(p, 'label')} ${text(p, 'title')}`.trim(),
    Section: `${text(p, 'label')}${text(p, 'title')}`,
    Policy: text(p, 'title') || text(p, 'docNumber'),
    Target: text(p, 'text'),
    Request: text(p, 'item'),
  };
  const caption = byLabel[node.label] || text(p, 'name') || node.id;
  return caption.length > MAX_CAPTION ? `${caption.slice(0, MAX_CAPTION)}…` : caption;
}
