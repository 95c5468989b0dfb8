import { describe, expect, it } from 'vitest';
import { mrzCheckDigit, parseMrz, type MrzCheckField, type MrzResult } from '../../../src/shared/reference/mrz.js';

/** Independent 7-3-1 implementation so the tests do not trust the code under test. */
function cd(s: string): string {
  const val = (ch: string) => (ch === '<' ? 0 : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55);
  return String([...s].reduce((sum, ch, i) => sum + val(ch) * [7, 3, 1][i % 3]!, 0) % 10);
}
const pad = (s: string, n: number) => s.padEnd(n, '<');

interface Person {
  code?: string;
  state?: string;
  name?: string;
  doc?: string;
  nat?: string;
  birth?: string;
  sex?: string;
  expiry?: string;
  optional?: string;
}
const ERIKA: Required<Person> = {
  code: 'P<',
  state: 'D<<',
  name: 'MUSTERMANN<<ERIKA',
  doc: 'C01X00T47',
  nat: 'D<<',
  birth: '640812',
  sex: 'F',
  expiry: '270228',
  optional: '',
};

function td3(p: Person = {}): [string, string] {
  const f = { ...ERIKA, ...p };
  const personal = pad(f.optional, 14);
  const personalCd = /^<+$/.test(personal) ? '<' : cd(personal);
  const body = f.doc + cd(f.doc) + f.nat + f.birth + cd(f.birth) + f.sex + f.expiry + cd(f.expiry) + personal + personalCd;
  const composite = cd(body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43));
  return [pad(f.code + f.state + f.name, 44), body + composite];
}

function td2(p: Person = {}): [string, string] {
  const f = { ...ERIKA, code: 'I<', ...p };
  const body = f.doc + cd(f.doc) + f.nat + f.birth + cd(f.birth) + f.sex + f.expiry + cd(f.expiry) + pad(f.optional, 7);
  return [pad(f.code + f.state + f.name, 36), body + cd(body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 35))];
}

function td1(p: Person = {}): [string, string, string] {
  const f = { ...ERIKA, code: 'I<', ...p };
  // numbers longer than 9: '<' in the check position, overflow + check digit in optional data
  const l1 =
    f.doc.length > 9
      ? pad(f.code + f.state + f.doc.slice(0, 9) + '<' + f.doc.slice(9) + cd(f.doc), 30)
      : pad(f.code + f.state + f.doc + cd(f.doc) + f.optional, 30);
  const l2a = f.birth + cd(f.birth) + f.sex + f.expiry + cd(f.expiry) + f.nat + pad('', 11);
  const composite = cd(l1.slice(5, 30) + l2a.slice(0, 7) + l2a.slice(8, 15) + l2a.slice(18, 29));
  return [l1, l2a + composite, pad(f.name, 30)];
}

/** Replaces one character of one line. */
function poke(lines: string[], line: number, pos: number, ch: string): string[] {
  return lines.map((l, i) => (i === line ? l.slice(0, pos) + ch + l.slice(pos + 1) : l));
}
const other = (d: string) => String((Number(d) + 1) % 10);
const ok = (r: ReturnType<typeof parseMrz>): MrzResult => {
  if (r.format === null) throw new Error(JSON.stringify(r.errors));
  return r;
};
const failed = (r: MrzResult) =>
  r.checks
    .filter((c) => !c.valid)
    .map((c) => c.field)
    .sort();
const NOW = { now: new Date('2026-06-01T00:00:00Z') };

describe('mrzCheckDigit', () => {
  it('matches ICAO 9303 worked examples', () => {
    expect(mrzCheckDigit('L898902C3')).toBe('6');
    expect(mrzCheckDigit('740812')).toBe('2');
    expect(mrzCheckDigit('120415')).toBe('9');
    expect(mrzCheckDigit('D23145890')).toBe('7');
    expect(mrzCheckDigit('C01X00T47')).toBe('8'); // German specimen
    expect(mrzCheckDigit('<<<<<<<<<<<<<<')).toBe('0');
  });
  it('throws on characters outside the MRZ alphabet', () => {
    expect(() => mrzCheckDigit('ab')).toThrow(RangeError);
  });
});

