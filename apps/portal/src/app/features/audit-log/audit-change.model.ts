/** One field of a recorded change, as text, and whether it differs. */
export interface ChangeRow {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

/** Shown where a side has no such field (a create has no "before", a delete no "after"). */
export const ABSENT = '—';

function show(value: unknown): string {
  if (value === undefined) return ABSENT;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The before/after of an audit event as rows, one per top-level field in
 * either side, in the order they first appear. A value that is not an object
 * (a list, a number) is one row named "value".
 */
export function changeRows(before: unknown, after: unknown): ChangeRow[] {
  const b = before ?? undefined;
  const a = after ?? undefined;
  if (b === undefined && a === undefined) return [];
  if ((b !== undefined && !isRecord(b)) || (a !== undefined && !isRecord(a))) {
    const row = { field: 'value', before: show(b), after: show(a) };
    return [{ ...row, changed: row.before !== row.after }];
  }
  const left = b ?? {};
  const right = a ?? {};
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return fields.map((field) => {
    const row = { field, before: show(left[field]), after: show(right[field]) };
    return { ...row, changed: row.before !== row.after };
  });
}
