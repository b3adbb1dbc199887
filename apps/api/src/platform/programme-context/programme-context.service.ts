import {
  deliveryWindow,
  deliveryWindowProblem,
  Principal,
  reportingDate,
  scopeFor,
} from '@attune/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { VersionedCache } from '../cache/versioned-cache';
import { Clock } from '../clock/clock';
import { isIsoDate, isoToday } from '../dates/dates';
import { invalid, notFound, unprocessable } from '../http/errors';
import { isUuid } from '../ids/uuid';
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

@Injectable()
export class ProgrammeContextService {
  /** Contexts by programme, each under the data version its settings were read at. */
  private readonly contexts = new VersionedCache<ProgrammeContext>(256);

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
   * tell whether a programme the caller cannot see exists. `read`: its data
   * version as already read on the primary (with the session; null: no row), if it was.
   */
  async load(
    principal: Principal,
    programmeId: string,
    manager?: EntityManager,
    read?: string | null,
  ): Promise<ProgrammeContext> {
    // Made only when thrown: an exception captures a stack trace, on every request otherwise.
    const missing = () => notFound(`There is no programme ${programmeId} that you can see.`);
    if (!isUuid(programmeId)) throw missing();
    const context = manager
      ? await this.read(programmeId, manager)
      : await this.current(programmeId, read);
    if (!context) throw missing();
    const scope = scopeFor(principal, 'Programme');
    const seen =
      scope && (scope.all || (scope.laCode !== undefined && context.laIdByCode.has(scope.laCode)));
    if (!seen) throw missing();
    return context;
  }

  /**
   * The context as last committed. The programme and its LAs are tables the
   * data version tracks, so the settings read at a version hold for as long
   * as it is current: a request reads the version alone (one short row) and
   * the settings only when it has moved. Outside any transaction only: a
   * caller's transaction sees its own writes, which no version counts yet.
   */
  private async current(
    programmeId: string,
    read: string | null | undefined,
  ): Promise<ProgrammeContext | undefined> {
    const version =
      read === undefined ? await this.repository.dataVersion(programmeId) : (read ?? undefined);
    const known = version === undefined ? undefined : this.contexts.peek(programmeId, version);
    if (known) return known;
    const context = await this.read(programmeId);
    if (context) this.contexts.set(programmeId, { version: context.dataVersion, value: context });
    return context;
  }

  private async read(
    programmeId: string,
    manager?: EntityManager,
  ): Promise<ProgrammeContext | undefined> {
    const row = await this.repository.settings(programmeId, manager);
    if (!row) return undefined;
    const { las, dataVersion, ...programme } = row;
    return {
      // Shared by every request at this version: nobody may change it.
      programme: Object.freeze(programme),
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