describe('parseMrz TD3', () => {
  it('parses the German specimen passport', () => {
    const r = ok(parseMrz(td3().join('\n'), NOW));
    expect(td3()[1]).toBe('C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4');
    expect(r.format).toBe('TD3');
    expect(r.valid).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.fields).toEqual({
      documentCode: 'P',
      documentType: 'passport',
      surname: 'MUSTERMANN',
      givenNames: 'ERIKA',
      documentNumber: 'C01X00T47',
      issuingState: 'DEU',
      nationality: 'DEU',
      birthDate: '1964-08-12',
      sex: 'F',
      expiryDate: '2027-02-28',
      personalNumber: '',
    });
    expect(r.checks.map((c) => c.field)).toEqual(['documentNumber', 'birthDate', 'expiryDate', 'personalNumber', 'composite']);
  });

  it('splits multiple given names and keeps a personal number', () => {
    const r = ok(parseMrz(td3({ state: 'NLD', nat: 'NLD', name: 'DE<BRUIJN<<WILLEKE<LISELOTTE', optional: '999999990' }).join('\n'), NOW));
    expect(r.valid).toBe(true);
    expect(r.fields.surname).toBe('DE BRUIJN');
    expect(r.fields.givenNames).toBe('WILLEKE LISELOTTE');
    expect(r.fields.personalNumber).toBe('999999990');
    expect(r.fields.nationality).toBe('NLD');
  });

  const CHECK_POS: Array<[MrzCheckField, number, MrzCheckField[]]> = [
    ['documentNumber', 9, ['composite', 'documentNumber']],
    ['birthDate', 19, ['birthDate', 'composite']],
    ['expiryDate', 27, ['composite', 'expiryDate']],
    ['personalNumber', 42, ['composite', 'personalNumber']],
    ['composite', 43, ['composite']],
  ];
  for (const [field, pos, expectedFailures] of CHECK_POS) {
    it(`reports a wrong ${field} check digit and still fills the fields`, () => {
      const lines = td3({ optional: 'AB1234' });
      const found = other(lines[1][pos]!);
      const r = ok(parseMrz(poke(lines, 1, pos, found).join('\n'), NOW));
      expect(r.valid).toBe(false);
      expect(failed(r)).toEqual(expectedFailures);
      expect(r.checks.find((c) => c.field === field)).toEqual({ field, valid: false, expected: lines[1][pos], found });
      expect(r.errors.some((e) => e.code === 'check_digit' && e.field === field && e.message_zh.includes('校验位'))).toBe(true);
      expect(r.fields.documentNumber).toBe('C01X00T47');
      expect(r.fields.birthDate).toBe('1964-08-12');
    });
  }

  it('detects a mistyped character in a data field (not only in check digits)', () => {
    const r = ok(parseMrz(poke(td3(), 1, 3, 'Y').join('\n'), NOW));
    expect(failed(r)).toEqual(['composite', 'documentNumber']);
    expect(r.fields.documentNumber).toBe('C01Y00T47');
  });

  it('accepts 0 as well as < for an empty personal number', () => {
    // '<' and '0' both count as 0, so the composite digit stays right too
    const r = ok(parseMrz(poke(td3(), 1, 42, '0').join('\n'), NOW));
    expect(r.valid).toBe(true);
    expect(ok(parseMrz(poke(td3(), 1, 42, '1').join('\n'), NOW)).checks.find((c) => c.field === 'personalNumber')?.valid).toBe(false);
  });

  it('tolerates whitespace, lowercase, full-width, « and spaces for <', () => {
    const [l1, l2] = td3();
    const variants = [
      `  \n ${l1.toLowerCase()} \r\n\t${l2.toLowerCase()}  \n`,
      `${l1.replace(/</g, '«')}\n${l2.replace(/</g, '«')}`,
      `${[...l1].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')}\n${l2}`,
      `P D  MUSTERMANN  ERIKA\n${l2}`, // spaces for '<', trailing fillers dropped
      `${l1}\n${l2.slice(0, 10)} ${l2.slice(10, 28)} ${l2.slice(28)}`, // grouping spaces
      `${l1}${l2}`, // lost line break
    ];
    for (const v of variants) {
      const r = ok(parseMrz(v, NOW));
      expect(r.lines, v).toEqual([l1, l2]);
      expect(r.valid, v).toBe(true);
    }
  });

  it('maps special ICAO codes and document codes', () => {
    const r = ok(parseMrz(td3({ code: 'PD', state: 'GBD', nat: 'GBN' }).join('\n'), NOW));
    expect(r.fields).toMatchObject({ documentCode: 'PD', documentType: 'passport', issuingState: 'GBR', nationality: 'GBR' });
  });

  it('keeps codes like XXA (stateless) without an error, flags unknown ones like UTO', () => {
    const stateless = ok(parseMrz(td3({ nat: 'XXA' }).join('\n'), NOW));
    expect(stateless.valid).toBe(true);
    expect(stateless.fields.nationality).toBe('XXA');
    const specimen = ok(parseMrz(td3({ state: 'UTO', nat: 'UTO' }).join('\n'), NOW));
    expect(specimen.valid).toBe(false);
    expect(specimen.checks.every((c) => c.valid)).toBe(true);
    expect(specimen.errors.filter((e) => e.code === 'unknown_state').map((e) => e.field)).toEqual(['issuingState', 'nationality']);
    expect(specimen.fields.issuingState).toBe('UTO');
  });

  it('applies the century rules (birth: future → 19xx; expiry: > 70 → 19xx)', () => {
    const y = (birth: string, expiry: string) => ok(parseMrz(td3({ birth, expiry }).join('\n'), NOW)).fields;
    expect(y('260101', '700101')).toMatchObject({ birthDate: '2026-01-01', expiryDate: '2070-01-01' });
    expect(y('270101', '710101')).toMatchObject({ birthDate: '1927-01-01', expiryDate: '1971-01-01' });
    expect(y('000229', '280229')).toMatchObject({ birthDate: '2000-02-29', expiryDate: '2028-02-29' });
  });

  it('reports impossible dates even when their check digits match', () => {
    const r = ok(parseMrz(td3({ birth: '640230' }).join('\n'), NOW));
    expect(r.checks.every((c) => c.valid)).toBe(true);
    expect(r.valid).toBe(false);
    expect(r.fields.birthDate).toBeNull();
    expect(r.errors).toContainEqual(expect.objectContaining({ code: 'invalid_date', field: 'birthDate' }));
  });

  it('maps unspecified sex < to X', () => {
    expect(ok(parseMrz(td3({ sex: '<' }).join('\n'), NOW)).fields.sex).toBe('X');
    expect(ok(parseMrz(td3({ sex: 'M' }).join('\n'), NOW)).fields.sex).toBe('M');
  });
});

