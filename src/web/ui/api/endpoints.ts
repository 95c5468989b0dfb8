/** One typed function per API route used by the web app. Types come from src/shared/contracts. */
import type { z } from 'zod';
import type { Locale } from '@shared/contracts/common';
import type { Me, sessionSchema } from '@shared/contracts/auth';
import type { OrgUnit, createOrgUnitSchema, updateOrgUnitSchema } from '@shared/contracts/org';
import type { User, createUserSchema, updateUserSchema } from '@shared/contracts/users';
import type { auditEventSchema, auditQuerySchema } from '@shared/contracts/audit';
import type { Job } from '@shared/contracts/jobs';
import type {
  Resident,
  ResidentInput,
  ResidentListQuery,
  ResidentStats,
  movementSchema,
  residentPageSchema,
  residentUpdateSchema,
  movementInputSchema,
} from '@shared/contracts/residents';
import { buildQuery, http, upload } from './client';

export type Session = z.infer<typeof sessionSchema>;
export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditQuery = Partial<z.infer<typeof auditQuerySchema>>;
export type Movement = z.infer<typeof movementSchema>;
export type MovementInput = z.input<typeof movementInputSchema>;
export type ResidentPage = z.infer<typeof residentPageSchema>;
export type ResidentUpdate = z.input<typeof residentUpdateSchema>;
export type CreateUser = z.input<typeof createUserSchema>;
export type UpdateUser = z.input<typeof updateUserSchema>;
export type CreateOrgUnit = z.input<typeof createOrgUnitSchema>;
export type UpdateOrgUnit = z.input<typeof updateOrgUnitSchema>;
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
export type ResidentQuery = Partial<ResidentListQuery>;
export type { Me, OrgUnit, User, Job, Resident, ResidentInput, ResidentStats };

export const authApi = {
  me: () => http.get<Session>('/auth/me', { quiet401: true }),
  login: (username: string, password: string) => http.post<Session>('/auth/login', { username, password }, { quiet401: true }),
  logout: () => http.post<void>('/auth/logout', {}, { quiet401: true }),
  changePassword: (currentPassword: string, newPassword: string) => http.post<unknown>('/auth/password', { currentPassword, newPassword }),
  setLocale: (locale: Locale) => http.put<Session>('/auth/locale', { locale }),
};

export const orgApi = {
  tree: () => http.get<OrgUnit[]>('/org/tree'),
  create: (body: CreateOrgUnit) => http.post<OrgUnit>('/org/units', body),
  update: (id: number, body: UpdateOrgUnit) => http.patch<OrgUnit>(`/org/units/${id}`, body),
};

export const usersApi = {
  list: () => http.get<User[] | Page<User>>('/users'),
  create: (body: CreateUser) => http.post<User>('/users', body),
  update: (id: number, body: UpdateUser) => http.patch<User>(`/users/${id}`, body),
  resetPassword: (id: number, password: string) => http.post<unknown>(`/users/${id}/reset-password`, { password }),
  unlock: (id: number) => http.post<unknown>(`/users/${id}/unlock`, {}),
};

export const auditApi = {
  list: (q: AuditQuery) => http.get<Page<AuditEvent>>(`/audit${buildQuery(q)}`),
};

export const residentsApi = {
  list: (q: ResidentQuery) => http.get<ResidentPage>(`/residents${buildQuery(q)}`),
  exportUrl: (q: ResidentQuery) => `/api/residents/export.xlsx${buildQuery(q)}`,
  get: (id: number) => http.get<Resident>(`/residents/${id}`),
  create: (body: ResidentInput) => http.post<Resident>('/residents', body),
  update: (id: number, body: ResidentUpdate) => http.put<Resident>(`/residents/${id}`, body),
  archive: (id: number, version: number, reason: string) => http.post<Resident>(`/residents/${id}/archive`, { version, reason }),
  restore: (id: number, version: number) => http.post<Resident>(`/residents/${id}/restore`, { version }),
  movements: (id: number) => http.get<Movement[]>(`/residents/${id}/movements`),
  addMovement: (id: number, body: MovementInput) => http.post<Resident>(`/residents/${id}/movements`, body),
  stats: () => http.get<ResidentStats>('/residents/stats'),
  dailyReport: (date: string) => http.get<ResidentStats>(`/residents/daily-report${buildQuery({ date })}`),
  dailyReportUrl: (date: string) => `/api/residents/daily-report.xlsx${buildQuery({ date })}`,
  templateUrl: '/api/residents/import-template.xlsx',
  import: (file: File) => upload<Job>('/residents/import', file),
};

export const jobsApi = {
  get: (id: number) => http.get<Job>(`/jobs/${id}`),
  fileUrl: (fileId: number) => `/api/files/${fileId}`,
};
