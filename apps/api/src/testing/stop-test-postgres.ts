import { STOP_KEY } from './with-test-postgres';

/** Jest globalTeardown of the API tier: stops the cluster with-test-postgres started. */
export default async function stopTestPostgres(): Promise<void> {
  const stop = (globalThis as Record<symbol, unknown>)[STOP_KEY] as
    (() => Promise<void>) | undefined;
  await stop?.();
}
