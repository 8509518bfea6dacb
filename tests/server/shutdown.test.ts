import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { newId } from '../../utils/model/id';
import { person, put } from './helpers/records';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meishi-shutdown-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Waits until the child's output matches, and returns the match. */
function waitFor(
  lines: string[],
  child: ReturnType<typeof spawn>,
  pattern: RegExp,
): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      for (const l of lines) {
        const m = pattern.exec(l);
        if (m) return resolve(m);
      }
      if (child.exitCode !== null) reject(new Error(`server exited: ${lines.join('\n')}`));
      else setTimeout(check, 20);
    };
    check();
  });
}

it('finishes in-flight requests on SIGTERM, then closes the database and exits 0', async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/cli.ts', 'start', '--port', '0', '--database-url', path.join(dir, 's.db')],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr])
    stream!.on('data', (d: Buffer) => lines.push(...d.toString().split('\n')));
  try {
    const url = (await waitFor(lines, child, /team server on (http:\/\/\S+)/))[1]!;
    const invite = (await waitFor(lines, child, /(meishi-invite_\w+)/))[1]!;
    const join = await fetch(`${url}/v1/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invite, name: 'Admin' }),
    });
    const { token } = (await join.json()) as { token: string };

    // Start a push whose body is not finished, signal the server, then finish the body.
    const body = Buffer.from(
      JSON.stringify({ clientId: 'sigterm', mutations: [put('person', newId(), person())] }),
    );
    const target = new URL(`${url}/v1/sync/push`);
    const reply = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'content-length': body.length,
          },
        },
        (res) => {
          let text = '';
          res.on('data', (d: Buffer) => (text += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write(body.subarray(0, 10));
      setTimeout(() => {
        child.kill('SIGTERM');
        void waitFor(lines, child, /shutting down/).then(() => req.end(body.subarray(10)));
      }, 100);
    });
    const done = await reply;
    expect(done.status).toBe(200);
    expect(JSON.parse(done.text)).toMatchObject({ results: [{ status: 'applied' }] });
    const code = await new Promise<number | null>((resolve) =>
      child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (c) => resolve(c)),
    );
    expect(code).toBe(0);
    expect(lines.some((l) => l.includes('"msg":"closed"'))).toBe(true);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
