/** A bare static file server for tests and the benchmark: what a school server would do. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/**
 * Serves `folder` at `http://localhost:<port><prefix>`; anything else is a 404. Port 0 (the
 * default) takes a free port, so parallel runs never collide; read it back with `portOf`.
 */
export function serveFolder(folder: string, port = 0, prefix = '/'): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith(prefix)) return response.writeHead(404).end();
    const file = join(folder, path.slice(prefix.length) || 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

/** The port a server from `serveFolder` listens on. */
export function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server is not listening');
  return address.port;
}
