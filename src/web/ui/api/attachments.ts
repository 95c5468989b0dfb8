/**
 * Files attached to a record (invitations, agreements, photos, scanned approvals). A module lists and
 * uploads them under the record's own path (`/api/<module>/<records>/<id>/attachments`, checked against the
 * record's scope and state); the platform serves the download at /api/attachments/<id>.
 */
import { http, upload } from './client';

export interface Attachment {
  id: number;
  name: string;
  contentType: string;
  size: number;
  createdAt: string;
}

export const attachmentsApi = {
  /** `recordPath`: the record's API path without /api, e.g. /exchanges/visits/12. */
  list: (recordPath: string) => http.get<Attachment[]>(`${recordPath}/attachments`),
  /** multipart 'file' with the CSRF header; any file type. */
  upload: (recordPath: string, file: File) => upload<Attachment>(`${recordPath}/attachments`, file, file.name),
  downloadUrl: (attachmentId: number) => `/api/attachments/${attachmentId}`,
};
