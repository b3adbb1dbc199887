// The API and @attune/contract agree: the views are the contract's own types (the
// compiler checks what each service builds); here, that every request body the
// contract describes is one the API's DTOs take, and that the 409 codes the API
// sends are exactly the contract's.
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CONFLICT_CODES,
  type AllocationInput,
  type CopyRuleSetInput,
  type Credentials,
  type FamilyChangeInput,
  type FamilySessionInput,
  type MilestoneInput,
  type NewUserInput,
  type PeriodLockInput,
  type RandomisationInput,
  type RandomiseInput,
  type ReferralInput,
  type RuleSetChangeInput,
  type RuleSetInForceInput,
  type StatusChangeInput,
  type SupervisionSessionInput,
  type TimeEntryInput,
  type TrainingEventInput,
  type UserChangeInput,
} from '@attune/contract';
import type { LoginDto } from './identity/auth/dto/login.dto';
import type {
  AllocateDto,
  RandomiseDto,
  RecordRandomisationDto,
  ReferFamilyDto,
  StatusChangeDto,
  UpdateFamilyDto,
} from './delivery/families/dto/family.dto';
import type { CreateFamilySessionDto } from './delivery/family-sessions/dto/family-session.dto';
import type { MilestoneDto } from './accreditation/milestones/dto/milestone.dto';
import type { SignOffDto } from './delivery/period-locks/dto/period-lock.dto';
import type {
  CopyRuleSetDto,
  RuleSetInForceDto,
  UpdateRuleSetDto,
} from './accreditation/rule-sets/dto/rule-set.dto';
import type { SupervisionSessionDto } from './accreditation/supervision/dto/supervision-session.dto';
import type { CreateTimeEntryDto } from './delivery/time-entries/dto/time-entry.dto';
import type { TrainingEventDto } from './accreditation/training/dto/training-event.dto';
import type { CreateUserDto, UpdateUserDto } from './identity/users/dto/user.dto';

/** `true` when every body of type Input fits the DTO the route validates it with. */
type Fits<Input, Dto> = [Input] extends [Dto] ? true : false;
type AllTrue<T extends true[]> = T;

// A contract input that a DTO no longer takes is a `false` here: a compile error.
export type BodiesFit = AllTrue<
  [
    Fits<Credentials, LoginDto>,
    Fits<NewUserInput, CreateUserDto>,
    Fits<UserChangeInput, UpdateUserDto>,
    Fits<ReferralInput, ReferFamilyDto>,
    Fits<RandomiseInput, RandomiseDto>,
    Fits<RandomisationInput, RecordRandomisationDto>,
    Fits<AllocationInput, AllocateDto>,
    Fits<StatusChangeInput, StatusChangeDto>,
    Fits<FamilyChangeInput, UpdateFamilyDto>,
    Fits<FamilySessionInput, CreateFamilySessionDto>,
    Fits<TimeEntryInput, CreateTimeEntryDto>,
    Fits<PeriodLockInput, SignOffDto>,
    Fits<SupervisionSessionInput, SupervisionSessionDto>,
    Fits<MilestoneInput, MilestoneDto>,
    Fits<TrainingEventInput, TrainingEventDto>,
    Fits<CopyRuleSetInput, CopyRuleSetDto>,
    // The DTO takes any object as the definition (the domain's ruleSetProblems checks it).
    Fits<RuleSetChangeInput, Omit<UpdateRuleSetDto, 'definition'> & { definition: object }>,
    Fits<RuleSetInForceInput, RuleSetInForceDto>,
  ]
>;

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sources(path, out);
    else if (/\.ts$/.test(entry.name) && !/spec\.ts$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** Every 409 `code` in the API's source: `conflict('…', …)` and `code: '…'` in a ConflictException body. */
function conflictCodesSent(): Set<string> {
  // Tests run from the workspace folder (npm -w, turbo).
  const root = join(process.cwd(), 'src');
  assert.ok(existsSync(root), `the API's source is not at ${root}`);
  const codes = new Set<string>();
  for (const file of sources(root)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bconflict\(\s*'([a-z_]+)'/g)) codes.add(m[1]!);
    for (const body of text.matchAll(/new ConflictException\(\{([\s\S]*?)\}\);/g)) {
      const code = /\bcode:\s*'([a-z_]+)'/.exec(body[1]!);
      if (code) codes.add(code[1]!);
    }
  }
  return codes;
}

describe('the API and @attune/contract', () => {
  it('send exactly the conflict codes the contract lists', () => {
    assert.deepEqual([...conflictCodesSent()].sort(), [...CONFLICT_CODES].sort());
  });
});
