/**
 * Every stored value in words, once for the portal, the CSVs' readers and the
 * guide: `not_ready_or_declined` is "not ready or declined". Values whose words
 * are not their code with spaces are listed; every other code reads as itself.
 */
const SPECIAL: Readonly<Record<string, string>> = {
  aviguk_three_stage: 'AVIGuk three-stage',
  aviguk_18_cycle: 'AVIGuk 18-cycle',
  vig_supervisor: 'VIG supervisor',
  vig_trainer: 'VIG trainer',
  midpoint_review: 'mid-point review',
  la: 'LA',
  la_manager: 'LA manager',
  children_social_care: "children's social care",
  self: 'the family themselves',
  no_plan: 'no CiN or CP plan',
  birth_after_referral: 'birth month after referral',
  never_started: 'allocated, no session held',
  client_hour: 'hour of client-related work',
};

/** A stored value (an enumeration's code) in words, lower case but for names and acronyms. */
export function valueLabel(value: string | null | undefined): string {
  if (value == null) return '';
  return SPECIAL[value] ?? value.replaceAll('_', ' ');
}

/** The same words starting with a capital, for a heading or a column name. */
export function valueHeading(value: string | null | undefined): string {
  const words = valueLabel(value);
  return words.charAt(0).toUpperCase() + words.slice(1);
}
