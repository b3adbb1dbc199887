import type {
  AccreditationDetailRow,
  AccreditationDetails,
  CapacityRow,
  CollectionsDueSummary,
  CostSummary,
  FamilyView,
  ProgrammeView,
} from '@attune/contract';

/** One programme's collection points due (GET …/collections-due/summary), named for the home page. */
export interface DueCount extends CollectionsDueSummary {
  programmeId: string;
  programmeName: string;
}

/**
 * The figures that answer each role's first question on the home page, read
 * from the APIs the role's own pages use (so they agree with those pages).
 */
export type RoleFigures =
  | { role: 'la_manager'; programme: ProgrammeView; capacity: CapacityRow[] }
  | { role: 'supervisor'; programme: ProgrammeView; progress: AccreditationDetails }
  | {
      role: 'practitioner';
      programme: ProgrammeView;
      families: FamilyView[];
      progress: AccreditationDetailRow | null;
    }
  | { role: 'economist'; programme: ProgrammeView; costs: CostSummary }
  | { role: 'admin'; programmes: ProgrammeView[]; today: string };

export type {
  AccreditationDetailRow,
  AccreditationDetails,
  CapacityRow,
  CollectionsDueSummary,
  CostSummary,
  FamilyView,
  ProgrammeView,
};
