import { describe, expect, it } from 'vitest';
import { nameInitials, namePinyin } from '../../../src/shared/reference/pinyin.js';

describe('namePinyin / nameInitials', () => {
  it('reads polyphonic surnames with their surname reading', () => {
    expect(namePinyin('单田芳')).toBe('shan tian fang');
    expect(nameInitials('单田芳')).toBe('stf');
    expect(namePinyin('曾国藩')).toBe('zeng guo fan');
    expect(namePinyin('解缙')).toBe('xie jin');
    expect(namePinyin('仇英')).toBe('qiu ying');
    expect(namePinyin('区志刚')).toBe('ou zhi gang');
    expect(namePinyin('朴槿惠')).toBe('piao jin hui');
  });
  it('applies the surname reading only at the head of the name', () => {
    expect(namePinyin('简单')).toBe('jian dan');
  });
  it('handles compound surnames', () => {
    expect(namePinyin('尉迟恭')).toBe('yu chi gong');
    expect(nameInitials('欧阳修')).toBe('oyx');
  });
  it('writes ü as v', () => {
    expect(namePinyin('吕布')).toBe('lv bu');
  });
  it('plain names and full-width spaces', () => {
    expect(namePinyin('张三')).toBe('zhang san');
    expect(nameInitials('张三')).toBe('zs');
    expect(namePinyin('张\u3000三')).toBe('zhang san');
  });
  it('Latin names come back lowercase letters only', () => {
    expect(namePinyin('John SMITH')).toBe('john smith');
    expect(nameInitials('John SMITH')).toBe('js');
    expect(namePinyin('José Müller-Lüdenscheidt')).toBe('jose muller ludenscheidt');
    expect(namePinyin('ZHANG<<SAN')).toBe('zhang san');
    expect(namePinyin('ＪＯＨＮ')).toBe('john');
  });
  it('mixed Han and Latin keeps both', () => {
    expect(namePinyin('李John')).toBe('li john');
    expect(nameInitials('Mary·李')).toBe('ml');
  });
  it('empty input gives empty strings', () => {
    expect(namePinyin('')).toBe('');
    expect(nameInitials(null)).toBe('');
    expect(namePinyin('  ')).toBe('');
  });
});
