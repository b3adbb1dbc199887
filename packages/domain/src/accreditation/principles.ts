/**
 * The principles of attuned interaction and guidance that VIG supervision
 * works on (AVIGuk), as stored per supervision attendee. One list, so the API
 * validates and the portal offers exactly the same values.
 */
export const ATTUNED_PRINCIPLES = [
  'being_attentive',
  'encouraging_initiatives',
  'receiving_initiatives',
  'developing_attuned_interactions',
  'guiding',
  'deepening_discussion',
] as const;
export type AttunedPrinciple = (typeof ATTUNED_PRINCIPLES)[number];

export function isAttunedPrinciple(value: unknown): value is AttunedPrinciple {
  return (ATTUNED_PRINCIPLES as readonly unknown[]).includes(value);
}

/** Days without supervision beyond which a trainee's gap is flagged (four weeks). */
export const SUPERVISION_GAP_FLAG_DAYS = 28;
