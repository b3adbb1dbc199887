import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  copyRuleSet,
  RULE_SET_PRESETS,
  ruleSetProblems,
  type Principal,
  type RuleSet,
} from '@attune/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { ProgrammeEntity } from '../programmes/entities/programme.entity';
import { findProgramme } from '../work-records/lookups';
import { updateVersioned } from '../common/versioned-update';
import type { CopyRuleSetDto, UpdateRuleSetDto } from './dto/rule-set.dto';
import { RuleSetEntity } from './entities/rule-set.entity';
import { isPresetCode } from './rule-set-in-force';
import type { RuleSetView } from '@attune/contract';

export type { RuleSetView };

type Context = AuditContext & { principal: Principal };

@Injectable()
export class RuleSetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The programme's rule sets, plus any preset it has no copy of (read-only). */
  async list(programmeId: string): Promise<{ items: RuleSetView[]; total: number }> {
    const programme = await findProgramme(this.dataSource.manager, programmeId);
    const stored = await this.dataSource.manager.find(RuleSetEntity, {
      where: { programmeId },
      order: { code: 'ASC' },
    });
    const items = stored.map((r) => view(r, programme));
    for (const preset of Object.values(RULE_SET_PRESETS)) {
      if (!items.some((i) => i.code === preset.code)) {
        items.push({
          code: preset.code,
          name: preset.name,
          preset: true,
          inForce: programme.ruleSet === preset.code,
          definition: preset,
          version: 0,
        });
      }
    }
    items.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return { items, total: items.length };
  }

  async copy(programmeId: string, input: CopyRuleSetDto, context: Context): Promise<RuleSetView> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await findProgramme(manager, programmeId);
      const source = await this.source(manager, programmeId, input.from);
      if (isPresetCode(input.code))
        throw new BadRequestException([`code: ${input.code} is a preset's code: choose another`]);
      if (await manager.findOne(RuleSetEntity, { where: { programmeId, code: input.code } })) {
        throw new ConflictException(`code: this programme already has a rule set ${input.code}`);
      }
      const definition: RuleSet = {
        ...copyRuleSet(source),
        code: input.code,
        name: input.name.trim(),
      };
      refuse(definition);
      const saved = await manager.save(
        manager.create(RuleSetEntity, {
          programmeId,
          code: definition.code,
          name: definition.name,
          definition,
        }),
      );
      const after = view(saved, programme);
      await this.audit.record(
        { ...context, action: 'rule_set.create', entityType: 'RuleSet', entityId: saved.id, after },
        manager,
      );
      return after;
    });
  }

  async update(
    programmeId: string,
    code: string,
    input: UpdateRuleSetDto,
    context: Context,
  ): Promise<RuleSetView> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await findProgramme(manager, programmeId);
      if (isPresetCode(code)) {
        throw new BadRequestException([
          `${code} is a preset and cannot be edited: copy it, then edit the copy`,
        ]);
      }
      const row = await manager.findOne(RuleSetEntity, { where: { programmeId, code } });
      if (!row) throw new NotFoundException(`This programme has no rule set ${code}.`);
      const definition = { ...input.definition, code } as unknown as RuleSet;
      refuse(definition);
      const clean: RuleSet = { ...copyRuleSet(definition), name: definition.name.trim() };
      await updateVersioned(
        manager,
        RuleSetEntity,
        row.id,
        input.version,
        { name: clean.name, definition: clean },
        `Rule set ${code} ${row.id}`,
      );
      const saved = await manager.findOneByOrFail(RuleSetEntity, { id: row.id });
      const after = view(saved, programme);
      await this.audit.record(
        {
          ...context,
          action: 'rule_set.update',
          entityType: 'RuleSet',
          entityId: row.id,
          before: view(row, programme),
          after,
        },
        manager,
      );
      return after;
    });
  }

  /** Names the rule set accreditation is computed with. A preset without a stored copy is copied first. */
  async setInForce(programmeId: string, code: string, context: Context): Promise<RuleSetView> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await findProgramme(manager, programmeId);
      let row = await manager.findOne(RuleSetEntity, { where: { programmeId, code } });
      if (!row && isPresetCode(code)) {
        const preset = copyRuleSet(RULE_SET_PRESETS[code]);
        row = await manager.save(
          manager.create(RuleSetEntity, {
            programmeId,
            code,
            name: preset.name,
            definition: preset,
          }),
        );
      }
      if (!row) throw new NotFoundException(`This programme has no rule set ${code}.`);
      const before = { ruleSet: programme.ruleSet };
      await manager
        .createQueryBuilder()
        .update(ProgrammeEntity)
        .set({ ruleSet: code, version: () => 'version + 1' })
        .where('id = :id', { id: programmeId })
        .execute();
      await this.audit.record(
        {
          ...context,
          action: 'programme.rule_set',
          entityType: 'Programme',
          entityId: programmeId,
          before,
          after: { ruleSet: code },
        },
        manager,
      );
      return view(row, { ...programme, ruleSet: code });
    });
  }

  private async source(
    manager: EntityManager,
    programmeId: string,
    code: string,
  ): Promise<RuleSet> {
    const stored = await manager.findOne(RuleSetEntity, { where: { programmeId, code } });
    if (stored) return stored.definition;
    if (isPresetCode(code)) return RULE_SET_PRESETS[code];
    throw new NotFoundException(`from: there is no preset or rule set ${code} in this programme.`);
  }
}

function refuse(definition: RuleSet): void {
  const problems = ruleSetProblems(definition);
  if (problems.length > 0) throw new BadRequestException(problems);
}

function view(row: RuleSetEntity, programme: Pick<ProgrammeEntity, 'ruleSet'>): RuleSetView {
  return {
    code: row.code,
    name: row.name,
    preset: isPresetCode(row.code),
    inForce: programme.ruleSet === row.code,
    definition: row.definition,
    version: row.version,
  };
}
