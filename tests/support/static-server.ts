/**
 * A minimal static file server on 127.0.0.1 for browser tests and the search
 * benchmark: serves a folder, gzip-compressed when the client accepts it (as a
 * static host would), and counts the bytes it sent.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  /** Bytes of response bodies sent so far (compressed size when gzipped). */
  bytesSent(): number;
  resetBytes(): void;
  close(): Promise<void>;
}

export async function serveStatic(root: string, gzip = true): Promise<StaticServer> {
  let sent = 0;
  const cache = new Map<string, Uint8Array>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        let body: Uint8Array = await readFile(file);
        const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
        if (gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          let z: Uint8Array | undefined = cache.get(file);
          if (!z) cache.set(file, (z = gzipSync(body, { level: 6 })));
          body = z;
          headers['content-encoding'] = 'gzip';
        }
        headers['content-length'] = String(body.length);
        sent += body.length;
        res.writeHead(200, headers).end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    bytesSent: () => sent,
    resetBytes: () => {
      sent = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
