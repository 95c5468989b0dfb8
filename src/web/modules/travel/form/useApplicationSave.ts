/**
 * "Save draft" and "Save and submit" of the application form. A save is a create or a versioned
 * update; "submit" then sends the saved version. A stale version opens the conflict dialog; the
 * server's field messages (a submit refused for blocking findings) go beside their fields.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { App, type FormInstance } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@web/ui/api/client';
import { applicationsApi, type Application } from '../api';
import { applyNestedFieldErrors, errorMessage } from '@web/ui/formErrors';
import { useT } from '@web/ui/i18n';
import { APP_FORM_FIELDS, formToInput, type AppFormValues } from './formModel';

/** Location state of the edit page opened after a new application was saved but its submission refused. */
export interface FormPageState {
  submitError?: string;
}

export function useApplicationSave(form: FormInstance<AppFormValues>, existing: Application | undefined, recheck: () => void, initialError?: string) {
  const t = useT();
  const nav = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [saving, setSaving] = useState<'draft' | 'submit' | null>(null);
  const [formError, setFormError] = useState<string | null>(initialError ?? null);
  const [conflict, setConflict] = useState(false);

  const remember = (a: Application) => {
    qc.setQueryData(['travel', 'application', a.id], a);
    void qc.invalidateQueries({ queryKey: ['travel'], predicate: (q) => !(q.queryKey[1] === 'application' && q.queryKey[2] === a.id) });
  };

  const fail = (e: unknown) => {
    if (e instanceof ApiError && e.status === 409) {
      setConflict(true);
      return;
    }
    const rest = applyNestedFieldErrors(form, e, APP_FORM_FIELDS);
    setFormError([errorMessage(e), ...rest].join('；'));
    message.error(errorMessage(e));
    recheck();
    const first = e instanceof ApiError ? e.fields.map((f) => f.path.split('.')[0]).find((p) => p && APP_FORM_FIELDS.includes(p)) : undefined;
    if (first) form.scrollToField(first, { block: 'center' });
    else window.scrollTo({ top: 0 });
  };

  const save = async (submit: boolean) => {
    try {
      await form.validateFields();
    } catch {
      message.error(t('common.fixErrors'));
      return;
    }
    setSaving(submit ? 'submit' : 'draft');
    setFormError(null);
    try {
      const input = formToInput(form.getFieldsValue(true));
      let saved: Application;
      try {
        saved = existing ? await applicationsApi.update(existing.id, { ...input, version: existing.version }) : await applicationsApi.create(input);
      } catch (e) {
        fail(e);
        return;
      }
      remember(saved);
      if (!submit) {
        message.success(t('common.saved'));
        nav(`/travel/applications/${saved.id}`);
        return;
      }
      try {
        const sent = await applicationsApi.submit(saved.id, saved.version);
        remember(sent);
        message.success(t('tr.msg.submitted'));
        nav(`/travel/applications/${sent.id}`);
      } catch (e) {
        if (existing) {
          fail(e);
          return;
        }
        // Saved as a new draft but not sent: carry on editing that draft, with the reason shown.
        const state: FormPageState = { submitError: t('tr.form.savedNotSubmitted', { reason: errorMessage(e) }) };
        nav(`/travel/applications/${saved.id}/edit`, { replace: true, state });
      }
    } finally {
      setSaving(null);
    }
  };

  return { save, saving, formError, clearError: () => setFormError(null), conflict, setConflict };
}
