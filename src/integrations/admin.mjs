// The content editor (Sveltia CMS, local mode) at /admin/, served by the dev server only
// (`npm run dev`, then http://localhost:4321/admin/). Nothing of it is in the production build:
// this integration has no build hook, and the build step in base-path.mjs fails when dist/admin/
// exists. The editor's JavaScript comes from node_modules (@sveltia/cms), never from a CDN; its
// configuration is generated from the zod schemas on every request (src/admin/config.ts), and
// /admin/controle/ runs the project's own content check and shows its problems in plain Dutch.
import { createReadStream, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

const require = createRequire(import.meta.url);

// Sveltia fetches its interface translations from a CDN; this shim answers those requests from the
// package's own locales/ folder, and the page's CSP refuses every other origin (fonts fall back to
// the system's, update checks fail quietly).
const SHIM = `const CDN = /^https:\\/\\/unpkg\\.com\\/@sveltia\\/cms@[^/]+\\/locales\\/([a-z-]+\\.json)$/i;
const eigen = window.fetch.bind(window);
window.fetch = (input, init) => {
  const u = typeof input === 'string' ? input : input instanceof URL ? input.href : input && input.url;
  const m = u && CDN.exec(u);
  return eigen(m ? '/admin/locales/' + m[1] : input, init);
};
`;

const PAGE = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Inhoud bewerken | Samenwerkingswijzer</title>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' data: blob:; object-src 'none'; base-uri 'self'">
<link href="/admin/config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<script src="/admin/lokaal.js"></script>
<script src="/admin/sveltia-cms.js" type="module"></script>
</body>
</html>
`;

/** @returns {import('astro').AstroIntegration} */
export default function admin() {
  return {
    name: 'samenwerkingswijzer-admin',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        // the package exports only its module entry (npm/index.js); the browser build sits beside it in dist/
        const dist = join(dirname(require.resolve('@sveltia/cms')), '..', 'dist');
        server.middlewares.use(async (req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/^\/[^/]+(?=\/admin\/)/, '');
          if (!path.startsWith('/admin')) return next();
          try {
            if (path === '/admin' || path === '/admin/') {
              res.setHeader('content-type', 'text/html; charset=utf-8');
              return res.end(PAGE);
            }
            if (path === '/admin/config.yml') {
              const { editorConfig } = await server.ssrLoadModule('/src/admin/config.ts');
              res.setHeader('content-type', 'application/yaml; charset=utf-8');
              return res.end(stringify(editorConfig('content'), { lineWidth: 0 }));
            }
            if (path === '/admin/controle/' || path === '/admin/controle') {
              const { controlePagina } = await server.ssrLoadModule('/src/admin/controle.ts');
              res.setHeader('content-type', 'text/html; charset=utf-8');
              return res.end(controlePagina());
            }
            if (path === '/admin/lokaal.js') {
              res.setHeader('content-type', 'text/javascript; charset=utf-8');
              return res.end(SHIM);
            }
            const locale = /^\/admin\/locales\/([a-z-]+\.json)$/i.exec(path);
            if (locale && existsSync(join(dist, '..', 'locales', locale[1]))) {
              res.setHeader('content-type', 'application/json; charset=utf-8');
              return createReadStream(join(dist, '..', 'locales', locale[1])).pipe(res);
            }
            const file = join(dist, path.slice('/admin/'.length));
            if (file.startsWith(dist) && existsSync(file) && /\.(m?js|map)$/.test(file)) {
              res.setHeader('content-type', 'text/javascript; charset=utf-8');
              return createReadStream(file).pipe(res);
            }
            res.statusCode = 404;
            return res.end('Niet gevonden');
          } catch (e) {
            logger.error(String(e?.stack ?? e));
            res.statusCode = 500;
            return res.end(String(e?.message ?? e));
          }
        });
        logger.info('inhoud bewerken: /admin/ (alleen op de ontwikkelserver); controle: /admin/controle/');
      },
    },
  };
}
