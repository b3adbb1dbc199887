import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { share, trialFlow, type FlowFamily } from './trial-flow.js';

const base: FlowFamily = {
  laCode: 'LA1',
  referralDate: '2021-08-02',
  trialArm: 'not_randomised',
  randomisationDate: null,
  followUp4mStatus: null,
  followUp4mOn: null,
  outcome6m: null,
  outcome6mRecordedOn: null,
  supportNeeded: null,
  status: 'referred',
  statusDate: '2021-08-02',
  statusReason: null,
  history: [{ status: 'referred', statusDate: '2021-08-02', statusReason: null }],
};
const h = (
  status: FlowFamily['history'][number]['status'],
  statusDate: string,
  statusReason: string | null = null,
) => ({
  status,
  statusDate,
  statusReason,
});

const families: FlowFamily[] = [
  // intervention, allocated 08-20, active 09-01, completed 2021-12-01, follow-up done 2022-01-05
  {
    ...base,
    trialArm: 'intervention',
    randomisationDate: '2021-08-10',
    followUp4mStatus: 'completed',
    followUp4mOn: '2021-12-12',
    outcome6m: 'none',
    outcome6mRecordedOn: '2022-02-15',
    supportNeeded: true,
    history: [
      h('referred', '2021-08-02'),
      h('randomised', '2021-08-10'),
      h('allocated', '2021-08-20'),
      h('active', '2021-09-01'),
      h('completed', '2021-12-01'),
    ],
  },
  // control, then withdrawn in October
  {
    ...base,
    trialArm: 'control',
    randomisationDate: '2021-08-11',
    history: [
      h('referred', '2021-08-02'),
      h('randomised', '2021-08-11'),
      h('withdrawn', '2021-10-05', 'moved_away'),
    ],
  },
  // referred, did not proceed before randomisation
  {
    ...base,
    laCode: 'LA2',
    supportNeeded: false,
    history: [h('referred', '2021-08-02'), h('not_proceeded', '2021-08-09', 'court_proceedings')],
  },
  // allocated outside the trial by an admin
  { ...base, laCode: 'LA2', history: [h('referred', '2021-08-02'), h('allocated', '2021-08-05')] },
  // referred after the first review date
  { ...base, referralDate: '2021-11-01', history: [h('referred', '2021-11-01')] },
];

describe("the trial's CONSORT flow", () => {
  it('counts each box once, overall and by LA, as things stand at the end', () => {
    const flow = trialFlow(
      families,
      [{ laCode: 'LA1', reason: 'child_too_old', refusedOn: '2021-08-03' }],
      ['LA1', 'LA2'],
      '2022-06-30',
    );
    const { overall } = flow;
    assert.equal(overall.referred, 5);
    assert.deepEqual(overall.ineligible, { child_too_old: 1 });
    assert.deepEqual(overall.randomised, { intervention: 1, control: 1 });
    assert.equal(overall.notRandomised, 1);
    assert.deepEqual(overall.notProceeded, { court_proceedings: 1 });
    assert.deepEqual(overall.withdrawn, { moved_away: 1 });
    assert.deepEqual([overall.allocated, overall.started, overall.completed], [1, 1, 1]);
    assert.equal(overall.followUp4mCompleted, 1);
    assert.equal(overall.outcome6mRecorded, 1);
    assert.deepEqual(overall.dropOut, { count: 1, of: 2, rate: '0.5000' });
    assert.deepEqual(overall.needingSupport, { count: 1, of: 5, rate: '0.2000' });
    const [la1, la2] = flow.byLocalAuthority;
    assert.equal(la1!.code, 'LA1');
    assert.equal(la1!.referred + la2!.referred, overall.referred);
    assert.equal(la2!.notRandomised, 1);
    assert.deepEqual(la2!.randomised, { intervention: 0, control: 0 });
  });

  it('gives the counts as they stood on an earlier day, from the status history', () => {
    const { overall } = trialFlow(families, [], ['LA1', 'LA2'], '2021-09-30');
    assert.equal(overall.referred, 4);
    assert.deepEqual(overall.withdrawn, {});
    assert.deepEqual([overall.allocated, overall.started, overall.completed], [1, 1, 0]);
    assert.equal(overall.followUp4mCompleted, 0);
    assert.equal(overall.outcome6mRecorded, 0);
    assert.deepEqual(overall.dropOut, { count: 0, of: 2, rate: '0.0000' });
    const before = trialFlow(families, [], ['LA1', 'LA2'], '2021-08-10').overall;
    assert.deepEqual(before.randomised, { intervention: 1, control: 0 });
  });

  it('takes the current status as the history of a family that has none recorded', () => {
    const family: FlowFamily = {
      ...base,
      trialArm: 'intervention',
      randomisationDate: '2021-08-10',
      status: 'active',
      statusDate: '2021-09-20',
      history: [],
    };
    assert.equal(trialFlow([family], [], ['LA1'], '2021-09-30').overall.started, 1);
    assert.equal(trialFlow([family], [], ['LA1'], '2021-09-19').overall.started, 0);
  });

  it('rounds a share half up to four places, exactly, and gives null of nothing', () => {
    assert.equal(share(1, 3).rate, '0.3333');
    assert.equal(share(2, 3).rate, '0.6667');
    assert.equal(share(1, 8).rate, '0.1250');
    assert.equal(share(1, 16).rate, '0.0625');
    assert.equal(share(1, 32).rate, '0.0313');
    assert.equal(share(3, 3).rate, '1.0000');
    assert.equal(share(0, 0).rate, null);
  });
});
