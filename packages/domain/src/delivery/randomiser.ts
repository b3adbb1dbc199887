/** The two arms a randomised family can be allocated to. */
export const ARMS = ['intervention', 'control'] as const;
export type Arm = (typeof ARMS)[number];

/**
 * A source of randomness: an integer in [0, n). The API passes
 * `crypto.randomInt`; tests pass a seeded generator.
 */
export type RandomSource = (n: number) => number;

/**
 * The persisted, concealed state of one LA's allocation sequence: the arms
 * still to be handed out from the current block, in order. Store it in the
 * database, never show it: whoever sees it can predict the next allocations.
 */
export interface BlockState {
  blockSize: number;
  remaining: Arm[];
}

/** Block sizes chosen at random per block, so the end of a block cannot be guessed. */
export const DEFAULT_BLOCK_SIZES: readonly number[] = [2, 4];

function draw(random: RandomSource, n: number): number {
  const value = random(n);
  if (!Number.isInteger(value) || value < 0 || value >= n) {
    throw new Error(`the random source must return an integer in [0, ${n}) (got ${value})`);
  }
  return value;
}

function checkState(state: BlockState): void {
  const half = state.blockSize / 2;
  const count = (arm: Arm) => state.remaining.filter((a) => a === arm).length;
  // A stored block can only be the tail of a balanced block.
  const ok =
    Number.isInteger(half) &&
    Array.isArray(state.remaining) &&
    state.remaining.every((arm) => (ARMS as readonly string[]).includes(arm)) &&
    state.remaining.length < state.blockSize &&
    count('intervention') <= half &&
    count('control') <= half;
  if (!ok) throw new Error(`invalid randomisation block state: ${JSON.stringify(state)}`);
}

/** A new block: half intervention, half control, shuffled (Fisher-Yates). */
export function newBlock(
  random: RandomSource,
  blockSizes: readonly number[] = DEFAULT_BLOCK_SIZES,
): BlockState {
  if (
    blockSizes.length === 0 ||
    !blockSizes.every((n) => Number.isInteger(n) && n >= 2 && n % 2 === 0)
  ) {
    throw new Error(
      `block sizes must be even whole numbers of 2 or more (got ${blockSizes.join(', ')})`,
    );
  }
  const blockSize = blockSizes[draw(random, blockSizes.length)]!;
  const arms: Arm[] = Array.from({ length: blockSize }, (_, i) =>
    i < blockSize / 2 ? 'intervention' : 'control',
  );
  for (let i = arms.length - 1; i > 0; i--) {
    const j = draw(random, i + 1);
    [arms[i], arms[j]] = [arms[j]!, arms[i]!];
  }
  return { blockSize, remaining: arms };
}

/**
 * The next arm for one LA: 1:1 in permuted blocks of varying size. `state`
 * is the LA's stored block (null before its first allocation); the returned
 * state replaces it, in the same transaction as the family's allocation.
 */
export function nextAllocation(
  state: BlockState | null,
  random: RandomSource,
  blockSizes: readonly number[] = DEFAULT_BLOCK_SIZES,
): { arm: Arm; state: BlockState } {
  if (state !== null && state.remaining.length > 0) checkState(state);
  const block =
    state === null || state.remaining.length === 0 ? newBlock(random, blockSizes) : state;
  const [arm, ...rest] = block.remaining as [Arm, ...Arm[]];
  return { arm, state: { blockSize: block.blockSize, remaining: rest } };
}
