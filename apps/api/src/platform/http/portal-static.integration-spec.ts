import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync, gunzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from '../../testing/test-app';

/*
 * The portal's files as the build leaves them (a hashed script with its .br and .gz copies beside
 * it, as apps/portal/scripts/precompress.mjs writes them): served compressed to a browser that
 * accepts it, cached for a year when hashed, revalidated when not.
 */
describe('the portal as static files', () => {
  let t: TestApp;
  let dir: string;
  const script = 'console.log("attune");\n'.repeat(200);
  const index = `<!doctype html><html><body><script src="main-ABCD1234.js"></script>${' '.repeat(2000)}</body></html>`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'attune-portal-'));
    mkdirSync(join(dir, 'media'));
    for (const [name, body] of [
      ['main-ABCD1234.js', script],
      ['index.html', index],
    ] as const) {
      writeFileSync(join(dir, name), body);
      writeFileSync(join(dir, `${name}.br`), brotliCompressSync(body));
      writeFileSync(join(dir, `${name}.gz`), gzipSync(body));
    }
    writeFileSync(join(dir, 'favicon.ico'), Buffer.from([0, 0, 1, 0]));
    t = await createTestApp({ ATTUNE_PORTAL_DIR: dir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    t.app.inject({
      method: 'GET',
      url,
      headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
    });

  it('sends the brotli copy to a browser that accepts brotli, cached as immutable', async () => {
    const response = await get('/main-ABCD1234.js', 'gzip, deflate, br');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-encoding'], 'br');
    assert.match(String(response.headers['vary']), /accept-encoding/i);
    assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(brotliDecompressSync(response.rawPayload).toString(), script);
  });

  it('sends the gzip copy to one that accepts only gzip, and the plain file to one that accepts neither', async () => {
    const gzipped = await get('/main-ABCD1234.js', 'gzip');
    assert.equal(gzipped.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gzipped.rawPayload).toString(), script);

    const plain = await get('/main-ABCD1234.js');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body, script);
  });

  it('has the index revalidated on every visit, for the root and for any page of the app', async () => {
    for (const url of ['/', '/p/some-programme/families']) {
      const response = await get(url, 'br');
      assert.equal(response.statusCode, 200, url);
      assert.equal(response.headers['cache-control'], 'no-cache', url);
      assert.equal(brotliDecompressSync(response.rawPayload).toString(), index, url);
    }
  });

  it('revalidates a file whose name carries no hash', async () => {
    const response = await get('/favicon.ico');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['cache-control'], 'no-cache');
  });
});
