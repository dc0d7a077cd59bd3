// The content editor (Sveltia CMS, local mode) at /admin/, served by the dev server only
// (`npm run dev`, then http://localhost:4321/admin/). Nothing of it is in the production build:
// this integration has no build hook, and the build step in base-path.mjs fails when dist/admin/
// exists. The editor's JavaScript comes from node_modules (@sveltia/cms), never from a CDN; its
// configuration is generated from the zod schemas on every request (src/admin/config.ts), and
// /admin/controle/ runs the project's own content check and shows its problems in plain Dutch.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

const require = createRequire(import.meta.url);

// Sveltia fetches its interface translations from a CDN; this shim answers those requests from the
// package's own locales/ folder, and the page's CSP refuses every other origin (update checks fail
// quietly). Its fonts, the icon font among them, are served from the Fontsource packages in
// node_modules: see localFonts below.
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

// Sveltia's stylesheet loads its three fonts from Fontsource's CDN, e.g.
// https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2
// (":vf" marks a variable font). The same files are in the npm packages @fontsource-variable/<name>
// and @fontsource/<name> as files/<name>-<file>; the editor's bundle is served with those URLs
// pointing at /admin/fonts/, so the icons show under a CSP that allows only the site's own origin.
const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@[0-9.]+\/([a-z0-9-]+\.woff2)/g;

/** The editor's JavaScript with every Fontsource CDN URL replaced by a local /admin/fonts/ path. Pure. */
export const localFonts = (js) =>
  js.replace(CDN_FONT, (_, name, vf, file) => `/admin/fonts/${vf ? 'variable' : 'static'}/${name}/${file}`);

/** The file in node_modules behind a local font path, or undefined when it is not a font path. */
export function fontFile(path) {
  const m = /^\/admin\/fonts\/(variable|static)\/([a-z0-9-]+)\/([a-z0-9-]+\.woff2)$/.exec(path);
  if (!m) return undefined;
  const [, kind, name, file] = m;
  const pkg = `${kind === 'variable' ? '@fontsource-variable' : '@fontsource'}/${name}/package.json`;
  try {
    return join(dirname(require.resolve(pkg)), 'files', `${name}-${file}`);
  } catch {
    return undefined;
  }
}

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
            const font = fontFile(path);
            if (font && existsSync(font)) {
              res.setHeader('content-type', 'font/woff2');
              return createReadStream(font).pipe(res);
            }
            const file = join(dist, path.slice('/admin/'.length));
            if (file.startsWith(dist) && existsSync(file) && /\.m?js$/.test(file)) {
              res.setHeader('content-type', 'text/javascript; charset=utf-8');
              return res.end(localFonts(readFileSync(file, 'utf8')));
            }
            if (file.startsWith(dist) && existsSync(file) && /\.map$/.test(file)) {
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
