// A dependency-free static file server on 127.0.0.1, for the demo (npm start) and the dist smoke test.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves files under `root`; `routes` maps exact URL paths to a file (e.g. `/` to a demo page), or to
 * `{ file, headers }` to send extra response headers (a Content-Security-Policy, say).
 * Resolves with the listening server; port 0 picks a free port.
 */
export function serve(root, { port = 0, routes = {} } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (pathname === '/favicon.ico') return void response.writeHead(204).end();
      const route = typeof routes[pathname] === 'string' ? { file: routes[pathname] } : routes[pathname];
      const routed = route?.file;
      let file = routed ? resolve(routed) : join(base, normalize(decodeURIComponent(pathname)));
      if (!routed && file !== base && !file.startsWith(base + sep)) return void response.writeHead(403).end();
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response
        .writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          ...route?.headers,
        })
        .end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ready) => server.listen(port, '127.0.0.1', () => ready(server)));
}
