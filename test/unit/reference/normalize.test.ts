import { describe, expect, it } from 'vitest';
import { fullWidthToAscii, normalizeDocNumber, toHalfWidth } from '../../../src/shared/reference/normalize.js';

describe('toHalfWidth', () => {
  it('maps the whole full-width ASCII block, both ends included', () => {
    expect(toHalfWidth('！～')).toBe('!~'); // U+FF01 and U+FF5E
    expect(toHalfWidth('ＡＢＣａｂｃ０１２９')).toBe('ABCabc0129');
  });
  it('turns ideographic spaces into spaces, trims and collapses', () => {
    expect(toHalfWidth('\u3000张\u3000\u3000三  \t李 ')).toBe('张 三 李');
  });
  it('leaves characters just outside the block and CJK text alone', () => {
    expect(toHalfWidth('\uff00\uff5f中文（）')).toBe('\uff00\uff5f中文()');
  });
  it('fullWidthToAscii keeps positions (no trim or collapse)', () => {
    expect(fullWidthToAscii('  Ａ\u3000 ')).toBe('  A  ');
  });
});

describe('normalizeDocNumber', () => {
  it('handles the full-width, spaced, lowercase form from the brief', () => {
    expect(normalizeDocNumber('ｅ１２３ ４５６７８')).toBe('E12345678');
  });
  it('removes hyphens of all kinds and ideographic spaces', () => {
    expect(normalizeDocNumber(' g-12\u3000345－678 ')).toBe('G12345678');
    expect(normalizeDocNumber('AB–12—34')).toBe('AB1234');
  });
  it('keeps an already canonical number unchanged', () => {
    expect(normalizeDocNumber('E12345678')).toBe('E12345678');
  });
});
