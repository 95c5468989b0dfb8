import { checkPasswordStrength, type PasswordContext, type PasswordWeakness } from '@shared/password-strength';
import { fieldError } from '../http/errors';
import type { MessageKey } from '../i18n/i18n';

const MESSAGES: Record<PasswordWeakness, MessageKey> = {
  tooShort: 'err.pwTooShort',
  repeat: 'err.pwRepeat',
  sequence: 'err.pwSequence',
  dates: 'err.pwDates',
  common: 'err.pwCommon',
  words: 'err.pwWords',
  personal: 'err.pwPersonal',
  weak: 'err.pwWeak',
};

/** Refuses a weak password with a 400 on `field` saying why, in the caller's language. */
export function assertStrongPassword(field: string, password: string, ctx: PasswordContext): void {
  const verdict = checkPasswordStrength(password, ctx);
  if (!verdict.ok) throw fieldError(field, MESSAGES[verdict.reason]);
}
