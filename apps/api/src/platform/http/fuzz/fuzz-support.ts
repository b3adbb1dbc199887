import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import type { DataSource } from 'typeorm';
import type { FieldShape } from './route-inputs';

/** One seed for every fuzz run in CI, so a failure reproduces; FUZZ_SEED overrides it. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_211_016);

/** Tables whose writes are not data: each request moves its session's last-seen time. */
const NOT_DATA = new Set(['sessions', 'migrations', 'fuzz_writes']);

/**
 * Counts every row written (insert, update, delete) to every table from now on,
 * in the writing transaction, so a write that is rolled back counts nothing.
 */
export async function installWriteCounter(ds: DataSource): Promise<void> {
  await ds.query(
    'CREATE TABLE fuzz_writes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tbl text NOT NULL)',
  );
  await ds.query(`CREATE FUNCTION fuzz_count() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN INSERT INTO fuzz_writes (tbl) VALUES (TG_TABLE_NAME); RETURN NULL; END $$`);
  const tables = await ds.query<Array<{ name: string }>>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
  );
  for (const { name } of tables) {
    if (NOT_DATA.has(name)) continue;
    await ds.query(
      `CREATE TRIGGER fuzz_count AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION fuzz_count()`,
    );
  }
}

export interface WriteMark {
  /** The last write counted (ids, not a count: a rolled-back write uses up its id). */
  writes: number;
  audit: number;
  rows: number;
}

/** Rows written so far, audit events and the sum of every table's rows. */
export async function writeMark(ds: DataSource, withRows = false): Promise<WriteMark> {
  const [mark] = await ds.query<Array<{ writes: string; audit: string }>>(
    'SELECT (SELECT coalesce(max(id), 0) FROM fuzz_writes) AS writes, (SELECT count(*) FROM audit_events) AS audit',
  );
  let rows = 0;
  if (withRows) {
    const [sum] = await ds.query<Array<{ rows: string }>>(`SELECT sum(n)::text AS rows FROM (
      SELECT (xpath('/row/c/text()', query_to_xml('SELECT count(*) AS c FROM public.' || quote_ident(tablename), false, true, '')))[1]::text::bigint AS n
      FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('sessions', 'fuzz_writes')) t`);
    rows = Number(sum!.rows);
  }
  return { writes: Number(mark!.writes), audit: Number(mark!.audit), rows };
}

/** Which tables were written since a mark (for the failure message). */
export async function writtenSince(ds: DataSource, mark: WriteMark): Promise<string[]> {
  const rows = await ds.query<Array<{ tbl: string }>>(
    'SELECT DISTINCT tbl FROM fuzz_writes WHERE id > $1',
    [mark.writes],
  );
  return rows.map((r) => r.tbl).sort();
}

/** The answer to a malformed request: never a 5xx, always Attune's error body, never a stack. */
export function assertClientAnswer(response: LightMyRequestResponse, what: string): void {
  assert.ok(
    response.statusCode < 500,
    `${what}: ${response.statusCode} ${response.body.slice(0, 500)}`,
  );
  if (response.statusCode >= 400) {
    const body = response.json<{ statusCode: unknown; requestId: unknown; message: unknown }>();
    assert.equal(body.statusCode, response.statusCode, `${what}: error body ${response.body}`);
    assert.equal(typeof body.requestId, 'string', `${what}: no requestId in ${response.body}`);
    assert.doesNotMatch(response.body, /QueryFailedError|node_modules|\.[jt]s:\d+:\d+/, what);
  }
}

// ---- values -------------------------------------------------------------

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'LA1\u0000',
  '%00',
  '\ud800',
  'x\udc00y',
  '\ud83d',
  'a'.repeat(5000),
  '2022-02-30',
  '2022-13-01',
  '0000-01-01',
  '9999-12-31',
  '2021-1-1',
  '0000-01',
  '2021-00',
  '1e12',
  '2147483648',
  '-1',
  '99999999999999999999',
  'NaN',
  "'; DROP TABLE families; --",
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '00000000-0000-4000-8000-000000000000',
  'not-a-uuid',
  'true',
  'null',
];
const NASTY_NUMBERS = [
  0,
  -1,
  1,
  0.5,
  -0.000001,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  1e300,
  32768,
  -32769,
];

