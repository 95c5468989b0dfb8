/** Who may change a legalization case's documents, when: the same rule answers the page's `can` and the server's check. */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../../src/server/platform/access/actor';
import type { Permission } from '../../../../src/shared/contracts/auth';
import { CASE_STATUSES } from '../../../../src/shared/contracts/services';
import { itemPolicy } from '../../../../src/server/modules/services/legalization/legalization.policy';

const actor = (permissions: Permission[]): Actor => ({
  userId: 1,
  username: 'u',
  displayName: 'U',
  role: 'office_staff',
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

const applicant = actor(['services.read', 'services.apply']);
const window = actor(['services.read', 'services.handle']);
const leader = actor(['services.read', 'services.approve']);

describe('the documents policy', () => {
  it('lets the applicant change them in a draft or while answering a notice, the window until it decides, a reader never', () => {
    const open = (a: Actor) => CASE_STATUSES.filter((status) => itemPolicy.allows(a, 'add', { kind: 'legalization', status }));
    expect(open(applicant)).toEqual(['draft', 'noticed']);
    expect(open(window)).toEqual(['draft', 'submitted', 'noticed', 'accepted']);
    expect(open(leader)).toEqual([]);
    expect(refusal(() => itemPolicy.authorize(applicant, 'update', { kind: 'legalization', status: 'submitted' }))).toEqual([
      409,
      'svc.legalization.notEditable',
    ]);
    expect(refusal(() => itemPolicy.authorize(leader, 'archive', { kind: 'legalization', status: 'draft' }))).toEqual([403, 'err.forbidden']);
    expect(refusal(() => itemPolicy.authorize(window, 'add', { kind: 'visa', status: 'draft' }))).toEqual([400, 'svc.legalization.notLegalization']);
  });

  it('says in `can` exactly what authorize allows', () => {
    for (const a of [applicant, window, leader])
      for (const status of CASE_STATUSES) {
        const record = { kind: 'legalization', status };
        const can = itemPolicy.can(a, record);
        for (const action of ['add', 'update', 'archive'] as const)
          expect(can[action], `${status} ${action}`).toBe(refusal(() => itemPolicy.authorize(a, action, record)) === null);
      }
  });
});
