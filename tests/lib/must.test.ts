import { describe, expect, it } from 'vitest';
import { must, mustGet, mustQuery } from '../../src/lib/must.ts';

describe('lookups that must succeed', () => {
  const m = new Map([
    ['a', 1],
    ['nul', 0],
  ]);
  it('return the value, also a falsy one', () => {
    expect(mustGet(m, 'a', 'orgaan')).toBe(1);
    expect(mustGet(m, 'nul', 'orgaan')).toBe(0);
    expect(must('', 'tekst')).toBe('');
    expect(must(0, 'getal')).toBe(0);
  });
  it('throw naming what is missing', () => {
    expect(() => mustGet(m, 'b', 'plek van orgaan')).toThrow('plek van orgaan ontbreekt: b');
    expect(() => must(undefined, 'kolom x')).toThrow('kolom x ontbreekt');
    expect(() => must(null, 'kolom x')).toThrow('kolom x ontbreekt');
  });
  it('find an element or name the selector', () => {
    const el = { id: 'x' } as unknown as HTMLElement;
    const root = { querySelector: (s: string) => (s === '#x' ? el : null) } as unknown as ParentNode;
    expect(mustQuery(root, '#x')).toBe(el);
    expect(() => mustQuery(root, '#y')).toThrow('element #y ontbreekt');
  });
});
