/** Typed calls of the case machinery under /api/services: the queue, a case and its steps, documents, settings. */
import type { z } from 'zod';
import type { CaseKind } from '@shared/contracts/services';
import type {
  CaseAlerts,
  CaseDetail,
  CaseQuery,
  CaseStep,
  KindSettingsPage,
  QueueRow,
  checklistItemInputSchema,
  kindSettingsUpdateSchema,
} from '@shared/contracts/services-cases';
import { buildQuery, getCsrfToken, http } from '@web/ui/api/client';

export type { CaseAlerts, CaseDetail, CaseQuery, CaseStep, KindSettingsPage, QueueRow };
export type ItemInput = z.input<typeof checklistItemInputSchema>;
export type SettingsInput = z.input<typeof kindSettingsUpdateSchema>;
export interface QueuePage {
  items: QueueRow[];
  total: number;
  page: number;
  pageSize: number;
}

const C = '/services/cases';

async function uploadTo<T>(path: string, itemId: number, file: File): Promise<T> {
  const fd = new FormData();
  fd.append('itemId', String(itemId));
  fd.append('file', file, file.name);
  const res = await fetch(`/api${path}`, { method: 'POST', credentials: 'same-origin', headers: { 'x-csrf-token': getCsrfToken() }, body: fd });
  const text = await res.text();
  if (!res.ok) {
    const body = text ? (JSON.parse(text) as { message?: string; fields?: Array<{ message: string }> }) : {};
    throw new Error(body.fields?.[0]?.message ?? body.message ?? res.statusText);
  }
  return JSON.parse(text) as T;
}

export const casesApi = {
  queue: (q: Partial<CaseQuery>) => http.get<QueuePage>(`${C}${buildQuery(q)}`),
  exportUrl: (q: Partial<CaseQuery>) => `/api${C}/export.xlsx${buildQuery({ ...q, page: undefined, pageSize: undefined })}`,
  alerts: () => http.get<CaseAlerts>('/services/alerts'),
  open: (kind: CaseKind, title?: string) => http.post<CaseDetail>(C, { kind, ...(title ? { title } : {}) }),
  get: (id: number) => http.get<CaseDetail>(`${C}/${id}`),
  step: (id: number, step: CaseStep, body: Record<string, unknown>) => http.post<CaseDetail>(`${C}/${id}/${step}`, body),
  upload: (id: number, itemId: number, file: File) => uploadTo<CaseDetail>(`${C}/${id}/documents`, itemId, file),
  checkDocument: (id: number, docId: number, body: { version: number; status?: string; originalSeen?: boolean }) =>
    http.patch<CaseDetail>(`${C}/${id}/documents/${docId}`, body),
  settings: (kind: CaseKind) => http.get<KindSettingsPage>(`/services/settings/${kind}`),
  saveSettings: (kind: CaseKind, body: SettingsInput) => http.put<KindSettingsPage>(`/services/settings/${kind}`, body),
  addItem: (kind: CaseKind, body: ItemInput) => http.post<KindSettingsPage>(`/services/settings/${kind}/items`, body),
  archiveItem: (id: number, version: number, reason: string) => http.post<KindSettingsPage>(`/services/checklist-items/${id}/archive`, { version, reason }),
};
