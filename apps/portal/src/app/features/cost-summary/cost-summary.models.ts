import type { LedgerActivity } from '@attune/domain';

export type { CostSummary, LedgerMonth, LedgerMonthsView } from '@attune/contract';

export const ACTIVITY_LABELS: Readonly<Record<LedgerActivity, string>> = {
  direct_delivery: 'Direct delivery',
  travel: 'Travel',
  preparation: 'Preparation',
  supervision_provided: 'Supervision provided',
  supervision_received: 'Supervision received',
  training_delivered: 'Training delivered',
  training_received: 'Training received',
  case_recording: 'Case recording',
  meetings: 'Meetings',
  admin: 'Admin',
  other: 'Other',
};

/** The summary's LA code for costs that belong to no one LA. */
export const PROGRAMME_WIDE = 'programme';

export function laLabel(code: string): string {
  return code === PROGRAMME_WIDE ? 'Programme-wide' : code;
}

export function packageHref(programmeId: string): string {
  return `/api/programmes/${encodeURIComponent(programmeId)}/package`;
}
