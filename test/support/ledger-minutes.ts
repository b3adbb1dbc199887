import { csvRows } from './package-zip.js';

/**
 * The minutes the ledger costs at one role's rate within a period, worked out
 * from the admin's data package by DESIGN.md's rules, without the app's code:
 * sessions (contact, travel, prep) to the practitioner; supervision (duration
 * and prep, once) to the supervisor and the duration to each attendee;
 * training's duration to each trainer and minutes attended to each attendee;
 * time entries to their person.
 */
export function ledgerMinutes(
  entries: Map<string, Buffer>,
  role: string,
  from: string | null,
  to: string | null,
): number {
  const ofRole = new Set(
    csvRows(entries, 'staff.csv')
      .filter((s) => s['cost_role'] === role)
      .map((s) => s['code']!),
  );
  const inPeriod = (date: string) => (!from || date >= from) && (!to || date <= to);
  const n = (cell: string | undefined) => Number(cell || '0');
  let minutes = 0;
  for (const s of csvRows(entries, 'family_sessions.csv'))
    if (ofRole.has(s['practitioner_code']!) && inPeriod(s['date']!))
      minutes += n(s['contact_minutes']) + n(s['travel_minutes']) + n(s['prep_minutes']);
  const supervision = new Map(
    csvRows(entries, 'supervision_sessions.csv').map((s) => [s['id'], s]),
  );
  for (const s of supervision.values())
    if (ofRole.has(s['supervisor_code']!) && inPeriod(s['date']!))
      minutes += n(s['duration_minutes']) + n(s['prep_minutes']);
  for (const a of csvRows(entries, 'supervision_attendees.csv')) {
    const s = supervision.get(a['session_id'])!;
    if (ofRole.has(a['practitioner_code']!) && inPeriod(s['date']!))
      minutes += n(s['duration_minutes']);
  }
  const training = new Map(csvRows(entries, 'training_events.csv').map((e) => [e['id'], e]));
  for (const e of training.values())
    for (const trainer of e['trainer_codes']!.split(';').filter(Boolean))
      if (ofRole.has(trainer.trim()) && inPeriod(e['date']!)) minutes += n(e['duration_minutes']);
  for (const a of csvRows(entries, 'training_attendees.csv')) {
    const e = training.get(a['event_id'])!;
    if (ofRole.has(a['staff_code']!) && inPeriod(e['date']!)) minutes += n(a['minutes_attended']);
  }
  for (const t of csvRows(entries, 'time_entries.csv'))
    if (ofRole.has(t['staff_code']!) && inPeriod(t['date']!)) minutes += n(t['minutes']);
  return minutes;
}
