// Tiny static file server for dist/, on 127.0.0.1 and a free port.
// `/x/` -> `/x/index.html`; `/x` that is a folder -> 301 to `/x/`; unknown -> 404.html with status 404.
// With `base` ("/samenwerkingswijzer/"), dist/ is served under that path only, as on a host that
// publishes the site in a sub-folder: anything outside it is a 404.
import { createServer } from 'node:http';
import { createReadStream, statSync, existsSync } from 'node:fs';
import { join, extname, resolve, sep } from 'node:path';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  // Pagefind's own files are gzip-compressed binary blobs that pagefind.js decompresses itself.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export function contentType(file) {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Map a URL path to a file in root, or null. Returns { file } or { redirect }. */
function resolvePath(root, urlPath) {
  let p;
  try {
    p = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (p.includes('\0')) return null;
  const abs = resolve(join(root, p));
  if (abs !== resolve(root) && !abs.startsWith(resolve(root) + sep)) return null;
  let st;
  try {
    st = statSync(abs);
  } catch {
    return null;
  }
  if (st.isDirectory()) {
    if (!p.endsWith('/')) return { redirect: urlPath + '/' };
    const idx = join(abs, 'index.html');
    return existsSync(idx) ? { file: idx } : null;
  }
  return { file: abs };
}

/**
 * Start the server. Returns { url, port, close(), requests } where requests counts
 * every request path served (for tests that want to inspect it).
 */
export async function startServer(root, { log = false, base = '/' } = {}) {
  const prefix = base.replace(/\/$/, '');
  const notFound = join(root, '404.html');
  const server = createServer((req, res) => {
    const u = new URL(req.url, 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return res.end();
    }
    const inBase = !prefix || u.pathname === prefix || u.pathname.startsWith(prefix + '/');
    const r = !inBase
      ? null
      : u.pathname === prefix
        ? { redirect: prefix + '/' }
        : resolvePath(root, u.pathname.slice(prefix.length));
    if (r?.redirect && prefix && !r.redirect.startsWith(prefix + '/')) r.redirect = prefix + r.redirect;
    if (r?.redirect) {
      res.writeHead(301, { location: r.redirect + u.search });
      return res.end();
    }
    const send = (file, status) => {
      const st = statSync(file);
      res.writeHead(status, {
        'content-type': contentType(file),
        'content-length': st.size,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    };
    if (log) console.log(req.method, u.pathname, r ? 200 : 404);
    if (r?.file) return send(r.file, 200);
    if (existsSync(notFound)) return send(notFound, 404);
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('404 Niet gevonden\n');
  });
  server.keepAliveTimeout = 1000;
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
