/**
 * One file of a registration from the public page, taken in with care: anyone may send it, so it is held to 5 MB,
 * must be a PDF, JPEG or PNG by its first bytes (not by its name or the type the browser claims), and is
 * stored only against a pending registration whose token the sender holds (see accounts.service.ts).
 */
import type { FastifyRequest } from 'fastify';
import { REGISTRATION_FILE_MAX_BYTES } from '@shared/contracts/services-accounts';
import { checkUploadName } from '@server/platform/files/uploads';
import { AppError } from '@server/platform/http/errors';

const SIGNATURES: Array<{ type: string; ext: RegExp; magic: number[] }> = [
  { type: 'application/pdf', ext: /\.pdf$/i, magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/jpeg', ext: /\.jpe?g$/i, magic: [0xff, 0xd8, 0xff] },
  { type: 'image/png', ext: /\.png$/i, magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** The media type a file's first bytes and its name agree on, or null when they do not (or it is none of the three). */
export function sniffType(name: string, content: Buffer): string | null {
  const sig = SIGNATURES.find((s) => s.magic.every((b, i) => content[i] === b));
  return sig && sig.ext.test(name) ? sig.type : null;
}

export interface ReceivedFile {
  name: string;
  contentType: string;
  content: Buffer;
}

/** The one file of a multipart request, checked: 400 without one or of another type, 413 over the limit. */
export async function receiveRegistrationFile(req: FastifyRequest): Promise<ReceivedFile> {
  if (!req.isMultipart()) throw new AppError(400, 'err.fileRequired');
  const part = await req.file({ limits: { fileSize: REGISTRATION_FILE_MAX_BYTES, files: 1, fields: 0, parts: 2 } });
  if (!part) throw new AppError(400, 'err.fileRequired');
  checkUploadName(part);
  const content = await part.toBuffer().catch((err: { code?: string }) => {
    throw err?.code === 'FST_REQ_FILE_TOO_LARGE' ? new AppError(413, 'svc.accounts.fileTooLarge', { mb: 5 }) : new AppError(400, 'err.uploadBroken');
  });
  if (part.file.truncated || content.length > REGISTRATION_FILE_MAX_BYTES) throw new AppError(413, 'svc.accounts.fileTooLarge', { mb: 5 });
  const contentType = sniffType(part.filename, content);
  if (!contentType) throw new AppError(400, 'svc.accounts.fileType');
  return { name: part.filename.slice(0, 200), contentType, content };
}
