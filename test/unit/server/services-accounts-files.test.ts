import { describe, expect, it } from 'vitest';
import { sniffType } from '../../../src/server/modules/services/accounts/accounts.files';

describe('a public upload’s type, by its first bytes and its name together', () => {
  const pdf = Buffer.from('%PDF-1.7\n...');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
  const jpg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]);

  it('knows PDF, PNG and JPEG', () => {
    expect(sniffType('备案表.PDF', pdf)).toBe('application/pdf');
    expect(sniffType('licence.png', png)).toBe('image/png');
    expect(sniffType('licence.jpeg', jpg)).toBe('image/jpeg');
    expect(sniffType('licence.JPG', jpg)).toBe('image/jpeg');
  });

  it('refuses a file whose name and bytes disagree, or that is none of them (a page, a script)', () => {
    expect(sniffType('x.pdf', Buffer.from('<html><script>alert(1)</script>'))).toBeNull();
    expect(sniffType('x.html', pdf)).toBeNull();
    expect(sniffType('x.png', jpg)).toBeNull();
    expect(sniffType('x.pdf', Buffer.alloc(0))).toBeNull();
  });
});
