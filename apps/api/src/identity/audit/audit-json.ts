/** Keys whose values never go into the audit log, whatever record they come with. */
const SECRET_KEY = /password|secret|token/i;
const MAX_DEPTH = 20;

/**
 * A before/after value as plain JSON: dates as ISO strings, bigints as
 * strings, secrets replaced, undefined dropped. Returns null for nothing.
 */
export function toAuditJson(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return clean(value, 0);
}

function clean(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) return '[too deep]';
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : clean(v, depth + 1)));
  if (typeof value === 'object') {
    // Decimal, Buffer and the like say what they are through toJSON.
    const withJson = value as { toJSON?: () => unknown };
    if (typeof withJson.toJSON === 'function') return clean(withJson.toJSON(), depth + 1);
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (v === undefined || typeof v === 'function') continue;
      out[key] = SECRET_KEY.test(key) ? '[redacted]' : clean(v, depth + 1);
    }
    return out;
  }
  return null;
}
