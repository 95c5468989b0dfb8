/**
 * The sentence an office writes in its half-year summary (e.g. "2026年1至6月，共受理邀请函21批31人次，同比增长10.5%；
 * 办理领事认证1,234份……按时办结率98.2%。"), in both languages, from the figures alone: pure, so each wording is tested.
 */
import type { CaseKind } from '@shared/contracts/services';
import type { FiguresWithPrev, Timeliness } from '@shared/contracts/services-stats';

export interface SentenceInput {
  from: string;
  to: string;
  byKind: Array<FiguresWithPrev & { kind: CaseKind }>;
  timeliness: Timeliness;
}

const num = (n: number) => new Intl.NumberFormat('en-US').format(n);
const pct = (n: number) => n.toFixed(1);
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The period as an office writes it: whole months as "1至6月", otherwise the dates. */
export function periodText(from: string, to: string): { zh: string; en: string } {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  if (fy === ty && fd === 1 && td === lastDayOf(ty, tm)) {
    if (fm === tm) return { zh: `${fy}年${fm}月`, en: `${EN_MONTHS[fm - 1]} ${fy}` };
    return { zh: `${fy}年${fm}至${tm}月`, en: `${EN_MONTHS[fm - 1]} to ${EN_MONTHS[tm - 1]} ${fy}` };
  }
  const zhDate = (y: number, m: number, d: number) => `${y}年${m}月${d}日`;
  const enDate = (y: number, m: number, d: number) => `${d} ${EN_MONTHS[m - 1]} ${y}`;
  return { zh: `${zhDate(fy, fm, fd)}至${zhDate(ty, tm, td)}`, en: `${enDate(fy, fm, fd)} to ${enDate(ty, tm, td)}` };
}

/** The change against last year, honest when last year had none. */
export function yoyText(now: number, prev: number): { zh: string; en: string } {
  if (prev === 0) return now === 0 ? { zh: '与上年同期持平', en: 'level with last year' } : { zh: '上年同期为零', en: 'none in the same period last year' };
  if (now === prev) return { zh: '与上年同期持平', en: 'level with last year' };
  const change = ((now - prev) / prev) * 100;
  return change > 0
    ? { zh: `同比增长${pct(change)}%`, en: `up ${pct(change)}% year on year` }
    : { zh: `同比下降${pct(-change)}%`, en: `down ${pct(-change)}% year on year` };
}

/** Each kind's clause: the measure the office reports it by (persons for letters and cards, pieces for documents and passports). */
const CLAUSES: Record<CaseKind, (f: FiguresWithPrev) => { zh: string; en: string; now: number; prev: number }> = {
  invitation: (f) => ({
    zh: `受理邀请函${num(f.cases)}批${num(f.persons)}人次`,
    en: `${num(f.cases)} invitation ${f.cases === 1 ? 'case' : 'cases'} (${num(f.persons)} ${f.persons === 1 ? 'person' : 'persons'})`,
    now: f.persons,
    prev: f.prevPersons,
  }),
  apec: (f) => ({
    zh: `受理APEC商务旅行卡申请${num(f.cases)}批${num(f.persons)}人次`,
    en: `${num(f.cases)} APEC card ${f.cases === 1 ? 'case' : 'cases'} (${num(f.persons)} ${f.persons === 1 ? 'person' : 'persons'})`,
    now: f.persons,
    prev: f.prevPersons,
  }),
  legalization: (f) => ({
    zh: `办理领事认证和附加证明书${num(f.cases)}批${num(f.pieces)}份`,
    en: `${num(f.pieces)} ${f.pieces === 1 ? 'document' : 'documents'} legalized in ${num(f.cases)} ${f.cases === 1 ? 'case' : 'cases'}`,
    now: f.pieces,
    prev: f.prevPieces,
  }),
  visa: (f) => ({
    zh: `代办因公签证${num(f.cases)}批${num(f.pieces)}本`,
    en: `${num(f.pieces)} official ${f.pieces === 1 ? 'passport' : 'passports'} sent for visas in ${num(f.cases)} ${f.cases === 1 ? 'batch' : 'batches'}`,
    now: f.pieces,
    prev: f.prevPieces,
  }),
};

/** The summary sentence in Chinese and English; a kind with nothing accepted in the period is left out. */
export function summarySentence(s: SentenceInput): { 'zh-CN': string; 'en-US': string } {
  const period = periodText(s.from, s.to);
  const clauses = s.byKind
    .filter((f) => f.cases > 0)
    .map((f) => {
      const c = CLAUSES[f.kind](f);
      const yoy = yoyText(c.now, c.prev);
      return { zh: `${c.zh}，${yoy.zh}`, en: `${c.en}, ${yoy.en}` };
    });
  if (!clauses.length) return { 'zh-CN': `${period.zh}，未受理办件。`, 'en-US': `${period.en}: no cases accepted.` };
  const t = s.timeliness;
  const tail =
    t.onTimeShare == null
      ? { zh: '', en: '' }
      : {
          zh: `；按时办结率${pct(t.onTimeShare)}%${t.avgWorkingDays == null ? '' : `，平均办理${t.avgWorkingDays.toFixed(1)}个工作日`}`,
          en: `; ${pct(t.onTimeShare)}% decided on time${t.avgWorkingDays == null ? '' : `, in ${t.avgWorkingDays.toFixed(1)} working days on average`}`,
        };
  return {
    'zh-CN': `${period.zh}，共${clauses.map((c) => c.zh).join('；')}${tail.zh}。`,
    'en-US': `${period.en}: ${clauses.map((c) => c.en).join('; ')}${tail.en}.`,
  };
}
