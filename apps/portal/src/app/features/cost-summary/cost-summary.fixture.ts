import { CostSummary } from './cost-summary.models';

/** A summary in the API's shape, for tests. */
export function summaryFixture(overrides: Partial<CostSummary> = {}): CostSummary {
  return {
    complete: true,
    gaps: [],
    priceYear: 2021,
    totals: {
      staffTime: '150000.00',
      resources: '12345.67',
      total: '162345.67',
      equivalentAnnualResources: '9000.10',
    },
    byLocalAuthority: [
      {
        code: 'LA1',
        staffTime: '50000.00',
        resources: '2345.67',
        total: '52345.67',
        ledgerQuery: 'laCode=LA1',
      },
      {
        code: 'programme',
        staffTime: '100000.00',
        resources: '10000.00',
        total: '110000.00',
        ledgerQuery: 'laCode=programme',
      },
    ],
    byActivity: [
      {
        activity: 'direct_delivery',
        minutes: 6000,
        cost: '4000.00',
        ledgerQuery: 'activity=direct_delivery',
      },
      {
        activity: 'training_received',
        minutes: 125,
        cost: '80.50',
        ledgerQuery: 'activity=training_received',
      },
    ],
    byCostType: { setup: '20000.00', recurring: '142345.67' },
    perFamily: {
      allocated: { count: 24, cost: '6764.40' },
      started: { count: 20, cost: '8117.28' },
      completed: { count: 0, cost: null },
    },
    perPractitioner: {
      trained: { count: 21, cost: '7730.75' },
      accredited: { count: 0, cost: null },
    },
    sensitivity: { low: '132345.67', base: '162345.67', high: '192345.67' },
    ledgerQueries: {
      totals: {
        staffTime: 'source=family_session,supervision_session,training_event,time_entry',
        resources: 'source=resource',
        total: '',
      },
      byCostType: { setup: 'costType=setup', recurring: 'costType=recurring' },
      perFamily: '',
      perPractitioner: '',
    },
    notStarted: {
      families: 3,
      minutes: 300,
      cost: '250.00',
      ledgerQuery: 'notStarted=moved_away,never_started',
      breakdown: [
        {
          laCode: 'LA1',
          reason: 'moved_away',
          families: 1,
          minutes: 60,
          cost: '50.00',
          ledgerQuery: 'notStarted=moved_away&familyLaCode=LA1',
        },
        {
          laCode: 'LA1',
          reason: 'never_started',
          families: 2,
          minutes: 240,
          cost: '200.00',
          ledgerQuery: 'notStarted=never_started&familyLaCode=LA1',
        },
      ],
    },
    ...overrides,
  };
}