describe('parseMrz TD2', () => {
  it('parses a valid TD2 card', () => {
    const r = ok(parseMrz(td2({ state: 'FRA', nat: 'FRA', sex: 'M', name: 'MARTIN<<JEAN' }).join('\n'), NOW));
    expect(r.format).toBe('TD2');
    expect(r.valid).toBe(true);
    expect(r.fields).toMatchObject({ documentType: 'id_card', surname: 'MARTIN', givenNames: 'JEAN', issuingState: 'FRA', sex: 'M' });
    expect(r.checks.map((c) => c.field)).not.toContain('personalNumber');
  });
  it('reports a wrong check digit in each field', () => {
    const lines = td2();
    for (const [field, pos] of [
      ['documentNumber', 9],
      ['birthDate', 19],
      ['expiryDate', 27],
      ['composite', 35],
    ] as const) {
      const r = ok(parseMrz(poke(lines, 1, pos, other(lines[1][pos]!)).join('\n'), NOW));
      expect(r.valid, field).toBe(false);
      expect(r.checks.find((c) => c.field === field)?.valid, field).toBe(false);
    }
  });
});

describe('parseMrz TD1', () => {
  it('parses the ICAO specimen card (UTO replaced by D)', () => {
    const lines = td1({ doc: 'D23145890', birth: '740812', expiry: '120415', name: 'ERIKSSON<<ANNA<MARIA' });
    expect(lines[0]).toBe('I<D<<D231458907<<<<<<<<<<<<<<<');
    const r = ok(parseMrz(lines.join('\n'), NOW));
    expect(r.format).toBe('TD1');
    expect(r.valid).toBe(true);
    expect(r.fields).toMatchObject({
      documentType: 'id_card',
      documentNumber: 'D23145890',
      surname: 'ERIKSSON',
      givenNames: 'ANNA MARIA',
      birthDate: '1974-08-12',
      expiryDate: '2012-04-15',
      sex: 'F',
      nationality: 'DEU',
    });
  });
  it('reads a document number longer than 9 characters from the optional data', () => {
    const r = ok(parseMrz(td1({ doc: 'D23145890123' }).join('\n'), NOW));
    expect(r.valid).toBe(true);
    expect(r.fields.documentNumber).toBe('D23145890123');
    expect(r.fields.personalNumber).toBe('');
  });
  it('reports a wrong check digit in each field', () => {
    const lines = td1();
    for (const [field, line, pos] of [
      ['documentNumber', 0, 14],
      ['birthDate', 1, 6],
      ['expiryDate', 1, 14],
      ['composite', 1, 29],
    ] as const) {
      const r = ok(parseMrz(poke(lines, line, pos, other(lines[line][pos]!)).join('\n'), NOW));
      expect(r.valid, field).toBe(false);
      expect(r.checks.find((c) => c.field === field)?.valid, field).toBe(false);
      expect(r.fields.surname).toBe('MUSTERMANN');
    }
  });
  it('pads a name line typed without trailing fillers', () => {
    const [l1, l2] = td1();
    expect(ok(parseMrz(`${l1}\n${l2}\nMUSTERMANN<<ERIKA`, NOW)).valid).toBe(true);
  });
});

describe('parseMrz failures', () => {
  it('rejects layouts that are not TD1/TD2/TD3', () => {
    const r = parseMrz(`${'P<D<<X'.padEnd(40, '<')}\n${'1'.repeat(40)}`, NOW);
    expect(r.format).toBeNull();
    expect(r.errors[0]?.code).toBe('bad_layout');
    expect(parseMrz(td3()[1], NOW).errors[0]?.code).toBe('bad_layout'); // a single data line
  });
  it('rejects characters outside the MRZ alphabet and empty input', () => {
    expect(parseMrz(td3().join('\n').replace('ERIKA', 'ÉRIKA'), NOW).errors[0]?.code).toBe('bad_characters');
    expect(parseMrz('  \n ', NOW).errors[0]?.code).toBe('empty');
  });
});
