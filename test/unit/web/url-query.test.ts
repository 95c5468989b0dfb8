/** The list pages keep their filters in the URL through one hook (ui/useUrlQuery); these are the URLs it writes. */
import { describe, expect, it } from 'vitest';
import { nextParams, num, oneOf } from '../../../src/web/ui/useUrlQuery';
import { RESIDENT_QUERY_DEFAULTS, parseResidentQuery } from '../../../src/web/modules/residents/residentQuery';

const after = (url: string, patch: Parameters<typeof nextParams>[1], defaults?: Record<string, string>) =>
  nextParams(new URLSearchParams(url), patch, defaults).toString();

describe('URL query', () => {
  it('sets, clears and goes back to page 1 on a filter change, keeping the page when the page changes', () => {
    expect(after('q=kim&page=3', { nationality: 'KOR' })).toBe('q=kim&nationality=KOR');
    expect(after('q=kim&page=3', { q: '' })).toBe('');
    expect(after('q=kim', { q: undefined, tag: null, flag: false })).toBe('');
    expect(after('q=kim', { page: 2, pageSize: 50 })).toBe('q=kim&page=2&pageSize=50');
  });

  it('leaves a param at its default out of the URL, whoever set it', () => {
    expect(after('', { status: 'active' }, RESIDENT_QUERY_DEFAULTS)).toBe('');
    expect(after('', { status: 'archived' }, RESIDENT_QUERY_DEFAULTS)).toBe('status=archived');
    expect(after('status=active&q=kim', { tag: 'x' }, RESIDENT_QUERY_DEFAULTS)).toBe('q=kim&tag=x');
    // Without defaults a page keeps whatever it set (exchanges and travel).
    expect(after('', { status: 'active' })).toBe('status=active');
  });

  it('reads the ledger query with its defaults and refuses values it does not know', () => {
    const read = (url: string) => {
      const sp = new URLSearchParams(url);
      return parseResidentQuery((k) => sp.get(k) || undefined);
    };
    expect(read('')).toEqual({
      q: undefined,
      nationality: undefined,
      orgUnitId: undefined,
      status: 'active',
      visaType: undefined,
      arrivedWithinDays: undefined,
      expiringWithinDays: undefined,
      tag: undefined,
      page: 1,
      pageSize: 20,
      sort: 'updatedAt',
      order: 'desc',
    });
    expect(read('status=gone&sort=shoe&order=up&page=x&orgUnitId=7')).toMatchObject({
      status: 'active',
      sort: 'updatedAt',
      order: 'desc',
      page: 1,
      orgUnitId: 7,
    });
    expect(read('status=all&sort=name&order=asc&page=2&pageSize=50')).toMatchObject({ status: 'all', sort: 'name', order: 'asc', page: 2, pageSize: 50 });
    expect(num('')).toBeUndefined();
    expect(oneOf(['a', 'b'] as const, 'c')).toBeUndefined();
  });
});
