import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zip } from '../../src/explorer/memo.ts';
import { metBasis, zonderBasis, normalizeBasis, isSitePad } from '../../src/lib/basis.ts';
import {
  rebaseHtml,
  rebaseCss,
  unprefixed,
  placeholderHosts,
  leesTekst,
  siteAddress,
  normaliseBase,
} from '../../src/integrations/base-path.mjs';

const B = '/samenwerkingswijzer/';

describe('base path helpers (src/lib/basis.ts)', () => {
  it('normalises any spelling of the base', () => {
    for (const b of ['samenwerkingswijzer', '/samenwerkingswijzer', 'samenwerkingswijzer/', '//samenwerkingswijzer//'])
      expect(normalizeBasis(b)).toBe(B);
    expect(normalizeBasis('')).toBe('/');
    expect(normalizeBasis(undefined)).toBe('/');
    expect(normalizeBasis('/a/b')).toBe('/a/b/');
    expect(normaliseBase('a//b/')).toBe('/a/b/');
  });
  it('prefixes site paths once, and leaves other URLs alone', () => {
    expect(metBasis('/vormen/dvo/', B)).toBe('/samenwerkingswijzer/vormen/dvo/');
    expect(metBasis('/', B)).toBe(B);
    expect(metBasis('/samenwerkingswijzer/vormen/', B)).toBe('/samenwerkingswijzer/vormen/');
    expect(metBasis('//cdn.example.nl/x', B)).toBe('//cdn.example.nl/x');
    expect(metBasis('https://wetten.overheid.nl/', B)).toBe('https://wetten.overheid.nl/');
    expect(metBasis('#inhoud', B)).toBe('#inhoud');
    expect(metBasis('/vormen/', '/')).toBe('/vormen/');
    expect(isSitePad('//x')).toBe(false);
  });
  it('takes the base off a browser path, and is the inverse of metBasis', () => {
    expect(zonderBasis('/samenwerkingswijzer/verkenner/v/doel-fg/', B)).toBe('/verkenner/v/doel-fg/');
    expect(zonderBasis('/samenwerkingswijzer', B)).toBe('/');
    expect(zonderBasis('/verkenner/', B)).toBe('/verkenner/');
    for (const p of ['/', '/vormen/dvo/', '/agenda.ics']) expect(zonderBasis(metBasis(p, B), B)).toBe(p);
  });
});

describe('build step: rebasing dist/ (src/integrations/base-path.mjs)', () => {
  const html = `<a href="/vormen/dvo/">x</a><link rel="stylesheet" href="/samenwerkingswijzer/_astro/a.css"><form action="/zoeken/"><img src='/favicon.svg' srcset="/a.png 1x, /b.png 2x"><a href="https://x.nl/">e</a><a href="#top">t</a><a class="vk-stap" data-vk-href="/verkenner/v/doel-fg/" href="//h/">p</a><style>.a{background:url(/x.svg)}</style>`;
  it('prefixes every root-relative URL attribute, srcset and inline url()', () => {
    const out = rebaseHtml(html, B);
    expect(out).toContain('href="/samenwerkingswijzer/vormen/dvo/"');
    expect(out).toContain('href="/samenwerkingswijzer/_astro/a.css"');
    expect(out).toContain('action="/samenwerkingswijzer/zoeken/"');
    expect(out).toContain("src='/samenwerkingswijzer/favicon.svg'");
    expect(out).toContain('srcset="/samenwerkingswijzer/a.png 1x, /samenwerkingswijzer/b.png 2x"');
    expect(out).toContain('data-vk-href="/samenwerkingswijzer/verkenner/v/doel-fg/"');
    expect(out).toContain('href="https://x.nl/"');
    expect(out).toContain('href="//h/"');
    expect(out).toContain('url(/samenwerkingswijzer/x.svg)');
    expect(unprefixed(out, B)).toEqual([]);
    expect(unprefixed(html, B)).toEqual(['/vormen/dvo/', '/zoeken/', '/favicon.svg', '/verkenner/v/doel-fg/']);
    expect(rebaseHtml(html, '/')).toBe(html);
    expect(rebaseCss('a{b:url("/f.woff2")}', B)).toBe('a{b:url("/samenwerkingswijzer/f.woff2")}');
  });
  it('finds placeholder hosts, but not a real address under .nl', () => {
    expect(placeholderHosts('<link href="https://samenwerkingswijzer.example/vormen/">')).toEqual([
      'samenwerkingswijzer.example',
    ]);
    expect(placeholderHosts('Webadres: https://example.invalid/verkenner/.')).toEqual(['example.invalid']);
    expect(placeholderHosts('mail info@gemeente.example')).toEqual(['gemeente.example']);
    expect(placeholderHosts('https://www.example.nl/samenwerkingswijzer/ and https://example.nl')).toEqual([]);
    expect(placeholderHosts('if(e.validity.invalid)return; x.example.com')).toEqual([]);
  });
  it('sees a placeholder host inside a deflated .docx, which raw bytes would hide', () => {
    const f = join(mkdtempSync(join(tmpdir(), 'docx-')), 'memo.docx');
    const xml = `<w:document>${'<w:p/>'.repeat(200)}<a href="https://samenwerkingswijzer.example/x"/></w:document>`;
    writeFileSync(f, zip([{ naam: 'word/document.xml', data: new TextEncoder().encode(xml) }]));
    expect(placeholderHosts(leesTekst(f))).toEqual(['samenwerkingswijzer.example']);
    expect(placeholderHosts(readFileSync(f, 'latin1'))).toEqual([]);
  });
  it('reads SITE_URL and SITE_BASE, with a clear error for a bad address', () => {
    expect(siteAddress({})).toEqual({ site: undefined, base: '/' });
    expect(siteAddress({ SITE_URL: 'https://www.example.nl', SITE_BASE: 'samenwerkingswijzer' })).toEqual({
      site: 'https://www.example.nl',
      base: B,
    });
    expect(siteAddress({ SITE_URL: 'https://www.example.nl/samenwerkingswijzer/' })).toEqual({
      site: 'https://www.example.nl',
      base: B,
    });
    expect(() => siteAddress({ SITE_URL: 'www.example.nl' })).toThrow(/geen volledig webadres/);
    expect(() => siteAddress({ SITE_URL: 'ftp://www.example.nl' })).toThrow(/https:\/\//);
  });
});
