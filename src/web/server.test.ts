// The web server serves the report folder and nothing outside it, with its security headers on every answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../test/helpers/temp-dir.ts';
import { startServer } from './server.ts';

/** Sends `path` exactly as written: fetch would resolve "..", and "%2e%2e" too, before sending it. */
function get(url: string, path: string): Promise<{ status: number; body: string; csp: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/`, { path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => { resolve({ status: res.statusCode ?? 0, body, csp: res.headers['content-security-policy'] as string | undefined }); });
    });
    req.on('error', reject);
    req.end();
  });
}

test('a path that climbs out of the report folder, written plainly or encoded, finds nothing, and answers carry the CSP', async () => {
  const parent = tempDir('carestats-web-');
  const out = join(parent, 'out');
  mkdirSync(join(out, 'assets'), { recursive: true });
  writeFileSync(join(out, 'index.html'), '<p>report</p>');
  writeFileSync(join(parent, 'secret.txt'), 'not for the browser');
  const server = await startServer(out, 0);
  try {
    const page = await get(server.url, '/index.html');
    assert.equal(page.status, 200);
    assert.match(page.csp ?? '', /^default-src 'self'; script-src 'self' 'sha256-/);
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E%2Fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt', '/%252e%252e/secret.txt']) {
      const res = await get(server.url, path);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(res.body, /not for the browser/, path);
      assert.ok(res.csp, `${path} has the CSP too`);
    }
  } finally {
    await server.close();
  }
});
