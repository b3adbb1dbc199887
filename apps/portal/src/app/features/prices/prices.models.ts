import type {
  DryRunResult,
  FieldProblem,
  PriceIndexInput,
  PriceIndexView,
  ResourceInput,
  ResourceView,
  UnitCostInput,
  UnitCostView,
} from '@attune/contract';

export type {
  DryRunResult,
  FieldProblem,
  PriceIndexInput,
  PriceIndexView,
  ResourceInput,
  ResourceView,
  UnitCostInput,
  UnitCostView,
};

/** The three lists an economist keeps, each on its own page. */
export type PriceList = 'unitCosts' | 'priceIndex' | 'resources';

/**
 * One change to the prices, as the API takes it: the same value is sent with
 * `?dryRun=true` for the preview and without it to save.
 */
export type PriceWrite =
  | { list: 'unitCosts'; op: 'create'; input: UnitCostInput }
  | { list: 'unitCosts'; op: 'update'; id: string; version: number; input: UnitCostInput }
  | { list: 'unitCosts'; op: 'delete'; id: string; version: number }
  | { list: 'priceIndex'; op: 'put'; year: number; input: PriceIndexInput }
  | { list: 'priceIndex'; op: 'delete'; year: number; version: number }
  | { list: 'resources'; op: 'create'; input: ResourceInput }
  | { list: 'resources'; op: 'update'; id: string; version: number; input: ResourceInput }
  | { list: 'resources'; op: 'delete'; id: string; version: number };

/** The cost summary's total before and after a change (pounds), or why it cannot be worked out. */
export interface PricePreview {
  before: string | null;
  after: string | null;
  problem: string | null;
}

export function previewOf(result: DryRunResult): PricePreview {
  return {
    before: result.before?.totals.total ?? null,
    after: result.after?.totals.total ?? null,
    problem: result.afterProblem ?? result.beforeProblem,
  };
}

/** What a save says when it worked. */
export function savedMessage(write: PriceWrite): string {
  const what =
    write.list === 'unitCosts'
      ? 'unit cost'
      : write.list === 'priceIndex'
        ? `price index for ${write.year}`
        : 'resource';
  const done = write.op === 'delete' ? 'deleted' : write.op === 'create' ? 'added' : 'saved';
  return `The ${what} was ${done}.`;
}
