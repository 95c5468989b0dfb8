import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/server/platform/access/actor';
import type { Permission, Role } from '../../../src/shared/contracts/auth';
import { APPLICATION_STATUSES } from '../../../src/shared/contracts/travel';
import { applicationPolicy, passportPolicy, planPolicy, rulePolicy, type ApplicationFacts } from '../../../src/server/modules/travel/travel.policy';

// The tree: the city office /1/, district office /1/7/ under it, the applying unit /1/7/30/ under that.
const actor = (role: Role, permissions: Permission[], orgUnitId: number, scopePath: string): Actor => ({
  userId: 1,
  username: 'u',
  displayName: 'U',
  role,
  orgUnitId,
  scopePath,
  permissions: new Set(permissions),
  locale: 'zh-CN',
  csrfToken: '',
  ip: '127.0.0.1',
  mustChangePassword: false,
});
const review = ['travel.read', 'travel.review', 'travel.export'] as Permission[];
const cityOffice = actor('office_staff', review, 1, '/1/');
const district = actor('district_operator', review, 7, '/1/7/');
const unit = actor('unit_applicant', ['travel.read', 'travel.apply'], 30, '/1/7/30/');
const leader = actor('leader', ['travel.read', 'travel.approve'], 1, '/1/');
const districtOwnUnit = actor('district_operator', review, 30, '/1/7/30/');
const WHO = { cityOffice, district, unit, leader, districtOwnUnit };

const facts = (status: string, over: Partial<ApplicationFacts> = {}): ApplicationFacts => ({
  status,
  orgUnitId: 30,
  actualReturn: null,
  passportsReturnedOn: null,
  reportFiledOn: null,
  forwarderPath: null,
  rootPath: '/1/',
  ...over,
});
/** Every state an application can be in, with the follow-up and forwarding variants that change the answers. */
const STATES: ApplicationFacts[] = [
  ...APPLICATION_STATUSES.map((s) => facts(s)),
  facts('approved', { actualReturn: '2026-06-12' }),
  facts('approved', { actualReturn: '2026-06-12', passportsReturnedOn: '2026-06-14' }),
  facts('approved', { actualReturn: '2026-06-12', reportFiledOn: '2026-06-20' }),
  facts('forwarded', { forwarderPath: '/1/7/' }),
  facts('forwarded', { forwarderPath: '/1/' }),
];
const refusal = (f: () => void) => {
  try {
    f();
    return null;
  } catch (e) {
    const err = e as { statusCode: number; key: string };
    return [err.statusCode, err.key];
  }
};

describe('one travel rule enforces and presents', () => {
  it('what the page is told equals what the service allows, for every action, role and state', () => {
    for (const who of Object.values(WHO)) {
      for (const state of STATES) {
        const can = applicationPolicy.can(who, state);
        for (const action of Object.keys(can) as Array<keyof typeof can>) {
          expect(can[action], `${who.role}@${who.scopePath} ${action} ${JSON.stringify(state)}`).toBe(
            refusal(() => applicationPolicy.authorize(who, action, state)) === null,
          );
        }
      }
    }
  });

  it('lets the unit edit, submit, withdraw and cancel only at their stages, with the stage error otherwise', () => {
    expect(applicationPolicy.can(unit, facts('draft'))).toMatchObject({
      edit: true,
      submit: true,
      withdraw: false,
      cancel: true,
      review: false,
      uploadAttachment: true,
    });
    expect(applicationPolicy.can(unit, facts('submitted'))).toMatchObject({ edit: false, submit: false, withdraw: true, cancel: false });
    expect(applicationPolicy.can(unit, facts('approved'))).toMatchObject({ cancel: true, recordReturn: true, fileReport: false, passportsReturned: false });
    expect(applicationPolicy.can(unit, facts('approved', { actualReturn: '2026-06-12' }))).toMatchObject({
      cancel: false,
      fileReport: true,
      passportsReturned: false,
    });
    expect(refusal(() => applicationPolicy.authorize(unit, 'edit', facts('submitted')))).toEqual([409, 'err.travelStatus']);
    expect(refusal(() => applicationPolicy.authorize(unit, 'approve', facts('submitted')))).toEqual([403, 'err.forbidden']);
  });

  it("gives the review to an office above the unit, never to the unit's own office", () => {
    expect(applicationPolicy.can(district, facts('submitted'))).toMatchObject({
      review: true,
      approve: true,
      return: true,
      refuse: true,
      forward: true,
      recordDecision: false,
    });
    expect(refusal(() => applicationPolicy.authorize(districtOwnUnit, 'approve', facts('submitted')))).toEqual([403, 'err.travelSelfReview']);
    expect(refusal(() => applicationPolicy.authorize(district, 'approve', facts('approved')))).toEqual([409, 'err.travelStatus']);
  });

  it('hands a forwarded application to the office above the forwarder; the root records a decision taken outside', () => {
    const fromDistrict = facts('forwarded', { forwarderPath: '/1/7/' });
    expect(applicationPolicy.can(cityOffice, fromDistrict)).toMatchObject({ review: true, approve: true, forward: true, recordDecision: true });
    expect(applicationPolicy.can(district, fromDistrict)).toMatchObject({ review: false, recordDecision: false });
    const fromRoot = facts('forwarded', { forwarderPath: '/1/' });
    expect(applicationPolicy.can(cityOffice, fromRoot)).toMatchObject({ review: true, approve: false, recordDecision: true });
    expect(refusal(() => applicationPolicy.authorize(cityOffice, 'approve', fromRoot))).toEqual([409, 'err.travelStatus']);
  });

  it('lets a leader decide only what awaits a leader, and the office take the passports back after the trip', () => {
    expect(applicationPolicy.can(leader, facts('leader_review'))).toMatchObject({ decide: true, review: false, uploadAttachment: false });
    expect(refusal(() => applicationPolicy.authorize(leader, 'decide', facts('submitted')))).toEqual([409, 'err.travelStatus']);
    expect(refusal(() => applicationPolicy.authorize(leader, 'uploadAttachment', facts('draft')))).toEqual([403, 'err.forbidden']);
    expect(applicationPolicy.can(district, facts('approved', { actualReturn: '2026-06-12' }))).toMatchObject({ passportsReturned: true, fileReport: true });
    expect(refusal(() => applicationPolicy.authorize(district, 'passportsReturned', facts('approved')))).toEqual([409, 'err.travelStatus']);
  });

  it("keeps plans to the unit, rules to the root office's administrator and custody to the office", () => {
    expect(planPolicy.can(unit, {})).toEqual({ update: true });
    expect(planPolicy.can(district, {})).toEqual({ update: false });
    const admin = actor('admin', ['travel.read', 'travel.rules'], 1, '/1/');
    expect(rulePolicy.can(admin, { rootUnitId: 1 })).toEqual({ edit: true });
    expect(refusal(() => rulePolicy.authorize(actor('admin', ['travel.rules'], 7, '/1/7/'), 'edit', { rootUnitId: 1 }))).toEqual([403, 'err.forbidden']);
    expect(passportPolicy.can(district, { state: 'in_custody' })).toEqual({ update: true, issue: true, return: false });
    expect(refusal(() => passportPolicy.authorize(district, 'return', { state: 'in_custody' }))).toEqual([409, 'err.passportState']);
  });
});
