import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
export const FIXTURES = path.resolve(here, '../../fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
  '.csv': 'text/csv',
  '.vcf': 'text/vcard',
};

export interface FixtureServer {
  port: number;
  /** Hosts the browser maps to this server, so production host matches apply to fixtures. */
  hosts: string[];
  /** Map a path to a fixture file (or inline HTML). */
  route(urlPath: string, file: string | { html: string }): void;
  close(): Promise<void>;
}

/**
 * An HTTPS server on 127.0.0.1 serving fixtures. Every host name the browser is told to map here
 * (www.linkedin.com, mail.google.com, …) lands on it, routed by path.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const [key, cert] = await Promise.all([
    readFile(path.join(here, '../certs/test-only.key')),
    readFile(path.join(here, '../certs/test-only.crt')),
  ]);
  const routes = new Map<string, string | { html: string }>();
  const server: Server = createServer({ key, cert }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://fixture');
    const target =
      routes.get(`${req.headers.host?.split(':')[0]}${url.pathname}`) ?? routes.get(url.pathname);
    if (!target) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no fixture');
      return;
    }
    if (typeof target !== 'string') {
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(target.html);
      return;
    }
    readFile(path.resolve(FIXTURES, target)).then(
      (body) =>
        res
          .writeHead(200, { 'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream' })
          .end(body),
      () => res.writeHead(404).end('missing fixture file'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hosts: ['www.linkedin.com', 'mail.google.com', 'outlook.office.com', 'outlook.live.com', 'acme.example'],
    route: (p, file) => routes.set(p, file),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
