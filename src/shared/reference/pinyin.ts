/**
 * Pinyin keys for sorting and initials search of person names.
 *
 * Surname mode matters: as a surname 单 is "shan", 曾 "zeng", 解 "xie", 仇 "qiu", 区 "ou";
 * their everyday readings would sort and search these people wrongly.
 * ü is written "v" (lv, nv), as users type it on a keyboard.
 */
import { pinyin } from 'pinyin-pro';
import { toHalfWidth } from './normalize.js';

const HAN = /\p{Script=Han}/u;

/** Lowercase ASCII words: accents dropped, separators ("·", "-", "<", ",") become spaces. */
function latinWords(s: string): string[] {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function words(name: string | null | undefined): string[] {
  const s = toHalfWidth(name ?? '');
  if (!s) return [];
  if (!HAN.test(s)) return latinWords(s);
  // 'head': only the first Han character takes its surname reading (compound surnames too).
  const syllables = pinyin(s, {
    toneType: 'none',
    type: 'array',
    surname: 'head',
    v: true,
    nonZh: 'consecutive',
  });
  return syllables.flatMap(latinWords);
}

/** '张三' → 'zhang san'; '单田芳' → 'shan tian fang'; 'John SMITH' → 'john smith'. */
export function namePinyin(nameZh: string | null | undefined): string {
  return words(nameZh).join(' ');
}

/** '张三' → 'zs'; 'John Smith' → 'js'. */
export function nameInitials(nameZh: string | null | undefined): string {
  return words(nameZh)
    .map((w) => w[0])
    .join('');
}
