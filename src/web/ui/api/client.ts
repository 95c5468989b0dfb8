/**
 * Typed fetch wrapper for the waishi API: same-origin cookie session, JSON bodies, the CSRF
 * header on every non-GET request, and the UI language in accept-language so server messages
 * come back in the user's language. Errors are thrown as ApiError with field messages.
 */
import type { Locale } from '@shared/contracts/common';

export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  constructor(status: number, code: string, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

let csrfToken = '';
let locale: Locale = 'zh-CN';
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}
export function getCsrfToken(): string {
  return csrfToken;
}
export function setApiLocale(l: Locale): void {
  locale = l;
}
export function setUnauthorizedHandler(fn: (() => void) | null): void {
  onUnauthorized = fn;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  /** Do not run the global 401 handler (used by /auth/me and /auth/login). */
  quiet401?: boolean;
  signal?: AbortSignal;
}

export function buildQuery(params: Record<string, unknown>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) sp.set(k, v.join(','));
    } else sp.set(k, String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}

async function toError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    /* not JSON */
  }
  const b = (body ?? {}) as { code?: string; message?: string; fields?: FieldError[] };
  return new ApiError(res.status, b.code ?? `HTTP_${res.status}`, b.message ?? res.statusText ?? `HTTP ${res.status}`, b.fields ?? []);
}

function headers(method: Method, json: boolean): Record<string, string> {
  const h: Record<string, string> = { accept: 'application/json', 'accept-language': locale };
  if (json) h['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) h['x-csrf-token'] = csrfToken;
  return h;
}

async function handle<T>(res: Response, opts: RequestOptions): Promise<T> {
  if (!res.ok) {
    const err = await toError(res);
    if (res.status === 401 && !opts.quiet401) onUnauthorized?.();
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function request<T>(method: Method, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  const hasBody = body !== undefined;
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: headers(method, hasBody),
      body: hasBody ? JSON.stringify(body) : undefined,
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK', locale === 'zh-CN' ? '无法连接服务器，请检查网络' : 'Cannot reach the server. Check your connection.');
  }
  return handle<T>(res, opts);
}

/** multipart upload (field name 'file'), with the CSRF header. */
export async function upload<T>(path: string, file: File | Blob, fileName?: string): Promise<T> {
  const fd = new FormData();
  fd.append('file', file, fileName ?? (file instanceof File ? file.name : 'upload.xlsx'));
  const res = await fetch(`/api${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: headers('POST', false),
    body: fd,
  });
  return handle<T>(res, {});
}

export const http = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, body ?? {}, opts),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
};
