import { describe, expect, it } from 'vitest';
import { esc, wrap, symbool, svgOpen } from '../../src/visuals/svg.ts';
import { parseXml } from './helpers.ts';

describe('svg helpers and the XML checker', () => {
  it('escapes', () => expect(esc(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&#39;'));
  it('wraps without losing words', () => {
    const s = 'Privaatrechtelijke samenwerking (contract, stichting, coöperatie of derde partij)';
    expect(wrap(s, 100, 12).join(' ').replace(/- ?/g, '')).toBe(s.replace(/-/g, ''));
    expect(wrap(s, 100, 12, 2)).toHaveLength(2);
  });
  it('draws all symbols as valid XML', () => {
    for (const k of ['streep', 'open', 'half', 'vol'] as const) parseXml(`<g>${symbool(k, 10, 10, 5)}</g>`);
  });
  it('the checker rejects malformed markup (so the picture tests can fail)', () => {
    expect(() => parseXml('<svg><g></svg>')).toThrow();
    expect(() => parseXml('<svg><text>a < b</text></svg>')).toThrow();
    expect(() => parseXml('<svg><text>a & b</text></svg>')).toThrow();
    expect(() => parseXml('<svg a="1" a="2"></svg>')).toThrow();
    expect(() => parseXml('<svg></svg><svg></svg>')).toThrow();
    expect(parseXml(`${svgOpen({ id: 'x', width: 10, height: 10, title: 'T', desc: 'D' })}</svg>`).name).toBe('svg');
  });
});
