/**
 * The rules run while the form is filled in: each change schedules POST /check (debounced), an
 * older request still under way is dropped, and the findings come back keyed by form path. When
 * the check refuses the input itself (an unknown country, a leg outside the trip) its field
 * messages are shown the same way, as blocking.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormInstance } from 'antd';
import { ApiError } from '@web/ui/api/client';
import { travelApi, type CheckResult } from '../api';
import { errorMessage } from '@web/ui/formErrors';
import type { FieldFinding } from './findings';
import { formToCheck, toFormPath, type AppFormValues } from './formModel';

export interface LiveCheck {
  result: CheckResult | null;
  findings: FieldFinding[];
  checking: boolean;
  /** Not enough filled in yet (dates, one leg, one member). */
  incomplete: boolean;
  /** Why the last check gave no result (input refused, network). */
  error: string | null;
}

const DEBOUNCE_MS = 500;

export function useLiveCheck(form: FormInstance<AppFormValues>, id?: number) {
  const [state, setState] = useState<LiveCheck>({ result: null, findings: [], checking: false, incomplete: true, error: null });
  const timer = useRef<number | undefined>(undefined);
  const inflight = useRef<AbortController | null>(null);

  const run = useCallback(async () => {
    window.clearTimeout(timer.current);
    inflight.current?.abort();
    const prepared = formToCheck(form.getFieldsValue(true), id);
    if (!prepared) {
      setState({ result: null, findings: [], checking: false, incomplete: true, error: null });
      return;
    }
    const ctrl = new AbortController();
    inflight.current = ctrl;
    setState((s) => ({ ...s, checking: true }));
    try {
      const result = await travelApi.check(prepared.body, ctrl.signal);
      if (ctrl.signal.aborted) return;
      const findings = result.findings.map((f) => ({ ...f, path: toFormPath(f.path, prepared.maps) }));
      setState({ result, findings, checking: false, incomplete: false, error: null });
    } catch (e) {
      if (ctrl.signal.aborted || (e as Error).name === 'AbortError') return;
      const findings: FieldFinding[] =
        e instanceof ApiError ? e.fields.map((f) => ({ rule: 'input', severity: 'block', path: toFormPath(f.path, prepared.maps), message: f.message })) : [];
      setState({ result: null, findings, checking: false, incomplete: false, error: errorMessage(e) });
    } finally {
      if (inflight.current === ctrl) inflight.current = null;
    }
  }, [form, id]);

  const schedule = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void run(), DEBOUNCE_MS);
  }, [run]);

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      inflight.current?.abort();
    },
    [],
  );

  return { ...state, schedule, run };
}
