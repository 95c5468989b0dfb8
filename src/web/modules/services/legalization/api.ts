/** Typed calls of the legalization kind under /api/services (states, fees, a case's documents, the register, the public check). */
import type { z } from 'zod';
import type {
  LegalizationFee,
  LegalizationFeeSummary,
  LegalizationItem,
  LegalizationState,
  PublicApostille,
  RegisterEntry,
  RegisterQuery,
  legalizationItemInputSchema,
  legalizationItemsSchema,
  legalizationStateUpdateSchema,
} from '@shared/contracts/services-legalization';
import { buildQuery, http } from '@web/ui/api/client';

export type { LegalizationFee, LegalizationFeeSummary, LegalizationItem, LegalizationState, PublicApostille, RegisterEntry, RegisterQuery };
export type ItemInput = z.input<typeof legalizationItemInputSchema>;
export type CaseItems = z.infer<typeof legalizationItemsSchema>;
export type StateUpdate = z.input<typeof legalizationStateUpdateSchema>;

const P = '/services/legalization';
const L = '/services/legalizations';

export const legalizationApi = {
  states: () => http.get<LegalizationState[]>(`${P}/states`),
  saveState: (iso3: string, body: StateUpdate) => http.put<LegalizationState>(`${P}/states/${iso3}`, body),
  fees: () => http.get<LegalizationFee[]>(`${P}/fees`),
  saveFees: (fees: LegalizationFee[]) => http.put<LegalizationFee[]>(`${P}/fees`, { fees }),
  items: (caseId: number) => http.get<CaseItems>(`${L}/${caseId}/items`),
  addItem: (caseId: number, body: ItemInput) => http.post<CaseItems>(`${L}/${caseId}/items`, body),
  updateItem: (caseId: number, itemId: number, body: Partial<ItemInput> & { version: number }) => http.patch<CaseItems>(`${L}/${caseId}/items/${itemId}`, body),
  archiveItem: (caseId: number, itemId: number, version: number, reason: string) =>
    http.post<CaseItems>(`${L}/${caseId}/items/${itemId}/archive`, { version, reason }),
  feeSummary: (caseId: number) => http.get<LegalizationFeeSummary>(`${L}/${caseId}/fees`),
  register: (q: Partial<RegisterQuery>) => http.get<RegisterEntry[]>(`${P}/register${buildQuery(q)}`),
  registerExportUrl: (q: Partial<RegisterQuery>) => `/api${P}/register/export.xlsx${buildQuery(q)}`,
  check: (number: string) => http.get<PublicApostille>(`/services/public/apostilles/${encodeURIComponent(number)}`),
};
