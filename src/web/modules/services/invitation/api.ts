/** Typed calls of the invitation letter under /api/services/invitations. */
import type { z } from 'zod';
import type {
  CloseOutItem,
  CloseOutState,
  Invitation,
  Invitee,
  InviteeInput,
  invitationFactsInputSchema,
  mrzReadingSchema,
} from '@shared/contracts/services-invitation';
import { buildQuery, http } from '@web/ui/api/client';
import type { Page } from '@web/ui/api/endpoints';

export type { CloseOutItem, CloseOutState, Invitation, Invitee, InviteeInput };
export type FactsInput = z.input<typeof invitationFactsInputSchema>;
export type MrzReading = z.infer<typeof mrzReadingSchema>;
export type LetterLang = 'zh-CN' | 'en-US' | 'bilingual';

const base = (caseId: number) => `/services/invitations/${caseId}`;

export const invitationApi = {
  get: (caseId: number) => http.get<Invitation>(base(caseId)),
  save: (caseId: number, body: FactsInput) => http.put<Invitation>(base(caseId), body),
  addInvitee: (caseId: number, body: InviteeInput) => http.post<Invitee>(`${base(caseId)}/invitees`, body),
  updateInvitee: (caseId: number, id: number, body: InviteeInput & { version: number }) => http.put<Invitee>(`${base(caseId)}/invitees/${id}`, body),
  removeInvitee: (caseId: number, id: number, version: number, reason: string) =>
    http.post<Invitee>(`${base(caseId)}/invitees/${id}/archive`, { version, reason }),
  readMrz: (caseId: number, text: string, add = false) => http.post<MrzReading>(`${base(caseId)}/invitees/mrz`, { text, add }),
  letterUrl: (caseId: number, lang: LetterLang) => `/api${base(caseId)}/letter.docx${buildQuery({ lang })}`,
  closeOut: (caseId: number, body: { version: number; departedOn?: string; cancelled?: true }) => http.post<Invitation>(`${base(caseId)}/close-out`, body),
  closeOuts: (q: { state: CloseOutState; page?: number; pageSize?: number }) =>
    http.get<Page<CloseOutItem>>(`/services/invitations/close-outs${buildQuery(q)}`),
};
