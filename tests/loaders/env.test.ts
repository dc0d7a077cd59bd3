import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { contentRoot, readBuildDate } from '../../src/loaders/env.ts';

describe('readBuildDate', () => {
  it('is today (UTC) unless SITE_BUILD_DATE sets it', () => {
    expect(readBuildDate({}, new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-29');
    expect(readBuildDate({ SITE_BUILD_DATE: '2028-02-29' })).toBe('2028-02-29');
  });
  it('refuses a date that does not exist or is not written as YYYY-MM-DD', () => {
    expect(() => readBuildDate({ SITE_BUILD_DATE: '2027-02-29' })).toThrow(/SITE_BUILD_DATE="2027-02-29"/);
    expect(() => readBuildDate({ SITE_BUILD_DATE: '29-11-2026' })).toThrow(/JJJJ-MM-DD/);
  });
});

describe('contentRoot', () => {
  it('is ./content unless SITE_CONTENT_DIR points elsewhere', () => {
    expect(contentRoot({})).toBe(resolve('content'));
    expect(contentRoot({ SITE_CONTENT_DIR: '/tmp/x' })).toBe('/tmp/x');
  });
});
