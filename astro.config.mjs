// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.mjs';
import basePath, { siteAddress } from './src/integrations/base-path.mjs';
import theme from './src/integrations/theme.mjs';
import admin from './src/integrations/admin.mjs';

// Where the site is published (docs/deploy.md): SITE_URL=https://www.gemeente.nl SITE_BASE=/samenwerkingswijzer/.
// Without them: no absolute address (canonicals and the agenda's event links are left out) and base "/".
const { base } = siteAddress();

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Every stylesheet is a file of our own origin: the Content-Security-Policy allows only 'self'.
    inlineStylesheets: 'never',
  },
  // basePath prefixes every root-relative link in dist/ with the base, then Pagefind indexes the result
  // theme adds a municipality's NL Design System tokens when SITE_THEME is set (README)
  // admin serves the content editor at /admin/ on the dev server only (docs/redacteuren.md)
  integrations: [mdx(), theme(), admin(), basePath(), pagefind()],
  security: {
    // Astro writes a <meta http-equiv="content-security-policy"> per page, with hashes
    // for anything it inlines. Everything else may only come from this origin.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  // No code blocks on this site; Shiki's inline styles would also conflict with the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
