/** Registrations of units for the accounts tests and walks: valid credit codes made by their check rule, a form, files. */
import { randomInt } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { creditCodeCheck } from '../../src/shared/reference/chinese-ids';
import { multipartFile } from './http';

/** A fresh valid 统一社会信用代码: 91 (enterprise), a division code, a random body and its check character. */
export function newCreditCode(): string {
  const body = `913301${String(randomInt(0, 1e9)).padStart(9, '0')}MA`;
  return body + creditCodeCheck(body)!;
}

/** A real-looking valid 公民身份号码 (the example of GB 11643). */
export const VALID_ID = '11010519491231002X';
export const STRONG_PASSWORD = 'Lantern-Harbor-2931';

export function registrationBody(districtId: number, over: Record<string, unknown> = {}) {
  return {
    unitNameZh: `测试贸易有限公司${randomInt(0, 1e6)}`,
    unitNameEn: 'Test Trading Co., Ltd.',
    creditCode: newCreditCode(),
    address: '测试市人民路1号',
    districtId,
    clerkName: '张三',
    clerkIdNumber: VALID_ID,
    phone: '0571-87001234',
    email: 'clerk@example.com',
    username: `unit_${randomInt(0, 1e9)}`,
    password: STRONG_PASSWORD,
    ...over,
  };
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);

/** Sends a request as the public does: no cookie, no CSRF token. */
export function anonymous(app: FastifyInstance, method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) {
  return app.inject({ method, url, payload: payload as never, headers });
}

/** Registers a unit and uploads both files; answers the token. */
export async function registerWithFiles(app: FastifyInstance, districtId: number, over: Record<string, unknown> = {}): Promise<string> {
  const res = await anonymous(app, 'POST', '/api/services/accounts/registrations', registrationBody(districtId, over));
  if (res.statusCode !== 201) throw new Error(`registration failed: ${res.body}`);
  const token = res.json().token as string;
  for (const [kind, file, name] of [
    ['filing', PDF, '备案表.pdf'],
    ['licence', PNG, 'licence.png'],
  ] as const) {
    const { payload, headers } = multipartFile(file, name, 'application/octet-stream');
    const up = await anonymous(app, 'POST', `/api/services/accounts/registrations/status/${token}/files/${kind}`, payload, headers);
    if (up.statusCode !== 200) throw new Error(`upload failed: ${up.body}`);
  }
  return token;
}
