// The shape of a UUID as PostgreSQL's uuid type prints it (any version), checked
// before an id reaches SQL so that a malformed one is refused, not a database error.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` is a well-formed UUID (what a programme, user or row id is). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
