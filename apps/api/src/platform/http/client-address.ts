import { isIP } from 'node:net';

/**
 * Which proxies to believe about the client's address (`X-Forwarded-For`).
 * Off by default: then the address is the TCP peer's, which a caller cannot
 * forge, so throttling per address and the audit log's address hold. Behind a
 * reverse proxy, name it: a hop count (`1` = one proxy in front) or the
 * proxies' addresses or CIDR ranges, comma-separated. Fastify then takes
 * `request.ip` from the header only as far as those proxies vouch for it.
 */
export type TrustProxy = false | number | string[];

export const TRUST_PROXY_HELP =
  'must be false, a hop count from 1 to 10, or a comma-separated list of IP addresses or CIDR ranges';

/** Parses ATTUNE_TRUST_PROXY; returns the problem as a string when it is not valid. */
export function parseTrustProxy(raw: string | undefined): TrustProxy | string {
  if (raw === undefined) return false;
  const value = raw.trim();
  if (value === '' || value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops >= 1 && hops <= 10 ? hops : TRUST_PROXY_HELP;
  }
  const entries = value.split(',').map((e) => e.trim());
  for (const entry of entries) if (!isAddressOrRange(entry)) return TRUST_PROXY_HELP;
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0 || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * Fastify's `trustProxy` for a setting. Fastify 5 ignores a bare hop count
 * (it cannot tell a proxy from a direct client), so a count becomes a trust
 * function: the peer and the next `hops - 1` addresses to the left in
 * X-Forwarded-For are proxies. That is only sound when clients cannot reach
 * the API except through those proxies (README, Security).
 */
export function fastifyTrustProxy(
  setting: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return setting;
}
