/**
 * Every enumeration of the data package, spelled exactly as DESIGN.md writes
 * them in the CSV files. Each is a const tuple so it can be listed in error
 * messages, validated against and used as a type.
 */
export const RULE_SETS = ['aviguk_three_stage', 'aviguk_18_cycle'] as const;
export type RuleSetCode = (typeof RULE_SETS)[number];

export const COST_ROLES = [
  'social_worker',
  'family_support_worker',
  'educational_psychologist',
  'vig_supervisor',
  'vig_trainer',
  'team_manager',
  'admin_staff',
  'other',
] as const;
export type CostRole = (typeof COST_ROLES)[number];

export const SUBSTANTIVE_ROLES = [
  'social_worker',
  'family_support_worker',
  'educational_psychologist',
  'other',
] as const;
export type SubstantiveRole = (typeof SUBSTANTIVE_ROLES)[number];

export const PRACTITIONER_STATUSES = ['active', 'paused', 'withdrawn'] as const;
export type PractitionerStatus = (typeof PRACTITIONER_STATUSES)[number];

export const PRACTITIONER_STATUS_REASONS = [
  'left_post',
  'long_term_absence',
  'workload',
  'other',
] as const;
export type PractitionerStatusReason = (typeof PRACTITIONER_STATUS_REASONS)[number];

export const PLANS = ['CiN', 'CP'] as const;
export type Plan = (typeof PLANS)[number];

export const TRIAL_ARMS = ['intervention', 'control', 'not_randomised'] as const;
export type TrialArm = (typeof TRIAL_ARMS)[number];

export const FAMILY_STATUSES = [
  'referred',
  'randomised',
  'allocated',
  'active',
  'completed',
  'withdrawn',
  'not_proceeded',
] as const;
export type FamilyStatus = (typeof FAMILY_STATUSES)[number];

export const NOT_PROCEEDED_REASONS = [
  'not_ready_or_declined',
  'moved_away',
  'child_removed_or_placed',
  'court_proceedings',
  'other',
] as const;
export type NotProceededReason = (typeof NOT_PROCEEDED_REASONS)[number];

export const WITHDRAWN_REASONS = [
  'family_withdrew',
  'moved_away',
  'child_removed_or_placed',
  'other',
] as const;
export type WithdrawnReason = (typeof WITHDRAWN_REASONS)[number];

export const OUTCOMES_6M = ['CP', 'CiN', 'none', 'looked_after', 'other'] as const;
export type Outcome6m = (typeof OUTCOMES_6M)[number];

/** Who referred the family to the programme. */
export const REFERRAL_SOURCES = [
  'children_social_care',
  'health_visitor',
  'early_help',
  'self',
  'other',
] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

export const SESSION_TYPES = [
  'initial_meeting',
  'filming',
  'shared_review',
  'final_evaluation',
  'other',
] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

/** Session types that belong to a cycle (1 to cyclesPerFamily). */
export const CYCLE_SESSION_TYPES: readonly SessionType[] = ['filming', 'shared_review'];

export const SESSION_OUTCOMES = [
  'held',
  'cancelled_by_family',
  'did_not_attend',
  'cancelled_by_practitioner',
] as const;
export type SessionOutcome = (typeof SESSION_OUTCOMES)[number];

export const SUPERVISION_FORMATS = ['individual', 'group'] as const;
export type SupervisionFormat = (typeof SUPERVISION_FORMATS)[number];

export const SUPERVISION_MODES = ['in_person', 'remote'] as const;
export type SupervisionMode = (typeof SUPERVISION_MODES)[number];

export const TRAINING_TYPES = [
  'initial_course',
  'stage_introduction',
  'group_day',
  'other',
] as const;
export type TrainingType = (typeof TRAINING_TYPES)[number];

export const MILESTONE_TYPES = [
  'initial_course_completed',
  'stage_transition',
  'midpoint_review',
  'accreditation',
] as const;
export type MilestoneType = (typeof MILESTONE_TYPES)[number];

export const MILESTONE_OUTCOMES = ['passed', 'deferred'] as const;
export type MilestoneOutcome = (typeof MILESTONE_OUTCOMES)[number];

/** Activities a time entry may carry. */
export const TIME_ENTRY_ACTIVITIES = [
  'case_recording',
  'meetings',
  'admin',
  'travel',
  'preparation',
  'direct_delivery',
  'other',
] as const;
export type TimeEntryActivity = (typeof TIME_ENTRY_ACTIVITIES)[number];

/** Every activity of the staff-time ledger (DESIGN.md, "The staff-time ledger"). */
export const LEDGER_ACTIVITIES = [
  'direct_delivery',
  'travel',
  'preparation',
  'supervision_provided',
  'supervision_received',
  'training_delivered',
  'training_received',
  'case_recording',
  'meetings',
  'admin',
  'other',
] as const;
export type LedgerActivity = (typeof LEDGER_ACTIVITIES)[number];

/** Ledger activities that are set-up costs; every other activity is recurring. */
export const SETUP_ACTIVITIES: readonly LedgerActivity[] = [
  'training_received',
  'training_delivered',
];

export const LEDGER_SOURCES = [
  'family_session',
  'supervision_session',
  'training_event',
  'time_entry',
] as const;
export type LedgerSource = (typeof LEDGER_SOURCES)[number];

export const UNIT_COST_BASES = ['working_hour', 'client_hour'] as const;
export type UnitCostBasis = (typeof UNIT_COST_BASES)[number];

export const RESOURCE_CATEGORIES = [
  'equipment',
  'software',
  'training_fee',
  'supervision_fee',
  'materials',
  'venue',
  'travel_expenses',
  'other',
] as const;
export type ResourceCategory = (typeof RESOURCE_CATEGORIES)[number];

export const COST_TYPES = ['setup', 'recurring'] as const;
export type CostType = (typeof COST_TYPES)[number];

export const BEARERS = ['la', 'provider', 'funder'] as const;
export type Bearer = (typeof BEARERS)[number];

/** What became of the four-month follow-up (null while it is still to come). */
export const FOLLOW_UP_STATUSES = ['completed', 'missed'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** What a family needs to take part in the evaluation's questionnaires (yes/no, then which). */
export const SUPPORT_KINDS = [
  'translation',
  'additional_support',
  'translation_and_support',
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
