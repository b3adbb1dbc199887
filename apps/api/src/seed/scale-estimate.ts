import {
  NOT_HELD_OUTCOMES,
  NOT_HELD_PROBABILITY,
  NOT_PROCEEDED_ATTEMPT_PROBABILITY,
  OTHER_SESSION_PROBABILITY,
  Pace,
} from './family-sessions';
import { NOT_PROCEEDED_SHARE, WITHDRAW_IF_STARTED } from './la-families';
import {
  GROUP_ATTENDANCE,
  groupEligible,
  groupSupervisionDates,
  individualSupervisionDates,
  isInPerson,
} from './la-supervision';
import {
  monthlyDates,
  peerMeetingDates,
  practitionerAdminDates,
  weeklyAdminDates,
} from './la-time';
import type { LaPlan } from './plan';
import { PROGRAMME_DATES } from './reference-data';
import {
  resolveScaleOptions,
  ScaleLayout,
  scaleCohorts,
  scaleLaPlan,
  scaleLayout,
  type ScaleOptions,
} from './scale-plan';
import { laterEvents } from './training';

/** Expected ledger lines and case-recording entries of one allocated intervention family. */
export function expectedFamilyLines(pace: Pace): { sessionLines: number; heldSessions: number } {
  const notHeldLines = NOT_HELD_OUTCOMES.reduce((sum, [, share, lines]) => sum + share * lines, 0);
  const perStep = 3 + NOT_HELD_PROBABILITY[pace] * notHeldLines;
  const complete = 8 + OTHER_SESSION_PROBABILITY;
  const withdrawCycles = 4; // initial meeting and one or two cycles, equally likely
  const pWithdraw = (1 - NOT_PROCEEDED_SHARE) * WITHDRAW_IF_STARTED;
  const pComplete = 1 - NOT_PROCEEDED_SHARE - pWithdraw;
  // A not-proceeded family had a missed first visit (2 or 1 lines, equally likely) or none.
  const notProceeded = NOT_PROCEEDED_ATTEMPT_PROBABILITY * 1.5;
  return {
    sessionLines:
      pComplete * complete * perStep +
      pWithdraw * (withdrawCycles * perStep + 2) +
      NOT_PROCEEDED_SHARE * notProceeded,
    heldSessions: pComplete * complete + pWithdraw * withdrawCycles,
  };
}

/**
 * Expected ledger lines of an LA without filler: each source counted as the
 * generators produce it (a held session 3 lines, a supervision session one
 * for the supervisor and one per attendee, a training event one per trainer
 * and attendee, a time entry one).
 */
export function expectedLaLines(layout: ScaleLayout, plan: LaPlan, laIndex: number): number {
  let lines = 0;
  for (const p of plan.practitioners) {
    const family = expectedFamilyLines(p.pace);
    lines += p.quota * (family.sessionLines + family.heldSessions);
    const individual = individualSupervisionDates(p);
    lines += 2 * individual.length + 2 * individual.filter((_, i) => isInPerson(i)).length;
    lines += peerMeetingDates(p).length + practitionerAdminDates(p).length;
  }
  for (const supervisor of plan.supervisors) {
    groupSupervisionDates().forEach((date, index) => {
      const eligible = groupEligible(plan, supervisor, date).length;
      if (eligible === 0) return;
      // At least one attends: the empty draw is replaced by the first eligible practitioner.
      lines +=
        1 +
        eligible * GROUP_ATTENDANCE +
        Math.pow(1 - GROUP_ATTENDANCE, eligible) +
        (index % 2 === 0 ? 1 : 0);
    });
  }
  lines += 2 * monthlyDates(PROGRAMME_DATES.deliveryEnd).length + weeklyAdminDates().length;
  for (const cohort of scaleCohorts(layout, plan, laIndex)) {
    const n = cohort.practitioners.length;
    lines += 2 * (cohort.trainers.length + n) + cohort.managers.length;
    for (const event of laterEvents(cohort.day1)) {
      const inPost = cohort.practitioners.filter(
        (p) => p.startDate <= event.date && event.date <= p.endDate,
      ).length;
      lines += (event.type === 'group_day' ? 2 : 1) + inPost * 0.9;
    }
  }
  return lines;
}

/** Time entries to add to an LA so its share of the target is reached (zero if already above). */
export function fillerForLa(layout: ScaleLayout, laIndex: number): number {
  const plan = scaleLaPlan(layout, laIndex);
  const share =
    (layout.options.targetLedgerLines * plan.practitioners.length) / layout.options.practitioners;
  return Math.max(0, Math.round(share - expectedLaLines(layout, plan, laIndex)));
}

/** The number of staff-time ledger lines the scale programme with these options is expected to yield. */
export function estimateLedgerLines(options: ScaleOptions = {}): number {
  const layout = scaleLayout(resolveScaleOptions(options));
  let total = 0;
  for (let i = 0; i < layout.options.localAuthorities; i++) {
    const plan = scaleLaPlan(layout, i);
    total += expectedLaLines(layout, plan, i) + fillerForLa(layout, i);
  }
  return Math.round(total);
}
