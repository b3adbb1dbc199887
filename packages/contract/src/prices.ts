// The economist's prices: unit costs, the price index and resources, and the dry run of a change to them.
import type {
  Bearer,
  CostRole,
  CostSummary,
  CostType,
  ResourceCategory,
  UnitCostBasis,
} from '@attune/domain';
import type { Page } from './platform.js';

/** A unit cost: money a string of pounds with two decimals, dates `YYYY-MM-DD` (null is open). */
export interface UnitCostView {
  id: string;
  costRole: CostRole;
  hourlyCost: string;
  priceYear: number;
  basis: UnitCostBasis;
  source: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  version: number;
}

export type UnitCostPage = Page<UnitCostView>;

/** POST /unit-costs and PATCH /unit-costs/:id (the PATCH also takes `version`). */
export interface UnitCostInput {
  costRole: CostRole;
  hourlyCost: string;
  priceYear: number;
  basis: UnitCostBasis;
  source: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

/** 409 `unit_cost_overlap`: the unit cost of the same role whose period the new one shares a day with. */
export interface UnitCostOverlap {
  message: string;
  code: 'unit_cost_overlap';
  overlapping: { id: string; effectiveFrom: string | null; effectiveTo: string | null };
}

/** A year of the price index: the index an exact decimal string. */
export interface PriceIndexView {
  year: number;
  index: string;
  version: number;
}

export type PriceIndexPage = Page<PriceIndexView>;

/** PUT /price-index/:year: `version` when replacing a year that exists, left out to add one. */
export interface PriceIndexInput {
  index: string;
  version?: number;
}

/** A resource (DESIGN.md): unit cost pounds, quantity a decimal string (up to three places), laCode null programme-wide. */
export interface ResourceView {
  id: string;
  description: string;
  category: ResourceCategory;
  laCode: string | null;
  costType: CostType;
  quantity: string;
  unitCost: string;
  priceYear: number;
  usefulLifeYears: number;
  bearer: Bearer;
  date: string;
  version: number;
}

export type ResourcePage = Page<ResourceView>;

export interface ResourceInput {
  description: string;
  category: ResourceCategory;
  laCode: string | null;
  costType: CostType;
  quantity: string;
  unitCost: string;
  priceYear: number;
  usefulLifeYears: number;
  bearer: Bearer;
  date: string;
}

/**
 * 200 from a write with `?dryRun=true`: the cost summary before and as it
 * would be after the change, nothing written or audited. A side is null when
 * the costs cannot be worked out (then `beforeProblem`/`afterProblem` says why).
 */
export interface DryRunResult {
  dryRun: true;
  before: CostSummary | null;
  after: CostSummary | null;
  beforeProblem: string | null;
  afterProblem: string | null;
}
