import { BlockState, nextAllocation, type Arm } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/**
 * Attune's randomiser: 1:1 within each LA in permuted blocks of varying size
 * (the domain's nextAllocation), drawing with crypto.randomInt. The block
 * state lives in randomisation_blocks, is read under a row lock in the
 * caller's transaction (so two randomisations in one LA never share a draw),
 * and never leaves the server.
 */
@Injectable()
export class RandomiserService {
  async draw(manager: EntityManager, programmeId: string, laId: string): Promise<Arm> {
    await manager.query(
      `INSERT INTO randomisation_blocks (programme_id, la_id, state, allocations)
       VALUES ($1, $2, NULL, 0) ON CONFLICT (programme_id, la_id) DO NOTHING`,
      [programmeId, laId],
    );
    const [block] = await manager.query<[{ state: BlockState | null }]>(
      'SELECT state FROM randomisation_blocks WHERE programme_id = $1 AND la_id = $2 FOR UPDATE',
      [programmeId, laId],
    );
    const { arm, state } = nextAllocation(block.state, randomInt);
    await manager.query(
      `UPDATE randomisation_blocks SET state = $3::jsonb, allocations = allocations + 1
       WHERE programme_id = $1 AND la_id = $2`,
      [programmeId, laId, JSON.stringify(state)],
    );
    return arm;
  }
}
