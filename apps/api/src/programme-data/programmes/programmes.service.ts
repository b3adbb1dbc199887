import { DataSource, type EntityManager } from 'typeorm';
import { RULE_SETS, scopeFor, sensitivityProblems, type Principal } from '@attune/domain';
import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProgrammePage, ProgrammeView } from '@attune/contract';
import type { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { invalid, notFound, type FieldProblem } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import type { UpdateProgrammeDto } from './dto/programme.dto';
import { ProgrammesRepository } from './programmes.repository';

/** The settings a PATCH may change (everything of the view but identity, LAs and bookkeeping). */
const SETTINGS = [
  'name',
  'funder',
  'provider',
  'startDate',
  'intakeStart',
  'intakeEnd',
  'deliveryEnd',
  'reportDue',
  'minFamiliesPerPractitioner',
  'minSessionsPerFamily',
  'cyclesPerFamily',
  'targetPractitionerCount',
  'priceYear',
  'discountRate',
  'sensitivityLow',
  'sensitivityHigh',
  'ruleSet',
] as const;
type Settings = Pick<ProgrammeView, (typeof SETTINGS)[number]>;

@Injectable()
export class ProgrammesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammesRepository,
    private readonly context: ProgrammeContextService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The programmes the caller may see, by name: all of them, or (for a user
   * bound to an LA) those with an LA of that code. Scoped in the query.
   */
  async list(principal: Principal, page: number, pageSize: number): Promise<ProgrammePage> {
    const scope = scopeFor(principal, 'Programme', 'read');
    if (!scope) return { items: [], total: 0 };
    if (scope.all) return this.programmes.page({ all: true }, page, pageSize);
    if (!scope.laCode) return { items: [], total: 0 };
    return this.programmes.page({ laCode: scope.laCode }, page, pageSize);
  }

  /** Names the rule set in force, in the caller's transaction; the rule-sets module checks it first. */
  setRuleSet(manager: EntityManager, programmeId: string, code: string): Promise<void> {
    return this.programmes.setRuleSet(manager, programmeId, code);
  }

  /**
   * Changes the settings (admin). Dates must stay in order, the factors on
   * their side of 1, and the window (start date to delivery end) must still
   * hold every dated record: else 422 naming the field and how many fall out.
   */
  async update(
    principal: Principal,
    id: string,
    input: UpdateProgrammeDto,
    context: AuditContext,
  ): Promise<ProgrammeView> {
    return this.dataSource.transaction(async (manager) => {
      await this.context.load(principal, id, manager);
      const before = await this.programmes.find(id, manager);
      if (!before) throw notFound(`There is no programme ${id} that you can see.`);
      const changes: Partial<Settings> = {};
      for (const key of SETTINGS) {
        if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
      }
      const next: Settings = { ...before, ...changes };
      const problems = settingsProblems(next);
      if (changes.ruleSet !== undefined && changes.ruleSet !== before.ruleSet) {
        const known =
          (RULE_SETS as readonly string[]).includes(changes.ruleSet) ||
          (await this.programmes.hasRuleSet(manager, id, changes.ruleSet));
        if (!known)
          problems.push({
            field: 'ruleSet',
            problem: `${changes.ruleSet} is neither a preset nor a rule set of this programme`,
          });
      }
      if (problems.length > 0) throw invalid(...problems);
      await this.refuseRecordsOutside(manager, id, next);
      await this.programmes.update(manager, id, input.version, changes);
      const after = (await this.programmes.find(id, manager))!;
      await this.audit.record(
        {
          ...context,
          action: 'programme.update',
          entityType: 'Programme',
          entityId: id,
          before,
          after,
        },
        manager,
      );
      return after;
    });
  }

  /** Deletes the programme and every row of it in one transaction (admin), audited with what it was. */
  async remove(
    principal: Principal,
    id: string,
    version: number,
    context: AuditContext,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.context.load(principal, id, manager);
      const before = await this.programmes.find(id, manager);
      if (!before) throw notFound(`There is no programme ${id} that you can see.`);
      await this.programmes.delete(manager, id, version);
      await this.audit.record(
        { ...context, action: 'programme.delete', entityType: 'Programme', entityId: id, before },
        manager,
      );
    });
  }

  private async refuseRecordsOutside(
    manager: EntityManager,
    id: string,
    next: Settings,
  ): Promise<void> {
    const counts = await this.programmes.datedOutside(
      manager,
      id,
      next.startDate,
      next.deliveryEnd,
    );
    const describe = (side: 'before' | 'after') => {
      const found = counts.filter((c) => c[side] > 0);
      const total = found.reduce((n, c) => n + c[side], 0);
      return { total, list: found.map((c) => `${c[side]} ${c.kind}`).join(', ') };
    };
    const problems: FieldProblem[] = [];
    const early = describe('before');
    if (early.total > 0)
      problems.push({
        field: 'startDate',
        problem: `${early.total} records are dated before ${next.startDate} and would fall outside the programme's window (${early.list})`,
      });
    const late = describe('after');
    if (late.total > 0)
      problems.push({
        field: 'deliveryEnd',
        problem: `${late.total} records are dated after ${next.deliveryEnd} and would fall outside the programme's window (${late.list})`,
      });
    if (problems.length > 0) {
      throw new UnprocessableEntityException({
        message: problems.map((p) => `${p.field}: ${p.problem}`),
        errors: problems,
      });
    }
  }
}

/** Dates in order (start, intake start, intake end, delivery end, report due) and the factors. */
function settingsProblems(p: Settings): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const order = ['startDate', 'intakeStart', 'intakeEnd', 'deliveryEnd'] as const;
  for (let i = 1; i < order.length; i++) {
    const [previous, key] = [order[i - 1]!, order[i]!];
    if (p[key] < p[previous])
      problems.push({ field: key, problem: `${p[key]} is before ${previous} ${p[previous]}` });
  }
  if (p.reportDue !== null && p.reportDue < p.deliveryEnd)
    problems.push({
      field: 'reportDue',
      problem: `${p.reportDue} is before the delivery end ${p.deliveryEnd}`,
    });
  problems.push(...sensitivityProblems(p.sensitivityLow, p.sensitivityHigh));
  return problems;
}
