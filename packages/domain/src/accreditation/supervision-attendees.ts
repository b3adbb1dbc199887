import type { SupervisionFormat } from '../model/enums.js';

/**
 * How many practitioners attend a supervision session of each format: an
 * individual session has exactly one, a group session two or more (one
 * practitioner alone is individual supervision, which the 18-cycle route counts
 * differently).
 */
export const SUPERVISION_ATTENDEES: Readonly<
  Record<SupervisionFormat, { min: number; max: number | null }>
> = {
  individual: { min: 1, max: 1 },
  group: { min: 2, max: null },
};

/**
 * What is wrong with the number of attendees of a session, or null. With
 * `complete: false` the attendees are still being counted (a data package
 * lists them row by row), so only "too many" can be known yet.
 */
export function supervisionAttendeesProblem(
  format: SupervisionFormat,
  count: number,
  { complete = true }: { complete?: boolean } = {},
): string | null {
  const { min, max } = SUPERVISION_ATTENDEES[format];
  if (max !== null && count > max) {
    return `an ${format} session has exactly ${max === 1 ? 'one attendee' : `${max} attendees`} (got ${count})`;
  }
  if (complete && count < min) {
    return format === 'individual'
      ? `an individual session has exactly one attendee (got ${count})`
      : `a group session has two or more attendees (got ${count}); log one attendee as individual`;
  }
  return null;
}
