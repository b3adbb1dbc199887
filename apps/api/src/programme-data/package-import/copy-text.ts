/** Characters COPY's text format gives meaning to inside a value. */
const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};

/**
 * One value as a cell of PostgreSQL's COPY text format: `\N` for null,
 * `t`/`f`, numbers as written, strings with backslash, tab and line breaks
 * escaped; an object (a JSON column's value) as its JSON. PostgreSQL then
 * reads the cell as the column's type, as it would a literal.
 */
export function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  switch (typeof value) {
    case 'string':
      return SPECIAL.test(value) ? value.replace(SPECIALS, (c) => ESCAPES[c]!) : value;
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`${value} cannot be stored as a number`);
      return String(value);
    case 'bigint':
      return String(value);
    case 'boolean':
      return value ? 't' : 'f';
    case 'object':
      return copyText(JSON.stringify(value));
    default:
      throw new Error(`a ${typeof value} cannot be written to COPY`);
  }
}

/** One row as a line of COPY's text format. */
export function copyLine(prefix: string, values: readonly unknown[]): string {
  let line = prefix;
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : '\t') + copyText(values[i]);
  return line + '\n';
}
