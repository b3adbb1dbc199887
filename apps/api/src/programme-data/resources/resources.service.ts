import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import {
  penceOfPounds,
  poundsOfPence,
  resourceDateProblem,
  type Bearer,
  type CostType,
  type Principal,
  type ResourceCategory,
} from '@attune/domain';
import type { DryRunResult, ResourceView } from '@attune/contract';
import type { EntityManager } from 'typeorm';
import { CostPreviewService } from '../../costing/cost-summary/cost-preview.service';
import type { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { invalid, notFound, type FieldProblem } from '../../platform/http/errors';
import {
  ProgrammeContextService,
  type ProgrammeContext,
} from '../../platform/programme-context/programme-context.service';
import type { ResourceDto, ResourceListQueryDto } from './dto/resource.dto';
import {
  ResourcesRepository,
  type ResourceRecord,
  type ResourceWrite,
} from './resources.repository';

const WHAT = 'Resource';

/** The economist's resources (non-staff costs), each write audited, or dry-run. */
@Injectable()
export class ResourcesService {
  constructor(
    private readonly resources: ResourcesRepository,
    private readonly programmes: ProgrammeContextService,
    private readonly preview: CostPreviewService,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, programmeId: string, query: ResourceListQueryDto) {
    await this.programmes.load(principal, programmeId);
    const { items, total } = await this.resources.page(programmeId, query, query);
    return { items: items.map(view), total };
  }

  create(
    principal: Principal,
    programmeId: string,
    input: ResourceDto,
    dryRun: boolean,
    context: AuditContext,
  ): Promise<ResourceView | DryRunResult> {
    return this.preview.write(programmeId, dryRun, async (manager) => {
      const programme = await this.programmes.load(principal, programmeId, manager);
      const values = await this.values(manager, programme, programmeId, input);
      const id = await this.resources.insert(manager, programmeId, values);
      const after = await this.resources.find(manager, programmeId, id);
      await this.audit.record(
        { ...context, action: 'resource.create', entityType: WHAT, entityId: id, after },
        manager,
      );
      return view(after!);
    });
  }

  update(
    principal: Principal,
    programmeId: string,
    id: string,
    input: ResourceDto & { version: number },
    dryRun: boolean,
    context: AuditContext,
  ): Promise<ResourceView | DryRunResult> {
    return this.preview.write(programmeId, dryRun, async (manager) => {
      const programme = await this.programmes.load(principal, programmeId, manager);
      const before = await this.existing(manager, programmeId, id);
      const values = await this.values(manager, programme, programmeId, input);
      await this.resources.update(manager, id, input.version, values, `${WHAT} ${id}`);
      const after = await this.resources.find(manager, programmeId, id);
      await this.audit.record(
        { ...context, action: 'resource.update', entityType: WHAT, entityId: id, before, after },
        manager,
      );
      return view(after!);
    });
  }

  async remove(
    principal: Principal,
    programmeId: string,
    id: string,
    version: number,
    dryRun: boolean,
    context: AuditContext,
  ): Promise<DryRunResult | undefined> {
    const result = await this.preview.write(programmeId, dryRun, async (manager) => {
      await this.programmes.load(principal, programmeId, manager);
      const before = await this.existing(manager, programmeId, id);
      await this.resources.delete(manager, id, version, `${WHAT} ${id}`);
      await this.audit.record(
        { ...context, action: 'resource.delete', entityType: WHAT, entityId: id, before },
        manager,
      );
      return undefined;
    });
    return result ?? undefined;
  }

  private async existing(manager: EntityManager, programmeId: string, id: string) {
    const row = await this.resources.find(manager, programmeId, id);
    if (!row) throw notFound(`${WHAT} ${id} does not exist in this programme.`);
    return row;
  }

  /** The row to write: 400 at the field for bad input, 422 for a date outside the window. */
  private async values(
    manager: EntityManager,
    context: ProgrammeContext,
    programmeId: string,
    input: ResourceDto,
  ): Promise<ResourceWrite> {
    const problems: FieldProblem[] = [];
    const pence = penceOfPounds(input.unitCost);
    if (pence === null)
      problems.push({
        field: 'unitCost',
        problem: `${input.unitCost} is more than a money column holds`,
      });
    const laId = input.laCode === null ? null : context.laIdByCode.get(input.laCode);
    if (laId === undefined)
      problems.push({
        field: 'laCode',
        problem: `${input.laCode} is not a local authority of this programme (it has ${[...context.laIdByCode.keys()].join(', ') || 'none'}); null is programme-wide`,
      });
    if (!(await this.resources.hasIndexYear(manager, programmeId, input.priceYear)))
      problems.push({
        field: 'priceYear',
        problem: `the price index has no ${input.priceYear}: add it to the price index first`,
      });
    if (problems.length > 0) throw invalid(...problems);
    const outside = resourceDateProblem(input.date, context.programme, this.programmes.today());
    if (outside)
      throw new UnprocessableEntityException({
        message: [`date: ${outside}`],
        errors: [{ field: 'date', problem: outside }],
      });
    return {
      description: input.description,
      category: input.category as ResourceCategory,
      laId: laId!,
      costType: input.costType as CostType,
      quantity: input.quantity,
      unitCostPence: pence!,
      priceYear: input.priceYear,
      usefulLifeYears: input.usefulLifeYears,
      bearer: input.bearer as Bearer,
      date: input.date,
    };
  }
}

function view(r: ResourceRecord): ResourceView {
  return {
    id: r.id,
    description: r.description,
    category: r.category,
    laCode: r.laCode,
    costType: r.costType,
    quantity: r.quantity,
    unitCost: poundsOfPence(r.unitCostPence),
    priceYear: r.priceYear,
    usefulLifeYears: r.usefulLifeYears,
    bearer: r.bearer,
    date: r.date,
    version: r.version,
  };
}
