/**
 * One thing wrong with a data package: the file, the CSV line (the header is
 * line 1, the first row line 2), the column (empty for the file as a whole)
 * and what is wrong, in words an admin can act on.
 */
export interface PackageProblem {
  file: string;
  line: number;
  column: string;
  problem: string;
}

/** How many problems a refusal lists; the total is always counted. */
export const DEFAULT_PROBLEM_CAP = 200;

/** Problems kept up to a cap, and counted past it, so a bad million-row file costs no memory. */
export class ProblemList {
  readonly items: PackageProblem[] = [];
  total = 0;

  constructor(readonly cap: number = DEFAULT_PROBLEM_CAP) {}

  add(problem: PackageProblem): void {
    this.total++;
    if (this.items.length < this.cap) this.items.push(problem);
  }

  get empty(): boolean {
    return this.total === 0;
  }
}
