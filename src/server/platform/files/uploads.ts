import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/errors';

/**
 * Uploaded workbooks (personal data) live in one folder per job under this directory: `recv-<pid>-…` while
 * the upload arrives, then `<jobId>-<pid>` once its job exists (pid: the process running it). The job removes
 * its folder when it ends; after a crash, `sweepJobFiles` removes the folders of jobs no longer running whose
 * process is gone. The directory must be local to the machine (pids mean nothing elsewhere).
 */
let filesDir = path.join(os.tmpdir(), 'waishi-jobs');

export function setJobFilesDir(dir: string | undefined): void {
  filesDir = dir ?? path.join(os.tmpdir(), 'waishi-jobs');
}
export const jobFilesDir = (): string => filesDir;
export const jobFolder = (jobId: number, pid = process.pid): string => path.join(filesDir, `${jobId}-${pid}`);

export interface Upload {
  path: string;
  name: string;
}

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

/** Receives one uploaded .xlsx into a receiving folder (streamed, never held in memory) for an import job. */
export async function receiveXlsxUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart()) throw new AppError(400, 'err.fileRequired');
  const part = await req.file();
  if (!part) throw new AppError(400, 'err.fileRequired');
  checkUploadName(part);
  if (!/\.xlsx$/i.test(part.filename)) {
    part.file.resume();
    throw new AppError(400, 'err.fileType');
  }
  await mkdir(filesDir, { recursive: true, mode: 0o700 });
  const dir = await mkdtemp(path.join(filesDir, `recv-${process.pid}-`));
  const filePath = path.join(dir, 'upload.xlsx');
  try {
    await pipeline(part.file, createWriteStream(filePath, { mode: 0o600 }));
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

/** Moves a received upload into its job's folder, so the folder's name says which job it belongs to. */
export async function claimUpload(upload: Upload, jobId: number): Promise<Upload> {
  const dir = jobFolder(jobId);
  await rename(path.dirname(upload.path), dir);
  return { path: path.join(dir, path.basename(upload.path)), name: upload.name };
}

export async function removeUpload(upload: Upload): Promise<void> {
  await rm(path.dirname(upload.path), { recursive: true, force: true });
}

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes what no job can still need: the folder of a job that is not running on a valid lease, once the
 * process named in it is gone (or is this one and no longer runs the job; a live process that lost its job
 * removes the folder itself when it stops), and receiving folders of processes no longer alive. Several app
 * processes on one machine may share the directory: a folder a live process is using is kept.
 */
export async function sweepJobFiles(running: (ids: number[]) => Promise<Set<number>>, ownActive: ReadonlySet<number>, atStartup = false): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(filesDir);
  } catch {
    return [];
  }
  const jobIds = names.flatMap((n) => /^(\d+)-\d+$/.exec(n)?.[1] ?? []).map(Number);
  const keep = jobIds.length ? await running(jobIds) : new Set<number>();
  const removed: string[] = [];
  for (const name of names) {
    const job = /^(\d+)-(\d+)$/.exec(name);
    const recv = /^recv-(\d+)-/.exec(name);
    let stale = false;
    if (job) {
      const [id, pid] = [Number(job[1]), Number(job[2])];
      stale = !keep.has(id) && (pid === process.pid ? !ownActive.has(id) : !processAlive(pid));
    } else if (recv) {
      // At start-up this process receives nothing yet: a folder with its pid is an earlier process's (pid 1 in a container).
      const pid = Number(recv[1]);
      stale = pid === process.pid ? atStartup : !processAlive(pid);
    }
    if (stale) {
      await rm(path.join(filesDir, name), { recursive: true, force: true });
      removed.push(name);
    }
  }
  return removed;
}
