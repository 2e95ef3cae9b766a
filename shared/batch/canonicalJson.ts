// JSON with object keys sorted at every level and no spaces, so the same document always gives the
// same bytes whatever order its fields were built in. Batch files are hashed; a reordered key must
// not look like a change.

export function canonicalJson(value: unknown): string {
  return write(value, '', '');
}

/** The manifest is read by people too: sorted keys as well, indented two spaces, a final newline. */
export function canonicalPrettyJson(value: unknown): string {
  return `${write(value, '  ', '')}\n`;
}

function write(value: unknown, indent: string, at: string): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('Angka tidak terhingga');
    const json = JSON.stringify(value);
    if (json === undefined) throw new Error(`Nilai ${typeof value} tidak dapat ditulis sebagai JSON`);
    return json;
  }
  const inner = at + indent;
  const open = indent ? `\n${inner}` : '';
  const close = indent ? `\n${at}` : '';
  const comma = indent ? `,\n${inner}` : ',';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${open}${value.map((item) => write(item ?? null, indent, inner)).join(comma)}${close}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return '{}';
  const colon = indent ? ': ' : ':';
  return `{${open}${entries.map(([key, v]) => `${JSON.stringify(key)}${colon}${write(v, indent, inner)}`).join(comma)}${close}}`;
}
