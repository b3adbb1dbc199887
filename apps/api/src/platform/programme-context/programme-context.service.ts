import {
  deliveryWindow,
  deliveryWindowProblem,
  Principal,
  reportingDate,
  scopeFor,
} from '@attune/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { isIsoDate, isoToday } from '../dates/dates';
import { invalid, notFound, unprocessable } from '../http/errors';
import { ProgrammeContextRepository, type ProgrammeSettings } from './programme-context.repository';

export type { ProgrammeSettings };

/** A programme the caller may see, with its LAs by code and by id. */
export interface ProgrammeContext {
  programme: ProgrammeSettings;
  laIdByCode: ReadonlyMap<string, string>;
  laCodeById: ReadonlyMap<string, string>;
  /** delivery_versions: changes whenever a table the delivery figures come from changes. */
  dataVersion: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class ProgrammeContextService {
  constructor(
    private readonly repository: ProgrammeContextRepository,
    private readonly clock: Clock,
  ) {}

  /** Today's date by the app's clock (tests move it). */
  today(): string {
    return isoToday(this.clock.now());
  }

  /** The default day for figures: today, or the delivery end once the programme has ended. */
  reportingDate(programme: ProgrammeSettings): string {
    return reportingDate(this.today(), programme.deliveryEnd);
  }

  /**
   * 422 naming the field and the window unless a record of delivery's date
   * falls in the programme's window (start to delivery end, not after today:
   * the domain's rule). A date that is not a calendar date is left to the 400.
   */
  assertInDeliveryWindow(programme: ProgrammeSettings, field: string, date: string): void {
    if (!isIsoDate(date)) return;
    const problem = deliveryWindowProblem(field, date, deliveryWindow(programme, this.today()));
    if (problem) throw unprocessable({ field, problem });
  }

  /**
   * The programme, or 404 when it does not exist or the caller may not see it
   * (an LA-bound user sees programmes that have their LA): the answer does not
   * tell whether a programme the caller cannot see exists.
   */
  async load(
    principal: Principal,
    programmeId: string,
    manager?: EntityManager,
  ): Promise<ProgrammeContext> {
    const missing = notFound(`There is no programme ${programmeId} that you can see.`);
    if (!UUID.test(programmeId)) throw missing;
    const row = await this.repository.settings(programmeId, manager);
    if (!row) throw missing;
    const { las, dataVersion, ...programme } = row;
    const scope = scopeFor(principal, 'Programme');
    if (!scope || (!scope.all && !las.some((la) => la.code === scope.laCode))) throw missing;
    return {
      programme,
      laIdByCode: new Map(las.map((la) => [la.code, la.id])),
      laCodeById: new Map(las.map((la) => [la.id, la.code])),
      dataVersion,
    };
  }

  /** The id of an LA of the programme, or 400 naming the field. */
  laId(context: ProgrammeContext, code: string, field = 'laCode'): string {
    const id = context.laIdByCode.get(code);
    if (!id) {
      throw invalid({
        field,
        problem: `${code} is not a local authority of this programme (it has ${[...context.laIdByCode.keys()].join(', ') || 'none'})`,
      });
    }
    return id;
  }
}
