import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import type { Locale } from './contracts/common';

/**
 * The password strength check, shared by the server (which enforces it) and the change-password page
 * (which shows the same verdict while typing). zxcvbn-ts estimates how many guesses a cracker needs,
 * with its common-password, English and keyboard lists, plus the words an attacker would try first
 * here: the user's own names, the office's words and common Chinese pinyin passwords.
 */

export const PASSWORD_MIN_LENGTH = 10;
/** zxcvbn score 3 = about 10^8 guesses: "safely unguessable" against an online attack and slow offline. */
export const PASSWORD_MIN_SCORE = 3;

export const PASSWORD_WEAKNESSES = ['tooShort', 'repeat', 'sequence', 'dates', 'common', 'words', 'personal', 'weak'] as const;
export type PasswordWeakness = (typeof PASSWORD_WEAKNESSES)[number];

/** Why a password is refused, in both languages: the server's messages and the page's feedback are these texts. */
export const PASSWORD_WEAKNESS_LABELS: Record<PasswordWeakness, Record<Locale, string>> = {
  tooShort: { 'zh-CN': '密码至少 10 个字符', 'en-US': 'A password needs at least 10 characters' },
  repeat: {
    'zh-CN': '密码太弱：重复的字符或片段（如 aaa、abcabc）很容易被猜到',
    'en-US': 'Too weak: repeated characters or chunks (aaa, abcabc) are easy to guess',
  },
  sequence: {
    'zh-CN': '密码太弱：连续的字符或键盘排列（如 123456、qwerty）很容易被猜到',
    'en-US': 'Too weak: sequences and keyboard rows (123456, qwerty) are easy to guess',
  },
  dates: { 'zh-CN': '密码太弱：日期和年份很容易被猜到', 'en-US': 'Too weak: dates and years are easy to guess' },
  common: { 'zh-CN': '密码太弱：这是常见密码或与常见密码相近', 'en-US': 'Too weak: this is, or is close to, a commonly used password' },
  words: {
    'zh-CN': '密码太弱：单个单词或姓名很容易被猜到，请再加几个不常见的词',
    'en-US': 'Too weak: a single word or name is easy to guess; add a few less common words',
  },
  personal: {
    'zh-CN': '密码太弱：不要使用自己的用户名、姓名或本单位相关的词（如 waishi、外办）',
    'en-US': 'Too weak: do not use your username, your name or words about the office (such as waishi)',
  },
  weak: {
    'zh-CN': '密码太弱：请加长，或组合几个不常见的词、数字和符号',
    'en-US': 'Too weak: make it longer, or combine a few uncommon words, digits and symbols',
  },
};

/** Words an attacker tries first against this office: its names and Chinese pinyin favourites. */
const OFFICE_WORDS = [
  'waishi',
  'waiban',
  'waishiban',
  'wsb',
  'fao',
  'foreign',
  'affairs',
  'office',
  'admin',
  'administrator',
  'guanliyuan',
  'zhengfu',
  'gov',
  'china',
  'zhongguo',
  'beijing',
  'shanghai',
  'hangzhou',
  'password',
  'mima',
  'woaini',
  'iloveyou',
  'aini',
  'nihao',
  'qwerty',
  '5201314',
  '1314520',
  '520520',
  '123456',
  '888888',
  '666666',
  'zhang',
  'wang',
  'li',
  'liu',
  'chen',
  'yang',
  'huang',
  'zhao',
  'wu',
  'zhou',
  'xu',
  'sun',
  'ma',
  'zhu',
  'hu',
  'guo',
  'he',
  'lin',
  'luo',
  'gao',
  'zheng',
  'liang',
  'xie',
  'song',
  'tang',
  'han',
  'feng',
  'deng',
  'cao',
  'peng',
  'zeng',
  'wei',
  'jie',
  'fang',
  'min',
  'jing',
  'lina',
  'xiaoming',
  'zhangwei',
  'wangwei',
  'liwei',
  'wangfang',
];

export interface PasswordContext {
  username?: string;
  displayName?: string;
}

export type StrengthVerdict = { ok: true; score: number } | { ok: false; score: number; reason: PasswordWeakness };

let factory: ZxcvbnFactory | null = null;
function estimator(): ZxcvbnFactory {
  // Built on first use: the dictionaries take a moment to index and most requests never need them.
  factory ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary, ...en.dictionary, office: OFFICE_WORDS }, graphs: common.adjacencyGraphs });
  return factory;
}

/** The user's own words, whole and in parts: "district_operator_ab12" → district_operator_ab12, district, operator, ab12. */
function personalWords(ctx: PasswordContext): string[] {
  const whole = [ctx.username, ctx.displayName].filter((s): s is string => !!s && s.trim().length > 0).map((s) => s.trim().toLowerCase());
  const parts = whole.flatMap((s) => s.split(/[\s_.\-@]+/)).filter((p) => p.length >= 3);
  return [...new Set([...whole, ...parts])];
}

const WARNING_REASONS: Record<string, PasswordWeakness> = {
  simpleRepeat: 'repeat',
  extendedRepeat: 'repeat',
  sequences: 'sequence',
  straightRow: 'sequence',
  keyPattern: 'sequence',
  recentYears: 'dates',
  dates: 'dates',
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  similarToCommon: 'common',
  pwned: 'common',
  wordByItself: 'words',
  namesByThemselves: 'words',
  commonNames: 'words',
  userInputs: 'personal',
};

function reasonOf(result: ZxcvbnResult): PasswordWeakness {
  const warning = result.feedback.warning;
  if (warning && WARNING_REASONS[warning]) return WARNING_REASONS[warning];
  // No warning: name the pattern that made up most of the password.
  const matches = [...result.sequence].sort((a, b) => b.token.length - a.token.length);
  for (const m of matches) {
    if (m.pattern === 'dictionary' && (m.dictionaryName === 'userInputs' || m.dictionaryName === 'office')) return 'personal';
    if (m.pattern === 'repeat') return 'repeat';
    if (m.pattern === 'sequence' || m.pattern === 'spatial') return 'sequence';
    if (m.pattern === 'date' || m.pattern === 'regex') return 'dates';
  }
  return 'weak';
}

/** Refuses a password that is short, guessable in under ~10^8 tries, or built on the user's own names. */
export function checkPasswordStrength(password: string, ctx: PasswordContext = {}): StrengthVerdict {
  if (password.length < PASSWORD_MIN_LENGTH) return { ok: false, score: 0, reason: 'tooShort' };
  const lower = password.toLowerCase();
  // The whole user name inside the password is refused outright, however long the rest is.
  const username = ctx.username?.trim().toLowerCase();
  if (username && username.length >= 3 && lower.includes(username)) return { ok: false, score: 0, reason: 'personal' };
  const own = personalWords(ctx);
  // zxcvbn's estimate is exponential in length; beyond 100 characters it only costs time.
  const result = estimator().check(password.slice(0, 100), own);
  if (result.score >= PASSWORD_MIN_SCORE) return { ok: true, score: result.score };
  return { ok: false, score: result.score, reason: reasonOf(result) };
}
