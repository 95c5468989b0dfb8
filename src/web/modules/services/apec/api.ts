/** Typed calls for the APEC card under /api/services/apec. */
import type { z } from 'zod';
import type {
  ApecCard,
  ApecCase,
  applicantInputSchema,
  cardCancelSchema,
  cardInputSchema,
  cardReplaceSchema,
  conditionsSchema,
  conditionsUpdateSchema,
  custodyInputSchema,
  economiesInputSchema,
  filingUpdateSchema,
  filingViewSchema,
  ministryInputSchema,
} from '@shared/contracts/services-apec';
import { buildQuery, http, upload } from '@web/ui/api/client';
import type { Page } from '@web/ui/api/endpoints';

export type { ApecCard, ApecCase };
export type FilingView = z.infer<typeof filingViewSchema>;
export type Conditions = z.infer<typeof conditionsSchema>;
export type CardQuery = { state?: 'valid' | 'expiring' | 'cancelled'; unitId?: number; q?: string; page?: number; pageSize?: number };

const base = '/services/apec';

export const apecApi = {
  conditions: () => http.get<Conditions>(`${base}/conditions`),
  saveConditions: (body: z.input<typeof conditionsUpdateSchema>) => http.put<Conditions>(`${base}/conditions`, body),
  filings: () => http.get<FilingView[]>(`${base}/filings`),
  filing: (unitId: number) => http.get<FilingView>(`${base}/filings/${unitId}`),
  saveFiling: (unitId: number, body: z.input<typeof filingUpdateSchema>) => http.put<FilingView>(`${base}/filings/${unitId}`, body),
  case: (caseId: number) => http.get<ApecCase>(`${base}/${caseId}`),
  addApplicant: (caseId: number, body: z.input<typeof applicantInputSchema>) => http.post<ApecCase>(`${base}/${caseId}/applicants`, body),
  updateApplicant: (caseId: number, id: number, body: z.input<typeof applicantInputSchema> & { version: number }) =>
    http.put<ApecCase>(`${base}/${caseId}/applicants/${id}`, body),
  archiveApplicant: (caseId: number, id: number, body: { version: number; reason: string }) =>
    http.post<ApecCase>(`${base}/${caseId}/applicants/${id}/archive`, body),
  photo: (caseId: number, id: number, file: File) => upload<{ id: number }>(`${base}/${caseId}/applicants/${id}/photo`, file, file.name),
  photoUrl: (attachmentId: number) => `/api/attachments/${attachmentId}`,
  ministry: (caseId: number, id: number, body: z.input<typeof ministryInputSchema>) => http.post<ApecCase>(`${base}/${caseId}/applicants/${id}/ministry`, body),
  economies: (caseId: number, id: number, body: z.input<typeof economiesInputSchema>) =>
    http.put<ApecCase>(`${base}/${caseId}/applicants/${id}/economies`, body),
  issueCard: (caseId: number, id: number, body: z.input<typeof cardInputSchema>) => http.post<ApecCase>(`${base}/${caseId}/applicants/${id}/card`, body),
  cards: (q: CardQuery) => http.get<Page<ApecCard>>(`${base}/cards${buildQuery(q)}`),
  cardsExportUrl: (q: CardQuery) => `/api${base}/cards/export.xlsx${buildQuery({ ...q, page: undefined, pageSize: undefined })}`,
  cancelCard: (id: number, body: z.input<typeof cardCancelSchema>) => http.post<ApecCard>(`${base}/cards/${id}/cancel`, body),
  replaceCard: (id: number, body: z.input<typeof cardReplaceSchema>) => http.post<ApecCard>(`${base}/cards/${id}/replace`, body),
  reissueCard: (id: number, body: z.input<typeof cardInputSchema>) => http.post<ApecCard>(`${base}/cards/${id}/reissue`, body),
  custody: (id: number, body: z.input<typeof custodyInputSchema>) => http.post<ApecCard>(`${base}/cards/${id}/custody`, body),
};
