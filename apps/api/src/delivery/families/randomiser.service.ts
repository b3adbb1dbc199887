import { nextAllocation, type Arm } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { FamiliesRepository } from './families.repository';

/**
 * Attune's randomiser: 1:1 within each LA in permuted blocks of varying size
 * (the domain's nextAllocation), drawing with crypto.randomInt. The block
 * state lives in randomisation_blocks, is read under a row lock in the
 * caller's transaction (so two randomisations in one LA never share a draw),
 * and never leaves the server.
 */
@Injectable()
export class RandomiserService {
  constructor(private readonly families: FamiliesRepository) {}

  async draw(manager: EntityManager, programmeId: string, laId: string): Promise<Arm> {
    const current = await this.families.lockBlock(manager, programmeId, laId);
    const { arm, state } = nextAllocation(current, randomInt);
    await this.families.saveBlock(manager, programmeId, laId, state);
    return arm;
  }
}
