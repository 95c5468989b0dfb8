/** Typed calls for the exchanges module (来访接待、外事活动、国际友城) under /api/exchanges. */
import type { z } from 'zod';
import type {
  FriendshipCity,
  Visit,
  VisitStats,
  anniversarySchema,
  cityInputSchema,
  cityListQuerySchema,
  cityStatsSchema,
  cityUpdateSchema,
  eventInputSchema,
  eventListQuerySchema,
  eventSchema,
  eventUpdateSchema,
  exchangeInputSchema,
  historyItemSchema,
  settingsUpdateSchema,
  visitInputSchema,
  visitListQuerySchema,
  visitUpdateSchema,
} from '@shared/contracts/exchanges';
import type { Job } from '@shared/contracts/jobs';
import { buildQuery, http, upload } from '@web/ui/api/client';
import type { Page } from '@web/ui/api/endpoints';

export type { Visit, VisitStats, FriendshipCity };
export type VisitInput = z.input<typeof visitInputSchema>;
export type VisitUpdate = z.input<typeof visitUpdateSchema>;
type Paging = { page?: number; pageSize?: number };
/** Query strings as sent (the schemas' coerced/transformed fields are typed here as the client writes them). */
export type VisitQuery = Paging & Partial<Omit<z.infer<typeof visitListQuerySchema>, 'page' | 'pageSize' | 'archived'>> & { archived?: 'true' | 'false' };
export type ExEvent = z.infer<typeof eventSchema>;
export type EventInput = z.input<typeof eventInputSchema>;
export type EventUpdate = z.input<typeof eventUpdateSchema>;
export type EventQuery = Paging & Partial<Omit<z.infer<typeof eventListQuerySchema>, 'page' | 'pageSize'>>;
export type CityInput = z.input<typeof cityInputSchema>;
export type CityUpdate = z.input<typeof cityUpdateSchema>;
export type CityQuery = Paging & Partial<Omit<z.infer<typeof cityListQuerySchema>, 'page' | 'pageSize' | 'dormant'>> & { dormant?: 'true' | 'false' };
export type CityStats = z.infer<typeof cityStatsSchema>;
export type Anniversary = z.infer<typeof anniversarySchema>;
export type HistoryItem = z.infer<typeof historyItemSchema>;
export type ExchangeInput = z.input<typeof exchangeInputSchema>;
export type ExSettings = z.infer<typeof settingsUpdateSchema>;

const base = '/exchanges';

export const visitsApi = {
  list: (q: VisitQuery) => http.get<Page<Visit>>(`${base}/visits${buildQuery(q)}`),
  upcoming: (days = 60) => http.get<Visit[]>(`${base}/visits/upcoming${buildQuery({ days })}`),
  stats: (from: string, to: string) => http.get<VisitStats>(`${base}/visits/stats${buildQuery({ from, to })}`),
  exportUrl: (q: VisitQuery) => `/api${base}/visits/export.xlsx${buildQuery({ ...q, page: undefined, pageSize: undefined })}`,
  get: (id: number) => http.get<Visit>(`${base}/visits/${id}`),
  create: (body: VisitInput) => http.post<Visit>(`${base}/visits`, body),
  update: (id: number, body: VisitUpdate) => http.put<Visit>(`${base}/visits/${id}`, body),
  archive: (id: number, version: number, reason: string) => http.post<Visit>(`${base}/visits/${id}/archive`, { version, reason }),
  restore: (id: number, version: number) => http.post<Visit>(`${base}/visits/${id}/restore`, { version }),
};

export const eventsApi = {
  list: (q: EventQuery) => http.get<Page<ExEvent>>(`${base}/events${buildQuery(q)}`),
  /** The list's own filter, so the sheet holds exactly the events the page shows. */
  exportUrl: (q: EventQuery) => `/api${base}/events/export.xlsx${buildQuery({ ...q, page: undefined, pageSize: undefined })}`,
  get: (id: number) => http.get<ExEvent>(`${base}/events/${id}`),
  create: (body: EventInput) => http.post<ExEvent>(`${base}/events`, body),
  update: (id: number, body: EventUpdate) => http.put<ExEvent>(`${base}/events/${id}`, body),
  archive: (id: number, version: number, reason: string) => http.post<ExEvent>(`${base}/events/${id}/archive`, { version, reason }),
  restore: (id: number, version: number) => http.post<ExEvent>(`${base}/events/${id}/restore`, { version }),
};

export const citiesApi = {
  list: (q: CityQuery) => http.get<Page<FriendshipCity>>(`${base}/cities${buildQuery(q)}`),
  stats: () => http.get<CityStats>(`${base}/cities/stats`),
  anniversaries: (withinDays: number) => http.get<Anniversary[]>(`${base}/cities/anniversaries${buildQuery({ withinDays })}`),
  /** The list's own filter, so the sheet holds exactly the pairs the page shows. */
  exportUrl: (q: CityQuery) => `/api${base}/cities/export.xlsx${buildQuery({ ...q, page: undefined, pageSize: undefined })}`,
  import: (file: File) => upload<Job>(`${base}/cities/import`, file),
  get: (id: number) => http.get<FriendshipCity>(`${base}/cities/${id}`),
  create: (body: CityInput) => http.post<FriendshipCity>(`${base}/cities`, body),
  update: (id: number, body: CityUpdate) => http.put<FriendshipCity>(`${base}/cities/${id}`, body),
  archive: (id: number, version: number, reason: string) => http.post<FriendshipCity>(`${base}/cities/${id}/archive`, { version, reason }),
  restore: (id: number, version: number) => http.post<FriendshipCity>(`${base}/cities/${id}/restore`, { version }),
  history: (id: number) => http.get<HistoryItem[]>(`${base}/cities/${id}/history`),
  addHistory: (id: number, body: ExchangeInput) => http.post<HistoryItem[]>(`${base}/cities/${id}/history`, body),
};

export const exSettingsApi = {
  get: () => http.get<ExSettings>(`${base}/settings`),
  save: (body: ExSettings) => http.put<ExSettings>(`${base}/settings`, body),
};
