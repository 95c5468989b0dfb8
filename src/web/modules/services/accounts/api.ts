/** Typed calls for unit accounts under /api/services/accounts: the public registration and the office's review. */
import type { z } from 'zod';
import type {
  publicDistrictSchema,
  Registration,
  RegistrationFile,
  RegistrationInput,
  RegistrationState,
  RegistrationStatus,
  registrationReceiptSchema,
} from '@shared/contracts/services-accounts';
import { buildQuery, http, upload } from '@web/ui/api/client';

export type { Registration, RegistrationFile, RegistrationInput, RegistrationState, RegistrationStatus };
export type PublicDistrict = z.infer<typeof publicDistrictSchema>;
type Receipt = z.infer<typeof registrationReceiptSchema>;
const base = '/services/accounts';

export const registrationApi = {
  districts: () => http.get<PublicDistrict[]>(`${base}/districts`),
  register: (body: RegistrationInput) => http.post<Receipt>(`${base}/registrations`, body),
  status: (token: string) => http.get<RegistrationStatus>(`${base}/registrations/status/${encodeURIComponent(token)}`),
  upload: (token: string, kind: RegistrationFile, file: File) =>
    upload<RegistrationStatus>(`${base}/registrations/status/${encodeURIComponent(token)}/files/${kind}`, file),
};

export const reviewApi = {
  list: (state: RegistrationState) => http.get<Registration[]>(`${base}/registrations${buildQuery({ state })}`),
  approve: (id: number, version: number) => http.post<Registration>(`${base}/registrations/${id}/approve`, { version }),
  reject: (id: number, version: number, reason: string) => http.post<Registration>(`${base}/registrations/${id}/reject`, { version, reason }),
};
