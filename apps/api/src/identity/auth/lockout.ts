/**
 * A sliding window: at most `max` failures within `windowMs`. `recent` are
 * the latest failures (ms), newest first. Returns when the next attempt is
 * allowed, or null when it is allowed now. Used per account and address, and
 * per address.
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

/**
 * The slower limit on one account from every address together: once it has
 * `threshold` failures within the last hour, one attempt per `delayMs`. A
 * delay, never a lock: whoever is guessing, the owner can still try again in
 * at most `delayMs`. `recent` are the account's failures (ms), newest first.
 */
export function accountRetryAt(
  recent: number[],
  threshold: number,
  delayMs: number,
  now: number,
): number | null {
  const lastHour = recent.filter((t) => t > now - 3_600_000);
  if (lastHour.length < threshold) return null;
  const next = lastHour[0]! + delayMs;
  return next > now ? next : null;
}
