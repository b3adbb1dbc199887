import type { CollectionsDueSummary } from '@attune/contract';

/** One programme's collection points due (GET …/collections-due/summary), named for the home page. */
export interface DueCount extends CollectionsDueSummary {
  programmeId: string;
  programmeName: string;
}

export type { CollectionsDueSummary };
