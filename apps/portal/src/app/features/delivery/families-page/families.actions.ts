import { createActionGroup, props } from '@ngrx/store';
import { FamilyView, FieldProblem, IneligibleReferralInput, Referral } from '../delivery.models';

/** The list's filter, as the address has it. */
export interface FamiliesFilter {
  status: string | null;
  overdue: boolean;
}

export const FamiliesPageActions = createActionGroup({
  source: 'Families Page',
  events: {
    Opened: props<{ programmeId: string; filter: FamiliesFilter }>(),
    'Referral Submitted': props<{ programmeId: string; referral: Referral }>(),
    'Ineligible Submitted': props<{ programmeId: string; referral: IneligibleReferralInput }>(),
  },
});

export const FamiliesApiActions = createActionGroup({
  source: 'Families API',
  events: {
    Loaded: props<{ programmeId: string; families: FamilyView[]; total: number }>(),
    'Load Failed': props<{ programmeId: string; error: string }>(),
    Referred: props<{ message: string; warnings: string[] }>(),
    'Referral Failed': props<{ error: string; problems: FieldProblem[] }>(),
    'Ineligible Recorded': props<{ message: string }>(),
  },
});
