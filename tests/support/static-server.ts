/** A bare static file server for tests and the benchmark: what a school server would do. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** Types worth compressing; fonts and PNGs are compressed already. */
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg']);

export interface ServeOptions {
  /** Gzip text files for clients that accept it, as any production web server does. */
  gzip?: boolean;
}

/**
 * Serves `folder` at `http://localhost:<port><prefix>`; anything else is a 404. Port 0 (the
 * default) takes a free port, so parallel runs never collide; read it back with `portOf`.
 */
export function serveFolder(
  folder: string,
  port = 0,
  prefix = '/',
  options: ServeOptions = {},
): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith(prefix)) return response.writeHead(404).end();
    const file = join(folder, path.slice(prefix.length) || 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) return response.writeHead(404).end();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (options.gzip && accepts && TEXT.has(extname(file))) {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
      return response.end(gzipSync(body));
    }
    response.writeHead(200, { 'content-type': type });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

/** The port a server from `serveFolder` listens on. */
export function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server is not listening');
  return address.port;
}
