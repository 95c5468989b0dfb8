import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors';

/**
 * Refuses a file name with control characters (NUL, line breaks...): PostgreSQL cannot store NUL in text, and
 * no office names a file so. A 400 the user can act on: rename the file.
 */
export function checkUploadName(part: { filename: string; file: { resume(): unknown } }): void {
  if (/[\x00-\x1f\x7f]/.test(part.filename)) {
    part.file.resume();
    throw new AppError(400, 'err.fileName');
  }
}

/** Receives one uploaded .xlsx into a temporary file (streamed, never held in memory) for an import job. */
export async function receiveXlsxUpload(req: FastifyRequest): Promise<{ path: string; name: string }> {
  if (!req.isMultipart()) throw new AppError(400, 'err.fileRequired');
  const part = await req.file();
  if (!part) throw new AppError(400, 'err.fileRequired');
  checkUploadName(part);
  if (!/\.xlsx$/i.test(part.filename)) { part.file.resume(); throw new AppError(400, 'err.fileType'); }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'waishi-import-'));
  const filePath = path.join(dir, 'upload.xlsx');
  try {
    await pipeline(part.file, createWriteStream(filePath));
  } catch (err) {
    // A cut-off or malformed multipart body is the client's fault: a 400, and no temp file left behind.
    await rm(dir, { recursive: true, force: true });
    throw new AppError(400, 'err.uploadBroken');
  }
  if (part.file.truncated) {
    await rm(dir, { recursive: true, force: true });
    throw new AppError(413, 'err.xlsxTooLarge');
  }
  return { path: filePath, name: part.filename };
}
