import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import fc from 'fast-check';
import { nextAllocation, type BlockState, type RandomSource } from './randomiser.js';

/** A seeded generator (mulberry32), so a failing case can be replayed. */
function seeded(seed: number): RandomSource {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** Allocates families arriving in `laSequence` order; returns per-LA arms and block sizes seen. */
function run(laSequence: readonly string[], random: RandomSource) {
  const states = new Map<string, BlockState | null>();
  const arms = new Map<string, string[]>();
  const blockSizes: number[] = [];
  const leads: string[] = [];
  let worst = 0;
  for (const la of laSequence) {
    const before = states.get(la) ?? null;
    const { arm, state } = nextAllocation(before, random);
    if (before === null || before.remaining.length === 0) {
      blockSizes.push(state.blockSize);
      leads.push(arm);
    }
    states.set(la, state);
    const list = arms.get(la) ?? [];
    list.push(arm);
    arms.set(la, list);
    const diff = Math.abs(list.filter((a) => a === 'intervention').length * 2 - list.length);
    worst = Math.max(worst, diff);
  }
  return { arms, blockSizes, leads, worst };
}

describe('nextAllocation (permuted blocks of 2 and 4, within each LA)', () => {
  it('keeps each LA within half the largest block of 1:1 at every allocation', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.constantFrom('LA1', 'LA2', 'LA3', 'LA4'), { maxLength: 300 }),
        (seed, las) => {
          assert.ok(run(las, seeded(seed)).worst <= 2);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is exactly balanced whenever a block is finished', () => {
    const random = seeded(7);
    let state: BlockState | null = null;
    let intervention = 0;
    for (let i = 1; i <= 1000; i++) {
      const next = nextAllocation(state, random);
      state = next.state;
      if (next.arm === 'intervention') intervention++;
      if (state.remaining.length === 0) assert.equal(intervention * 2, i);
    }
  });

  it('really varies the block size (with crypto.randomInt, as the API uses it)', () => {
    const { blockSizes, leads } = run(Array<string>(2000).fill('LA1'), randomInt);
    const twos = blockSizes.filter((n) => n === 2).length;
    const fours = blockSizes.filter((n) => n === 4).length;
    assert.deepEqual([...new Set(blockSizes)].sort(), [2, 4]);
    // about half the blocks each: far outside chance if the size were fixed
    assert.ok(
      twos > blockSizes.length * 0.35 && fours > blockSizes.length * 0.35,
      `${twos} blocks of 2, ${fours} of 4`,
    );
    // and the order inside blocks is shuffled: each arm leads a fair share of blocks
    const interventionFirst = leads.filter((a) => a === 'intervention').length;
    assert.ok(interventionFirst > leads.length * 0.35 && interventionFirst < leads.length * 0.65);
  });

  it('refuses a random source out of range and a tampered block state', () => {
    assert.throws(() => nextAllocation(null, () => 5), /integer in \[0, 2\) \(got 5\)/);
    const tampered: BlockState = {
      blockSize: 4,
      remaining: ['intervention', 'intervention', 'intervention'],
    };
    assert.throws(() => nextAllocation(tampered, randomInt), /invalid randomisation block state/);
  });

  it('hands out the stored block in order, revealing nothing new until it is used up', () => {
    const stored: BlockState = { blockSize: 4, remaining: ['control', 'intervention'] };
    const first = nextAllocation(stored, () => {
      throw new Error('no randomness needed inside a block');
    });
    assert.deepEqual(first, {
      arm: 'control',
      state: { blockSize: 4, remaining: ['intervention'] },
    });
    assert.deepEqual(stored.remaining, ['control', 'intervention']);
  });

  it('leaves the next arm unpredictable to one who knows every past allocation but not the concealed block', () => {
    // The best guess without the block state: the arm behind so far in the LA (intervention when level).
    // Blocks of random size 2 or 4 keep that guess right about 70% of the time, never always.
    const arms = run(Array<string>(4000).fill('LA1'), seeded(15)).arms.get('LA1')!;
    let right = 0;
    let interventions = 0;
    arms.forEach((arm, i) => {
      const guess =
        interventions * 2 < i ? 'intervention' : interventions * 2 > i ? 'control' : 'intervention';
      if (guess === arm) right++;
      if (arm === 'intervention') interventions++;
    });
    const rate = right / arms.length;
    assert.ok(rate < 0.8, `the informed guess was right ${rate} of the time`);
    // And when the LA is level (a block may have just ended), the guess is a coin toss.
    let level = 0;
    let levelRight = 0;
    interventions = 0;
    arms.forEach((arm, i) => {
      if (interventions * 2 === i) {
        level++;
        if (arm === 'intervention') levelRight++;
      }
      if (arm === 'intervention') interventions++;
    });
    assert.ok(Math.abs(levelRight / level - 0.5) < 0.05, `${levelRight} of ${level} level guesses`);
  });
});