/** Values that are plausible somewhere in the API, so that some requests get deep. */
export function plausibleValues(fixtures: Record<string, string>): unknown[] {
  return [
    ...Object.values(fixtures),
    'LA1',
    'LA2',
    'P-LA1-01',
    'P-LA2-01',
    'S-01',
    '2021-10-05',
    '2022-03-01',
    '2021-10',
    '2021-06',
    60,
    30,
    1,
    2,
    3,
    true,
    false,
    'CP',
    'CiN',
  ];
}

const scalar = (plausible: unknown[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
    { weight: 3, arbitrary: fc.constantFrom(...plausible) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
  );

/** A value for one field: its allowed values, plausible ones, nasty ones or a wrong shape. */
export function fieldValue(
  field: FieldShape,
  plausible: unknown[],
  depth = 0,
): fc.Arbitrary<unknown> {
  const options: Array<fc.WeightedArbitrary<unknown>> = [
    { weight: 4, arbitrary: scalar(plausible) },
  ];
  if (field.values.length > 0)
    options.push({ weight: 4, arbitrary: fc.constantFrom(...field.values) });
  if (field.nested && depth < 2) {
    const nested = dtoBody(field.nested, plausible, depth + 1);
    options.push({ weight: 4, arbitrary: fc.array(nested, { maxLength: 3 }) });
    options.push({ weight: 1, arbitrary: nested });
  }
  options.push({ weight: 1, arbitrary: fc.array(scalar(plausible), { maxLength: 3 }) });
  return fc.oneof(...options);
}

/** An object with some of the DTO's fields (and now and then one it does not know). */
export function dtoBody(
  fields: FieldShape[],
  plausible: unknown[],
  depth = 0,
): fc.Arbitrary<Record<string, unknown>> {
  if (fields.length === 0) return fc.constant({});
  const model = Object.fromEntries(fields.map((f) => [f.name, fieldValue(f, plausible, depth)]));
  return fc
    .tuple(
      fc.record(model, { requiredKeys: [] }),
      fc.option(fc.tuple(fc.constantFrom('extra', '__proto__', 'id\u0000'), scalar(plausible)), {
        freq: 8,
      }),
    )
    .map(([record, extra]) => (extra ? { ...record, [extra[0]]: extra[1] } : record));
}

/** Bodies that are not an object of fields at all. */
export const ODD_BODIES: Array<{ payload: string; contentType: string }> = [
  { payload: '[]', contentType: 'application/json' },
  { payload: '"text"', contentType: 'application/json' },
  { payload: '42', contentType: 'application/json' },
  { payload: 'null', contentType: 'application/json' },
  { payload: '{"a":', contentType: 'application/json' },
  { payload: '{"__proto__":{"admin":true}}', contentType: 'application/json' },
  { payload: '{"a":"\\u0000"}', contentType: 'application/json' },
  { payload: '{"a":"\\ud800"}', contentType: 'application/json' },
  { payload: '['.repeat(5000) + ']'.repeat(5000), contentType: 'application/json' },
  { payload: '{"a":'.repeat(3000) + '1' + '}'.repeat(3000), contentType: 'application/json' },
  { payload: 'email=a&password=b', contentType: 'application/x-www-form-urlencoded' },
  { payload: '<xml/>', contentType: 'application/xml' },
  { payload: 'plain', contentType: 'text/plain' },
];

/** Query-string text for a value (objects and arrays as a list of the same key). */
export function queryPart(name: string, value: unknown): string {
  const values = Array.isArray(value) ? value : [value];
  return values
    .map((v) => {
      const text = typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
      return `${encode(name)}=${encode(text)}`;
    })
    .join('&');
}

/** encodeURIComponent, except that a lone surrogate goes as the bytes a careless client sends. */
export function encode(text: string): string {
  return text
    .split(/([\uD800-\uDFFF])/)
    .map((part) => {
      if (part.length === 1 && /[\uD800-\uDFFF]/.test(part)) {
        const code = part.charCodeAt(0);
        return `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
      }
      return encodeURIComponent(part);
    })
    .join('');
}
