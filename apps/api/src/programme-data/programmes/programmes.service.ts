import type { EntityManager } from 'typeorm';
import { scopeFor, type Principal } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import type { ProgrammePage } from '@attune/contract';
import { ProgrammesRepository } from './programmes.repository';

@Injectable()
export class ProgrammesService {
  constructor(private readonly programmes: ProgrammesRepository) {}

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
}
