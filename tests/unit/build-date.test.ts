import { describe, expect, it } from 'vitest';
import { buildDate } from '../../src/lib/build-date.ts';

describe('buildDate', () => {
  it('is today (UTC) unless SITE_BUILD_DATE sets it', () => {
    expect(buildDate({}, new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-29');
    expect(buildDate({ SITE_BUILD_DATE: '2028-02-29' })).toBe('2028-02-29');
  });
  it('refuses a date that does not exist or is not written as YYYY-MM-DD', () => {
    expect(() => buildDate({ SITE_BUILD_DATE: '2027-02-29' })).toThrow(/SITE_BUILD_DATE="2027-02-29"/);
    expect(() => buildDate({ SITE_BUILD_DATE: '29-11-2026' })).toThrow(/JJJJ-MM-DD/);
  });
});
