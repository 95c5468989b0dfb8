import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/server/platform/access/actor';
import type { Permission } from '../../../src/shared/contracts/auth';
import { residentPolicy } from '../../../src/server/modules/residents/residents.policy';

const actor = (permissions: Permission[]): Actor => ({
  userId: 1,
  username: 'u',
  displayName: 'U',
  role: 'street_operator',
  orgUnitId: 1,
  scopePath: '/1/',
  permissions: new Set(permissions),
  locale: 'zh-CN',
  csrfToken: '',
  ip: '127.0.0.1',
  mustChangePassword: false,
});
const refusal = (f: () => void) => {
  try {
    f();
    return null;
  } catch (e) {
    const err = e as { statusCode: number; key: string };
    return [err.statusCode, err.key];
  }
};

describe('one resident rule enforces and presents', () => {
  const clerk = actor(['residents.read', 'residents.write']);
  const reader = actor(['residents.read']);
  it('what the page is told equals what the service allows, for every action and state', () => {
    for (const who of [clerk, reader]) {
      for (const status of ['active', 'departed', 'archived']) {
        const can = residentPolicy.can(who, { status });
        for (const action of ['update', 'archive', 'restore', 'addMovement'] as const) {
          expect(can[action]).toBe(refusal(() => residentPolicy.authorize(who, action, { status })) === null);
        }
      }
    }
  });
  it('refuses with the reason the user will read: no permission 403, archived 409', () => {
    expect(refusal(() => residentPolicy.authorize(reader, 'update', { status: 'active' }))).toEqual([403, 'err.forbidden']);
    expect(refusal(() => residentPolicy.authorize(clerk, 'update', { status: 'archived' }))).toEqual([409, 'err.archived']);
    expect(refusal(() => residentPolicy.authorize(clerk, 'restore', { status: 'active' }))).toEqual([409, 'err.notArchived']);
    expect(residentPolicy.can(clerk, { status: 'archived' })).toEqual({ update: false, archive: false, restore: true, addMovement: false });
  });
});
