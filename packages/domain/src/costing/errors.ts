/** A data package file a costing problem can point at. */
export type CostingFile =
  | 'programme.csv'
  | 'unit_costs.csv'
  | 'price_index.csv'
  | 'resources.csv'
  | 'family_sessions.csv'
  | 'supervision_sessions.csv'
  | 'supervision_attendees.csv'
  | 'training_events.csv'
  | 'training_attendees.csv'
  | 'time_entries.csv';

/**
 * One thing wrong with the costing inputs, for the importer to report as
 * `file, line, column, problem`. `row` is the 0-based index into the array that
 * was checked; the importer turns it into a line number.
 */
export interface CostingProblem {
  file: CostingFile;
  row: number;
  column: string;
  problem: string;
}

/**
 * Raised when a cost cannot be worked out (no covering unit cost, overlapping
 * unit costs, a missing price index, an unknown staff code). Costing never
 * falls back to a silent zero.
 */
export class CostingError extends Error {
  override readonly name = 'CostingError';

  constructor(
    message: string,
    /** The problems behind the error, when it comes from a validation. */
    readonly problems: CostingProblem[] = [],
  ) {
    super(message);
  }
}
