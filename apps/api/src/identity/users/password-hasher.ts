import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id at OWASP's floor (19 MiB, 2 iterations, 1 lane). Hashing is bounded
 * to two at a time: on a 2-core machine a burst of sign-ins would otherwise
 * take memory and CPU from everything else.
 */
// algorithm 2 is Argon2id (the package's enum is const, which isolatedModules cannot read).
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };
const MAX_CONCURRENT = 2;
let running = 0;
const waiting: Array<() => void> = [];

async function bounded<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

export function hashPassword(password: string): Promise<string> {
  return bounded(() => hash(password, OPTIONS));
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return bounded(() => verify(passwordHash, password).catch(() => false));
}
