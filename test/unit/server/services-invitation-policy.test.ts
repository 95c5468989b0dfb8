/** Who may fill in, download and close out an invitation letter, at each status of its case. */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/server/platform/access/actor';
import { permissionsOf } from '../../../src/server/platform/access/roles';
import type { Role } from '../../../src/shared/contracts/auth';
import { invitationPolicy } from '../../../src/server/modules/services/invitation/invitation.policy';

const actor = (role: Role): Actor => ({
  userId: 1,
  username: 'u',
  displayName: 'U',
  role,
  orgUnitId: 1,
  scopePath: '/1/',
  permissions: new Set(permissionsOf(role)),
  locale: 'zh-CN',
  csrfToken: '',
  ip: '127.0.0.1',
  mustChangePassword: false,
});
const [unit, staff, leader, street] = (['unit_applicant', 'office_staff', 'leader', 'street_operator'] as const).map(actor);
const letter = (caseStatus: string, issued = false, closedOut = false) => ({
  caseStatus,
  letterNumber: issued ? '2026邀字第001号' : null,
  closedOutOn: closedOut ? '2026-12-20' : null,
});
const answer = (a: Actor, action: 'edit' | 'download' | 'closeOut', r: ReturnType<typeof letter>) => {
  try {
    invitationPolicy.authorize(a, action, r);
    return 'yes';
  } catch (e) {
    return (e as { statusCode: number }).statusCode;
  }
};

describe('invitation letter policy', () => {
  it('the unit fills it in as a draft and when answering a notice; the window a draft only; a leader never', () => {
    expect(['draft', 'noticed', 'submitted', 'accepted', 'issued'].map((s) => answer(unit, 'edit', letter(s)))).toEqual(['yes', 'yes', 409, 409, 409]);
    expect(['draft', 'noticed', 'submitted'].map((s) => answer(staff, 'edit', letter(s)))).toEqual(['yes', 409, 409]);
    expect(answer(leader, 'edit', letter('draft'))).toBe(403);
    expect(answer(street, 'edit', letter('draft'))).toBe(403);
  });

  it('downloads only an issued letter with its number, for the unit, the window and the leader', () => {
    for (const a of [unit, staff, leader]) {
      expect(answer(a, 'download', letter('accepted'))).toBe(409);
      expect(answer(a, 'download', letter('issued', true))).toBe('yes');
      expect(answer(a, 'download', letter('closed', true))).toBe('yes');
    }
    expect(answer(street, 'download', letter('issued', true))).toBe(403);
  });

  it('closes out an issued letter once, by the unit or the window', () => {
    expect(answer(unit, 'closeOut', letter('accepted'))).toBe(409);
    expect(answer(unit, 'closeOut', letter('issued', true))).toBe('yes');
    expect(answer(staff, 'closeOut', letter('issued', true))).toBe('yes');
    expect(answer(unit, 'closeOut', letter('issued', true, true))).toBe(409);
    expect(answer(leader, 'closeOut', letter('issued', true))).toBe(403);
  });
});
