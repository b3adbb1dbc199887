/** A programme as the API shows it (dates `YYYY-MM-DD`, the discount rate an exact decimal string). */
export interface ProgrammeView {
  id: string;
  name: string;
  funder: string;
  provider: string;
  startDate: string;
  intakeStart: string;
  intakeEnd: string;
  deliveryEnd: string;
  reportDue: string | null;
  priceYear: number;
  discountRate: string;
  minFamiliesPerPractitioner: number;
  minSessionsPerFamily: number;
  cyclesPerFamily: number;
  targetPractitionerCount: number | null;
  ruleSet: string;
  localAuthorities: string[];
  version: number;
}

/** One page of programmes. */
export interface ProgrammePage {
  items: ProgrammeView[];
  total: number;
}
