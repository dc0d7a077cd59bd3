import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  buildTheme,
  themeLayer,
  contrastProblems,
  parseColour,
  contrast,
  declarations,
  resolveValue,
  TOKENS,
} from '../../src/integrations/theme.mjs';

describe('theme layer (SITE_THEME)', () => {
  it('keeps only the basis tokens the site reads, resolved to literals, without url()', () => {
    const l = themeLayer(
      `.x-theme{--x-blauw:#123456;--basis-color-action-1-color-default:var(--x-blauw);--basis-color-accent-2-bg-default:red;--basis-text-font-family-default:url(https://f.example.com/a.woff2)}@media (min-width:1px){.x-theme{--basis-color-action-1-color-default:#fff}}`,
    );
    expect(l.tokens).toEqual({ '--basis-color-action-1-color-default': '#123456' });
    expect(l.css).toBe(':root{--basis-color-action-1-color-default:#123456}\n');
    expect(l.dropped).toEqual(['--basis-text-font-family-default (--basis-text-font-family-default): url()']);
  });
  it('uses the older --utrecht-* names as a fallback layer', () => {
    const l = themeLayer(`.oud-theme{--utrecht-document-color:#222;--utrecht-link-color:#0b4f8a}`);
    expect(l.tokens['--basis-color-default-color-document']).toBe('#222');
    expect(l.tokens['--basis-color-action-1-color-default']).toBe('#0b4f8a');
    expect(l.fromUtrecht).toContain('--basis-color-action-1-color-default ← --utrecht-link-color');
  });
  it('resolves nested var() with fallbacks, and gives up on unknown references', () => {
    const d = declarations(':root{--a:var(--b);--b:var(--c, #abc);--d:var(--onbekend)}');
    expect(resolveValue('var(--a)', d)).toBe('#abc');
    expect(resolveValue('var(--d)', d)).toBeNull();
  });
  it('reads colours as a browser would, and computes WCAG contrast', () => {
    expect(parseColour('#fff')).toEqual([255, 255, 255]);
    expect(parseColour('rgb(0 0 0)')).toEqual([0, 0, 0]);
    expect(parseColour('hsl(0 0% 100%)')).toEqual([255, 255, 255]);
    expect(parseColour('hsla(0, 0%, 18%, 1)')).toEqual([46, 46, 46]);
    expect(parseColour('rgba(0,0,0,0.5)')).toBeNull();
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastProblems({})).toEqual([]);
  });
  it('fails a theme with too little contrast, naming the tokens (bad fixture)', () => {
    expect(() => buildTheme('tests/fixtures/thema-slecht.css')).toThrow(
      /--basis-color-action-1-color-default \(#b0b0b0\) op --basis-color-default-bg-document \(#ffffff\).*2\.\d+:1/,
    );
  });
  it('models the 95 % white tagline in the header (axe found it on a green header at 4.38:1)', () => {
    expect(contrastProblems({ '--basis-color-accent-1-color-default': '#238541' }).join()).toMatch(/ondertitel/);
    expect(contrastProblems({ '--basis-color-accent-1-color-default': '#154273' })).toEqual([]);
  });
  it('builds both example themes from the registry within budget', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    for (const spec of Object.values(pkg.samenwerkingswijzer.themes) as string[]) {
      const l = buildTheme(spec);
      expect(l.css.length).toBeLessThan(4096);
      expect(Object.keys(l.tokens).length).toBeGreaterThan(10);
      expect(l.css).not.toMatch(/url\(/);
      for (const k of Object.keys(l.tokens)) expect(Object.keys(TOKENS)).toContain(k);
    }
  });
  it('every basis token the site reads in global.css is one the theme step keeps, and the reverse', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const read = new Set([...css.matchAll(/var\(\s*(--basis-[\w-]+)/g)].map((m) => m[1]));
    expect([...read].sort()).toEqual(Object.keys(TOKENS).sort());
  });
});
