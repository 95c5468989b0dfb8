import { describe, expect, it } from 'vitest';
import { defineLabels, labelOf, labelOptions, valueFromLabel } from '../../../src/shared/labels/labels';

type Status = 'approved' | 'refused';
const STATUS = defineLabels<Status>({ approved: { zh: '已批准', en: 'Approved' }, refused: { zh: '不予批准', en: 'Not approved' } });

describe('enum labels', () => {
  it('says a value in either language and shows an unknown code as it is', () => {
    expect(labelOf(STATUS, 'approved', 'zh-CN')).toBe('已批准');
    expect(labelOf(STATUS, 'refused', 'en-US')).toBe('Not approved');
    expect(labelOf(STATUS, 'withdrawn', 'en-US')).toBe('withdrawn');
    expect(labelOf(STATUS, null, 'zh-CN')).toBe('');
  });

  it('reads a code or a label from a sheet, ignoring case and spaces, and nothing else', () => {
    expect(valueFromLabel(STATUS, ' 已批准 ')).toBe('approved');
    expect(valueFromLabel(STATUS, 'NOT APPROVED')).toBe('refused');
    expect(valueFromLabel(STATUS, 'notapproved')).toBe('refused');
    expect(valueFromLabel(STATUS, 'Approved')).toBe('approved');
    expect(valueFromLabel(STATUS, 'approve')).toBeNull();
    expect(valueFromLabel(STATUS, '')).toBeNull();
    expect(valueFromLabel(STATUS, undefined)).toBeNull();
  });

  it('lists options in declaration order', () => {
    expect(labelOptions(STATUS, 'en-US')).toEqual([
      { value: 'approved', label: 'Approved' },
      { value: 'refused', label: 'Not approved' },
    ]);
  });

  it('refuses a table that misses a value of its enum (type check)', () => {
    // @ts-expect-error 'refused' has no label
    const missing = defineLabels<Status>({ approved: { zh: '已批准', en: 'Approved' } });
    expect(missing).toBeDefined();
  });
});
