/** Typed calls of the visa agency under /api/services/visas. */
import type { z } from 'zod';
import type { VisaPassport, VisaTrip, visaPassportInputSchema } from '@shared/contracts/services-visa';
import { buildQuery, http } from '@web/ui/api/client';

export type { VisaPassport, VisaTrip };
export type VisaPassportInput = z.input<typeof visaPassportInputSchema>;
export type VisaStep = 'send' | 'result' | 'return' | 'notice' | 'not-accept' | 'archive';

const base = (caseId: number) => `/services/visas/${caseId}/passports`;

export const visaApi = {
  list: (caseId: number) => http.get<VisaPassport[]>(base(caseId)),
  add: (caseId: number, body: VisaPassportInput) => http.post<VisaPassport>(base(caseId), body),
  update: (caseId: number, id: number, body: VisaPassportInput & { version: number }) => http.patch<VisaPassport>(`${base(caseId)}/${id}`, body),
  step: (caseId: number, id: number, step: VisaStep, body: Record<string, unknown> & { version: number }) =>
    http.post<VisaPassport>(`${base(caseId)}/${id}/${step}`, body),
  trips: (q?: string) => http.get<VisaTrip[]>(`/services/visas/trips${buildQuery({ q })}`),
};
