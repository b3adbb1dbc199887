import { ConflictException } from '@nestjs/common';
import { RULE_SET_PRESETS, RULE_SETS, type RuleSet, type RuleSetCode } from '@attune/domain';
import type { EntityManager } from 'typeorm';
import type { ProgrammeEntity } from '../programme-data/programmes/entities/programme.entity';
import { RuleSetEntity } from './entities/rule-set.entity';

export const isPresetCode = (code: string): code is RuleSetCode =>
  (RULE_SETS as readonly string[]).includes(code);

/** The rule set a programme names: its own stored copy, else the preset of that code. */
export async function ruleSetInForce(
  manager: EntityManager,
  programme: ProgrammeEntity,
): Promise<RuleSet> {
  const stored = await manager.findOne(RuleSetEntity, {
    where: { programmeId: programme.id, code: programme.ruleSet },
  });
  if (stored) return stored.definition;
  if (isPresetCode(programme.ruleSet)) return RULE_SET_PRESETS[programme.ruleSet];
  throw new ConflictException(
    `The programme's rule set in force (${programme.ruleSet}) does not exist: an admin must choose one.`,
  );
}
