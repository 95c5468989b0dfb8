import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/server/platform/access/actor';
import type { Permission } from '../../../src/shared/contracts/auth';
import { apecCasePolicy, cardPolicy } from '../../../src/server/modules/services/apec/apec.policy';

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
const unit = actor(['services.read', 'services.apply']);
const window = actor(['services.read', 'services.handle']);
const leader = actor(['services.read', 'services.approve']);

describe('apec case policy', () => {
  it('lets the unit and the window change applicants only while the case is the unit’s (draft or answering a notice)', () => {
    for (const status of ['draft', 'noticed']) {
      expect(apecCasePolicy.allows(unit, 'editApplicants', { status })).toBe(true);
      expect(apecCasePolicy.allows(window, 'editApplicants', { status })).toBe(true);
      expect(apecCasePolicy.allows(leader, 'editApplicants', { status })).toBe(false);
    }
    for (const status of ['submitted', 'accepted', 'issued', 'refused', 'closed', 'withdrawn'])
      expect(apecCasePolicy.allows(unit, 'editApplicants', { status })).toBe(false);
  });

  it('takes the Ministry’s decision and the cards from the window only, once the case is forwarded (issued) or closed', () => {
    for (const status of ['draft', 'submitted', 'noticed', 'accepted', 'refused', 'withdrawn']) {
      expect(apecCasePolicy.allows(window, 'ministry', { status })).toBe(false);
      expect(apecCasePolicy.allows(window, 'cards', { status })).toBe(false);
    }
    for (const status of ['issued', 'closed']) {
      expect(apecCasePolicy.can(window, { status })).toMatchObject({ ministry: true, cards: true });
      expect(apecCasePolicy.can(unit, { status })).toMatchObject({ ministry: false, cards: false });
    }
  });

  it('changes a valid card only', () => {
    expect(cardPolicy.allows(window, 'change', { state: 'valid' })).toBe(true);
    expect(cardPolicy.allows(window, 'change', { state: 'replaced' })).toBe(false);
    expect(cardPolicy.allows(window, 'change', { state: 'cancelled' })).toBe(false);
    expect(cardPolicy.allows(unit, 'change', { state: 'valid' })).toBe(false);
  });
});
