import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/server/platform/access/actor';
import type { Permission } from '../../../src/shared/contracts/auth';
import { cityPolicy, eventPolicy, visitPolicy } from '../../../src/server/modules/exchanges/exchanges.policy';

const actor = (permissions: Permission[]): Actor => ({
  userId: 1,
  username: 'u',
  displayName: 'U',
  role: 'district_operator',
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

const live = { archivedAt: null };
const archived = { archivedAt: new Date('2026-01-01T00:00:00Z') };
const clerk = actor(['exchanges.read', 'exchanges.write']);
const leader = actor(['exchanges.read']);

describe('one exchanges rule enforces and presents', () => {
  it('what the page is told equals what the service allows, for every kind, action and state', () => {
    const policies = [
      [visitPolicy, ['update', 'archive', 'restore', 'upload']],
      [eventPolicy, ['update', 'archive', 'restore', 'upload']],
      [cityPolicy, ['update', 'archive', 'restore', 'upload', 'addExchange']],
    ] as const;
    for (const [policy, actions] of policies) {
      for (const who of [clerk, leader]) {
        for (const record of [live, archived]) {
          const can = policy.can(who, record) as Record<string, boolean>;
          expect(Object.keys(can).sort()).toEqual([...actions].sort());
          for (const action of actions) {
            expect(can[action]).toBe(refusal(() => (policy.authorize as (a: Actor, x: string, r: typeof record) => void)(who, action, record)) === null);
          }
        }
      }
    }
  });

  it('refuses with the reason the user will read: no permission 403, archived 409, restoring a live record 409', () => {
    expect(refusal(() => visitPolicy.authorize(leader, 'update', live))).toEqual([403, 'err.forbidden']);
    expect(refusal(() => visitPolicy.authorize(leader, 'restore', archived))).toEqual([403, 'err.forbidden']);
    expect(refusal(() => visitPolicy.authorize(clerk, 'update', archived))).toEqual([409, 'err.archived']);
    expect(refusal(() => eventPolicy.authorize(clerk, 'archive', archived))).toEqual([409, 'err.archived']);
    expect(refusal(() => cityPolicy.authorize(clerk, 'upload', archived))).toEqual([409, 'err.archived']);
    expect(refusal(() => cityPolicy.authorize(clerk, 'addExchange', archived))).toEqual([409, 'err.archived']);
    expect(refusal(() => cityPolicy.authorize(clerk, 'restore', live))).toEqual([409, 'err.notArchived']);
    expect(refusal(() => visitPolicy.authorize(clerk, 'upload', live))).toBeNull();
  });

  it('tells the page: a live record may be edited, archived and given files; an archived one only restored', () => {
    expect(visitPolicy.can(clerk, live)).toEqual({ update: true, archive: true, restore: false, upload: true });
    expect(eventPolicy.can(clerk, archived)).toEqual({ update: false, archive: false, restore: true, upload: false });
    expect(cityPolicy.can(clerk, live)).toEqual({ update: true, archive: true, restore: false, upload: true, addExchange: true });
    expect(cityPolicy.can(leader, live)).toEqual({ update: false, archive: false, restore: false, upload: false, addExchange: false });
  });
});
