/**
 * When does a run of failures lock an account? When `max` failures fall
 * within `windowMs` of each other; the lock then lasts `windowMs` from the
 * failure that completed the run. `failures` are ascending times (ms) of the
 * failures since the account's last successful sign-in. Returns the end of
 * the lock (ms), or null when the failures never formed such a run.
 */
export function lockedUntil(failures: number[], max: number, windowMs: number): number | null {
  let start = 0;
  let lockedFrom: number | null = null;
  for (let end = 0; end < failures.length; end++) {
    while (failures[end]! - failures[start]! >= windowMs) start++;
    if (end - start + 1 >= max) lockedFrom = failures[end]!;
  }
  return lockedFrom === null ? null : lockedFrom + windowMs;
}

/**
 * A sliding window per client address: at most `max` failures within
 * `windowMs`. `recent` are the latest failures (ms), newest first. Returns
 * when the next attempt is allowed, or null when it is allowed now.
 */
export function addressRetryAt(
  recent: number[],
  max: number,
  windowMs: number,
  now: number,
): number | null {
  const inWindow = recent.filter((t) => t > now - windowMs);
  if (inWindow.length < max) return null;
  return inWindow[max - 1]! + windowMs;
}
