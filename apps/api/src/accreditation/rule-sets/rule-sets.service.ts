import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  copyRuleSet,
  RULE_SET_PRESETS,
  RULE_SETS,
  ruleSetProblems,
  type Principal,
  type RuleSet,
  type RuleSetCode,
} from '@attune/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { conflict, invalid, notFound } from '../../platform/http/errors';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import type { CopyRuleSetDto, UpdateRuleSetDto } from './dto/rule-set.dto';
import { ProgrammesService } from '../../programme-data/programmes/programmes.service';
import { RuleSetsRepository, type RuleSetRecord } from './rule-sets.repository';
import type { RuleSetView } from '@attune/contract';

export const isPresetCode = (code: string): code is RuleSetCode =>
  (RULE_SETS as readonly string[]).includes(code);

@Injectable()
export class RuleSetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ruleSets: RuleSetsRepository,
    private readonly programmes: ProgrammeContextService,
    private readonly programmeRecords: ProgrammesService,
    private readonly audit: AuditService,
  ) {}

  /** The rule set a programme names: its own stored copy, else the preset of that code (409 if neither). */
  async inForce(
    programme: { id: string; ruleSet: string },
    manager?: EntityManager,
  ): Promise<RuleSet> {
    const stored = await this.ruleSets.find(programme.id, programme.ruleSet, manager);
    if (stored) return stored.definition;
    if (isPresetCode(programme.ruleSet)) return RULE_SET_PRESETS[programme.ruleSet];
    throw conflict(
      'rule_set_missing',
      `The programme's rule set in force (${programme.ruleSet}) does not exist: an admin must choose one.`,
    );
  }

  /** The programme's rule sets, plus any preset it has no copy of (read-only). */
  async list(
    principal: Principal,
    programmeId: string,
  ): Promise<{ items: RuleSetView[]; total: number }> {
    const { programme } = await this.programmes.load(principal, programmeId);
    const items = (await this.ruleSets.list(programmeId)).map((r) => view(r, programme.ruleSet));
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

  async copy(
    principal: Principal,
    programmeId: string,
    input: CopyRuleSetDto,
    context: AuditContext,
  ): Promise<RuleSetView> {
    return this.dataSource.transaction(async (manager) => {
      const { programme } = await this.programmes.load(principal, programmeId, manager);
      const source = await this.source(manager, programmeId, input.from);
      if (isPresetCode(input.code))
        throw invalid({
          field: 'code',
          problem: `${input.code} is a preset's code: choose another`,
        });
      if (await this.ruleSets.find(programmeId, input.code, manager)) {
        throw conflict(
          'duplicate_code',
          `code: this programme already has a rule set ${input.code}`,
        );
      }
      const definition: RuleSet = {
        ...copyRuleSet(source),
        code: input.code,
        name: input.name.trim(),
      };
      refuse(definition);
      const saved = await this.ruleSets.insert(manager, programmeId, definition);
      const after = view(saved, programme.ruleSet);
      await this.audit.record(
        { ...context, action: 'rule_set.create', entityType: 'RuleSet', entityId: saved.id, after },
        manager,
      );
      return after;
    });
  }

  async update(
    principal: Principal,
    programmeId: string,
    code: string,
    input: UpdateRuleSetDto,
    context: AuditContext,
  ): Promise<RuleSetView> {
    return this.dataSource.transaction(async (manager) => {
      const { programme } = await this.programmes.load(principal, programmeId, manager);
      if (isPresetCode(code)) {
        throw invalid({
          field: 'code',
          problem: `${code} is a preset and cannot be edited: copy it, then edit the copy`,
        });
      }
      const row = await this.ruleSets.find(programmeId, code, manager);
      if (!row) throw notFound(`This programme has no rule set ${code}.`);
      const definition = { ...input.definition, code } as unknown as RuleSet;
      refuse(definition);
      const clean: RuleSet = { ...copyRuleSet(definition), name: definition.name.trim() };
      const saved = await this.ruleSets.update(
        manager,
        row.id,
        input.version,
        clean,
        `Rule set ${code} ${row.id}`,
      );
      const after = view(saved, programme.ruleSet);
      await this.audit.record(
        {
          ...context,
          action: 'rule_set.update',
          entityType: 'RuleSet',
          entityId: row.id,
          before: view(row, programme.ruleSet),
          after,
        },
        manager,
      );
      return after;
    });
  }

  /** Names the rule set accreditation is computed with. A preset without a stored copy is copied first. */
  async setInForce(
    principal: Principal,
    programmeId: string,
    code: string,
    context: AuditContext,
  ): Promise<RuleSetView> {
    return this.dataSource.transaction(async (manager) => {
      const { programme } = await this.programmes.load(principal, programmeId, manager);
      let row = await this.ruleSets.find(programmeId, code, manager);
      if (!row && isPresetCode(code)) {
        row = await this.ruleSets.insert(manager, programmeId, copyRuleSet(RULE_SET_PRESETS[code]));
      }
      if (!row) throw notFound(`This programme has no rule set ${code}.`);
      await this.programmeRecords.setRuleSet(manager, programmeId, code);
      await this.audit.record(
        {
          ...context,
          action: 'programme.rule_set',
          entityType: 'Programme',
          entityId: programmeId,
          before: { ruleSet: programme.ruleSet },
          after: { ruleSet: code },
        },
        manager,
      );
      return view(row, code);
    });
  }

  private async source(
    manager: EntityManager,
    programmeId: string,
    code: string,
  ): Promise<RuleSet> {
    const stored = await this.ruleSets.find(programmeId, code, manager);
    if (stored) return stored.definition;
    if (isPresetCode(code)) return RULE_SET_PRESETS[code];
    throw notFound(`from: there is no preset or rule set ${code} in this programme.`);
  }
}

/** 400 listing every problem `ruleSetProblems` finds in the definition. */
function refuse(definition: RuleSet): void {
  const problems = ruleSetProblems(definition);
  if (problems.length > 0)
    throw invalid(...problems.map((problem) => ({ field: 'definition', problem })));
}

function view(row: RuleSetRecord, ruleSetInForce: string): RuleSetView {
  return {
    code: row.code,
    name: row.name,
    preset: isPresetCode(row.code),
    inForce: ruleSetInForce === row.code,
    definition: row.definition,
    version: row.version,
  };
}
