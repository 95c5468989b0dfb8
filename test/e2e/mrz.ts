import { mrzCheckDigit } from '../../src/shared/reference/mrz';

const pad = (s: string, n: number) => (s + '<'.repeat(n)).slice(0, n);

/** A TD3 passport MRZ with correct check digits, for typing into the form as a person would paste it. */
export function td3(p: {
  state: string;
  surname: string;
  given: string;
  number: string;
  nationality: string;
  birth: string;
  sex: string;
  expiry: string;
}): string {
  const line1 = pad(`P<${p.state}${p.surname}<<${p.given.replace(/ /g, '<')}`, 44);
  const num = pad(p.number, 9);
  const personal = pad('', 14);
  const body = `${num}${mrzCheckDigit(num)}${p.nationality}${p.birth}${mrzCheckDigit(p.birth)}${p.sex}${p.expiry}${mrzCheckDigit(p.expiry)}${personal}${mrzCheckDigit(personal)}`;
  const composite = mrzCheckDigit(body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43));
  return `${line1}\n${body}${composite}`;
}
