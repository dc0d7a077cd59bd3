// Per-page browser gates: axe, privacy (third parties, cookies), csp (violations), errors, no-js.
// One PageChecker per worker keeps one browser context and one tab, and navigates it from page to
// page (re-evaluating axe in a warm renderer is much cheaper than a new tab per page); cookies are
// read and cleared after every page, so each page is judged on its own.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// script types that do not execute
const DATA_SCRIPT_TYPES = ['application/ld+json', 'application/json', 'speculationrules', 'text/plain'];

export class PageChecker {
  constructor(browser, baseURL) {
    this.browser = browser;
    this.baseURL = baseURL;
    this.origin = new URL(baseURL).origin;
  }

  async open() {
    this.context = await this.browser.newContext({ serviceWorkers: 'block' });
    this.page = await this.context.newPage();
    this.cur = null;
    this.inflight = 0;
    const { page, context } = this;
    context.on('request', (r) => {
      this.inflight++;
      this.cur?.requests.push({ url: r.url(), type: r.resourceType() });
    });
    const done = () => (this.inflight = Math.max(0, this.inflight - 1));
    context.on('requestfinished', done);
    context.on('requestfailed', (r) => {
      done();
      if (this.cur && new URL(r.url()).origin === this.origin && !/ERR_ABORTED/.test(r.failure()?.errorText ?? ''))
        this.cur.failed.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
    });
    page.on('console', (m) => {
      if (!this.cur) return;
      const t = m.text();
      if (/Content Security Policy/i.test(t)) this.cur.cspConsole.push(t);
      else if (m.type() === 'error')
        this.cur.consoleErrors.push(
          `console.error: ${t}${m.location()?.url ? ` (${m.location().url}:${m.location().lineNumber})` : ''}`,
        );
    });
    page.on('pageerror', (e) => this.cur?.consoleErrors.push(`uncaught exception: ${e.message}`));
    page.on('response', (r) => {
      if (!this.cur || r.status() < 400) return;
      if (r.request().isNavigationRequest() && this.cur.path.startsWith('/404')) return;
      this.cur.failed.push(`HTTP ${r.status()} for ${r.url().replace(this.origin, '')}`);
    });
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations.push(
          `${e.violatedDirective} blocked ${e.blockedURI || 'inline'}${e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : ''}${e.sample ? ` «${e.sample}»` : ''}`,
        ),
      );
    });
  }

  async close() {
    await this.context?.close().catch(() => {});
  }

  /** Wait until no request has been in flight for quietMs (at most maxMs). */
  async settle(quietMs = 150, maxMs = 4000) {
    const end = Date.now() + maxMs;
    let quietSince = this.inflight ? 0 : Date.now();
    while (Date.now() < end) {
      await new Promise((r) => setTimeout(r, 25));
      if (this.inflight) quietSince = 0;
      else if (!quietSince) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) return;
    }
  }

  /**
   * Returns { axe, privacy, csp, errors, nojs, scripts }: the problems of each gate (empty = pass);
   * nojs is null when the gate does not apply.
   */
  async check(urlPath, { contentPage }) {
    if (!this.page || this.page.isClosed()) await this.open();
    const cur = (this.cur = { path: urlPath, requests: [], consoleErrors: [], cspConsole: [], failed: [] });
    const out = { axe: [], privacy: [], csp: [], errors: [], nojs: contentPage ? [] : null, scripts: [] };
    const { page, context, origin } = this;
    try {
      const resp = await page.goto(this.baseURL + urlPath, { waitUntil: 'load', timeout: 30000 });
      if (!resp) out.errors.push('no response');
      else if (resp.status() >= 400 && !urlPath.startsWith('/404'))
        out.errors.push(`page itself answered HTTP ${resp.status()}`);
      await this.settle();

      const dom = await page.evaluate(
        (dataTypes) => ({
          scripts: [...document.scripts]
            .filter((s) => !dataTypes.includes((s.type || '').toLowerCase()))
            .map((s) => ({
              src: s.getAttribute('src'),
              desc: s.src
                ? `<script src="${s.getAttribute('src')}"${s.type ? ` type="${s.type}"` : ''}>`
                : `inline <script${s.type ? ` type="${s.type}"` : ''}> ${s.textContent.trim().slice(0, 60)}`,
            })),
          csp: window.__cspViolations.slice(),
          cookie: document.cookie,
        }),
        DATA_SCRIPT_TYPES,
      );
      const cookies = await context.cookies();
      this.cur = null; // events from here on (axe) are not the page's

      // privacy: every request must go to the local server; no cookies
      for (const r of cur.requests) {
        if (/^(data|blob|about):/.test(r.url)) continue;
        let o;
        try {
          o = new URL(r.url).origin;
        } catch {
          o = r.url;
        }
        if (o !== origin) out.privacy.push(`third-party request (${r.type}): ${r.url}`);
      }
      for (const c of cookies) out.privacy.push(`cookie set: ${c.name} (domain ${c.domain})`);
      if (dom.cookie && !cookies.length) out.privacy.push(`document.cookie is "${dom.cookie}"`);
      if (cookies.length) await context.clearCookies();

      // csp violations at run time (the meta policy itself is checked statically)
      out.csp.push(...dom.csp.map((v) => `CSP violation: ${v}`));
      if (!dom.csp.length) out.csp.push(...cur.cspConsole.map((t) => `CSP console message: ${t}`));

      out.errors.push(...cur.consoleErrors, ...cur.failed);

      // no-js: a content page requests no script and has no executable <script> element
      const scriptRequests = cur.requests.filter((r) => r.type === 'script').map((r) => r.url.replace(origin, ''));
      out.scripts = [...new Set([...scriptRequests, ...dom.scripts.filter((s) => !s.src).map((s) => s.desc)])];
      if (contentPage) {
        for (const s of scriptRequests) out.nojs.push(`script requested on load: ${s}`);
        for (const s of dom.scripts)
          if (!s.src || !scriptRequests.some((u) => u === s.src || u.endsWith(s.src)))
            out.nojs.push(`script element: ${s.desc}`);
      }

      // axe, evaluated through the DevTools protocol so that the page's CSP does not block it
      await page.evaluate(AXE_SOURCE);
      const res = await page.evaluate(
        (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
        AXE_TAGS,
      );
      for (const v of res.violations)
        for (const n of v.nodes)
          out.axe.push(
            `${v.id} [${v.impact}] ${n.target.join(' ')} — ${v.help}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ').slice(0, 240)})` : ''}`,
          );
    } catch (e) {
      out.errors.push(`page could not be checked: ${e.message.split('\n')[0]}`);
      this.cur = null;
      await this.close();
      this.page = null;
    }
    return out;
  }
}
