import { Principal, scopeFor } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../auth/clock';
import { LocalAuthorityEntity } from '../local-authorities/entities/local-authority.entity';
import { ProgrammeEntity } from '../programmes/entities/programme.entity';
import { today } from './dates';
import { invalid, notFound } from './http-errors';

/** A programme the caller may see, with its LAs by code and by id. */
export interface ProgrammeContext {
  programme: ProgrammeEntity;
  laIdByCode: ReadonlyMap<string, string>;
  laCodeById: ReadonlyMap<string, string>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class ProgrammeAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Today's date by the app's clock (tests move it). */
  today(): string {
    return today(this.clock.now());
  }

  /**
   * The programme, or 404 when it does not exist or the caller may not see it
   * (an LA-bound user sees programmes that have their LA): the answer does not
   * tell whether a programme the caller cannot see exists.
   */
  async load(
    principal: Principal,
    programmeId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProgrammeContext> {
    const missing = notFound(`There is no programme ${programmeId} that you can see.`);
    if (!UUID.test(programmeId)) throw missing;
    const programme = await manager.findOneBy(ProgrammeEntity, { id: programmeId });
    if (!programme) throw missing;
    const las = await manager.find(LocalAuthorityEntity, {
      where: { programmeId },
      select: { id: true, code: true },
    });
    const scope = scopeFor(principal, 'Programme');
    if (!scope || (!scope.all && !las.some((la) => la.code === scope.laCode))) throw missing;
    return {
      programme,
      laIdByCode: new Map(las.map((la) => [la.code, la.id])),
      laCodeById: new Map(las.map((la) => [la.id, la.code])),
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
