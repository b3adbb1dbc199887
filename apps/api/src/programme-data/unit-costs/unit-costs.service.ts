import { ConflictException, Injectable } from '@nestjs/common';
import {
  overlappingUnitCost,
  penceOfPounds,
  poundsOfPence,
  type CostRole,
  type Principal,
  type UnitCostBasis,
} from '@attune/domain';
import type { DryRunResult, UnitCostOverlap, UnitCostView } from '@attune/contract';
import type { EntityManager } from 'typeorm';
import { CostPreviewService } from '../../costing/cost-summary/cost-preview.service';
import type { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { conflict, invalid, notFound, type FieldProblem } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import type { UnitCostDto, UnitCostListQueryDto } from './dto/unit-cost.dto';
import {
  UnitCostsRepository,
  type UnitCostRecord,
  type UnitCostWrite,
} from './unit-costs.repository';

const WHAT = 'Unit cost';

/** The economist's unit costs: one per cost role and date, each write audited, or dry-run. */
@Injectable()
export class UnitCostsService {
  constructor(
    private readonly unitCosts: UnitCostsRepository,
    private readonly programmes: ProgrammeContextService,
    private readonly preview: CostPreviewService,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, programmeId: string, query: UnitCostListQueryDto) {
    await this.programmes.load(principal, programmeId);
    const { items, total } = await this.unitCosts.page(programmeId, query, query);
    return { items: items.map(view), total };
  }

  create(
    principal: Principal,
    programmeId: string,
    input: UnitCostDto,
    dryRun: boolean,
    context: AuditContext,
  ): Promise<UnitCostView | DryRunResult> {
    return this.preview.write(programmeId, dryRun, async (manager) => {
      await this.programmes.load(principal, programmeId, manager);
      const values = await this.values(manager, programmeId, input, null);
      const id = await this.unitCosts.insert(manager, programmeId, values);
      const after = await this.unitCosts.find(manager, programmeId, id);
      await this.audit.record(
        { ...context, action: 'unit_cost.create', entityType: 'UnitCost', entityId: id, after },
        manager,
      );
      return view(after!);
    });
  }

  update(
    principal: Principal,
    programmeId: string,
    id: string,
    input: UnitCostDto & { version: number },
    dryRun: boolean,
    context: AuditContext,
  ): Promise<UnitCostView | DryRunResult> {
    return this.preview.write(programmeId, dryRun, async (manager) => {
      const before = await this.existing(manager, principal, programmeId, id);
      const values = await this.values(manager, programmeId, input, id);
      await this.unitCosts.update(manager, id, input.version, values, `${WHAT} ${id}`);
      const after = await this.unitCosts.find(manager, programmeId, id);
      await this.audit.record(
        {
          ...context,
          action: 'unit_cost.update',
          entityType: 'UnitCost',
          entityId: id,
          before,
          after,
        },
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
      const before = await this.existing(manager, principal, programmeId, id);
      await this.unitCosts.delete(manager, id, version, `${WHAT} ${id}`);
      await this.audit.record(
        { ...context, action: 'unit_cost.delete', entityType: 'UnitCost', entityId: id, before },
        manager,
      );
      return undefined;
    });
    return result ?? undefined;
  }

  private async existing(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
    id: string,
  ): Promise<UnitCostRecord> {
    await this.programmes.load(principal, programmeId, manager);
    const row = await this.unitCosts.find(manager, programmeId, id);
    if (!row) throw notFound(`${WHAT} ${id} does not exist in this programme.`);
    return row;
  }

  /** The row to write, or 400 at the field; 409 `unit_cost_overlap` naming the other unit cost. */
  private async values(
    manager: EntityManager,
    programmeId: string,
    input: UnitCostDto,
    id: string | null,
  ): Promise<UnitCostWrite> {
    const problems: FieldProblem[] = [];
    const pence = penceOfPounds(input.hourlyCost);
    if (pence === null)
      problems.push({
        field: 'hourlyCost',
        problem: `${input.hourlyCost} is more than a money column holds`,
      });
    if (input.effectiveFrom && input.effectiveTo && input.effectiveTo < input.effectiveFrom)
      problems.push({
        field: 'effectiveTo',
        problem: `${input.effectiveTo} is before effectiveFrom ${input.effectiveFrom}`,
      });
    if (!(await this.unitCosts.hasIndexYear(manager, programmeId, input.priceYear)))
      problems.push({
        field: 'priceYear',
        problem: `the price index has no ${input.priceYear}: add it to the price index first`,
      });
    if (problems.length > 0) throw invalid(...problems);
    const values: UnitCostWrite = {
      costRole: input.costRole as CostRole,
      hourlyCostPence: pence!,
      priceYear: input.priceYear,
      basis: input.basis as UnitCostBasis,
      source: input.source,
      effectiveFrom: input.effectiveFrom ?? null,
      effectiveTo: input.effectiveTo ?? null,
    };
    const sameRole = await this.unitCosts.lockedOfRole(manager, programmeId, values.costRole);
    const other = overlappingUnitCost({ ...values, id }, sameRole);
    if (other) {
      const period = `${other.effectiveFrom ?? 'open'} to ${other.effectiveTo ?? 'open'}`;
      throw conflictWith(
        `The ${values.costRole} unit cost ${other.id} already covers ${period}: a date must have exactly one ${values.costRole} unit cost. Change that one's period first.`,
        other,
      );
    }
    return values;
  }
}

/** 409 `unit_cost_overlap` with the other unit cost's id and period in `overlapping`. */
function conflictWith(message: string, other: UnitCostRecord): ConflictException {
  const overlapping: UnitCostOverlap['overlapping'] = {
    id: other.id,
    effectiveFrom: other.effectiveFrom,
    effectiveTo: other.effectiveTo,
  };
  return conflict('unit_cost_overlap', message, { overlapping });
}

export function view(r: UnitCostRecord): UnitCostView {
  return {
    id: r.id,
    costRole: r.costRole,
    hourlyCost: poundsOfPence(r.hourlyCostPence),
    priceYear: r.priceYear,
    basis: r.basis,
    source: r.source,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    version: r.version,
  };
}
