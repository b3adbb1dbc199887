import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import helmet, { type HelmetOptions } from 'helmet';
import { helmetEffect } from './security-headers';

/** The headers a real node server answers with when `handle` writes its response. */
async function answered(
  handle: (res: ServerResponse, req: IncomingMessage) => void,
): Promise<{ raw: string[]; headers: IncomingHttpHeaders }> {
  const server = createServer((req, res) => {
    res.setHeader('X-Powered-By', 'Express');
    handle(res, req);
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise((resolve, reject) => {
      httpRequest({ port, host: '127.0.0.1', path: '/api/x' }, (res) => {
        res.resume();
        res.on('end', () => resolve({ raw: res.rawHeaders, headers: res.headers }));
      })
        .on('error', reject)
        .end();
    });
  } finally {
    server.close();
  }
}

const OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    directives: { defaultSrc: ["'self'"], frameAncestors: ["'none'"], objectSrc: ["'none'"] },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'same-origin' },
  strictTransportSecurity: true,
};

describe('security headers', () => {
  it('writes exactly the headers helmet writes, names and order included, and removes X-Powered-By', async () => {
    const helmetOwn = await answered((res, req) => helmet(OPTIONS)(req, res, () => undefined));
    const { set, removed } = helmetEffect(OPTIONS);
    const recorded = await answered((res) => {
      for (const name of removed) res.removeHeader(name);
      for (const [name, value] of set) res.setHeader(name, value);
    });
    // Name and value pairs as sent, but the date (a second may pass between the two answers).
    const pairs = (raw: string[]) =>
      raw.flatMap((name, i) => (i % 2 === 0 && name !== 'Date' ? [[name, raw[i + 1]]] : []));
    assert.deepEqual(pairs(recorded.raw), pairs(helmetOwn.raw));
    assert.equal(recorded.headers['x-powered-by'], undefined);
    assert.match(String(recorded.headers['content-security-policy']), /frame-ancestors 'none'/);
    assert.equal(
      recorded.headers['strict-transport-security'],
      'max-age=31536000; includeSubDomains',
    );
    assert.equal(recorded.headers['x-frame-options'], 'DENY');
  });

  it('records a different policy for different options', () => {
    const lax = helmetEffect({ ...OPTIONS, strictTransportSecurity: false });
    assert.equal(
      lax.set.some(([name]) => name.toLowerCase() === 'strict-transport-security'),
      false,
    );
    assert.equal(
      helmetEffect(OPTIONS).set.some(
        ([name]) => name.toLowerCase() === 'strict-transport-security',
      ),
      true,
    );
  });
});
