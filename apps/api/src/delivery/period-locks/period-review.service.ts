import { can, deriveLedger, monthBounds, monthReview, Principal, scopeFor } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import type { MonthReviewView } from '@attune/contract';
import { notFound } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import { PeriodLocksRepository } from './period-locks.repository';
import { PeriodReviewRepository } from './period-review.repository';

/** What a sign-off signs: the LA's month as the ledger has it, computed by the domain. */
@Injectable()
export class PeriodReviewService {
  constructor(
    private readonly programmes: ProgrammeContextService,
    private readonly records: PeriodReviewRepository,
    private readonly locks: PeriodLocksRepository,
  ) {}

  /** Who may sign the month off may review it: an LA manager their LA's, an admin any. */
  async review(
    principal: Principal,
    programmeId: string,
    laCode: string,
    month: string,
  ): Promise<MonthReviewView> {
    const programme = await this.programmes.load(principal, programmeId);
    if (!can(principal, 'sign_off', 'PeriodLock', { laCode }))
      throw notFound(`There is no local authority ${laCode} that you can review.`);
    const laId = this.programmes.laId(programme, laCode);
    const { first, last } = monthBounds(month);
    const data = await this.records.monthRecords(programmeId, laId, first, last);
    const review = monthReview({
      laCode,
      month,
      staff: data.staff,
      practitionerCodes: new Set(data.practitionerCodes),
      lines: deriveLedger(data),
      sessions: data.familySessions,
      families: data.families,
    });
    const signed = await this.locks.list({
      programmeId,
      scope: scopeFor(principal, 'PeriodLock'),
      laCode,
      month,
      page: 1,
      pageSize: 1,
    });
    return { ...review, lock: signed.items[0] ?? null };
  }
}
