import { useState } from 'react';
import type { FormInstance } from 'antd';
import { ApiError } from './api/client';
import { applyFieldErrors, errorMessage } from './formErrors';

const defaultBanner = (e: unknown, rest: string[]) => (e instanceof ApiError && e.fields.length && !rest.length ? null : [errorMessage(e), ...rest].join('; '));

/**
 * Busy flag and error banner of the small form dialogs (archive, add exchange). Server field
 * messages go beside their fields; the banner only shows what could not be placed there, so a
 * purely field-level rejection does not say the same thing twice (`banner` words it otherwise).
 */
export function useModalSubmit(form: FormInstance, fields: string[], banner: (e: unknown, rest: string[]) => string | null = defaultBanner) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** `handle` may take an error over (e.g. a stale version opening the conflict dialog) by returning true. */
  const run = async (send: () => Promise<void>, handle?: (e: unknown) => boolean) => {
    setBusy(true);
    setError(null);
    try {
      await send();
    } catch (e) {
      if (handle?.(e)) return;
      const rest = applyFieldErrors(form, e, fields);
      setError(banner(e, rest));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
