import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkAuditDetail, installAuditEvents } from '../../../src/server/platform/audit/events';
import { defineMessages, installMessages, isMessageKey, translate } from '../../../src/server/platform/i18n/i18n';
import { installModules } from '../../../src/server/platform/modules';
import { MODULES } from '../../../src/server/modules/registry';

// Each test installs what it needs and puts the registry's declarations back, as the setup file left them.
const restore = () => installModules(MODULES);

describe('module messages', () => {
  it("speak only once installed, beside the platform's", () => {
    installMessages([]);
    expect(isMessageKey('err.travelStatus')).toBe(false);
    expect(isMessageKey('err.notFound')).toBe(true);
    restore();
    expect(isMessageKey('err.travelStatus')).toBe(true);
    expect(translate('en-US', 'err.passportDuplicate', { number: 'E123' })).toBe('Passport E123 is already registered');
  });

  it('refuse a key two catalogs define', () => {
    const a = defineMessages({ 'err.x': '甲' }, { 'err.x': 'A' });
    expect(() => installMessages([a, a])).toThrow(/"err.x" is defined twice/);
    expect(() => installMessages([defineMessages({ 'err.notFound': '重' }, { 'err.notFound': 'again' })])).toThrow(/defined twice/);
    restore();
  });

  it('fill a missing placeholder with what the caller asks', () => {
    expect(translate('zh-CN', 'err.travelPlanExists', {})).toContain('{year}');
    expect(translate('zh-CN', 'err.travelPlanExists', {}, { missing: '' })).not.toContain('{year}');
  });
});

describe('audit event types', () => {
  it('accept a declared action with its detail and refuse an undeclared one or a wrong detail', () => {
    expect(() => checkAuditDetail('travelReminder.send', { kind: 'report', dueOn: '2027-01-04' })).not.toThrow();
    expect(() => checkAuditDetail('travelReminder.send', { kind: 'holiday', dueOn: '2027-01-04' })).toThrow(/not of its declared type/);
    expect(() => checkAuditDetail('resident.create', { extra: 1 })).toThrow(/not of its declared type/);
    expect(() => checkAuditDetail('resident.create', undefined)).not.toThrow();
    expect(() => checkAuditDetail('resident.teleport', undefined)).toThrow(/not declared/);
  });

  it("know only the installed modules' events, and refuse an action declared twice", () => {
    installAuditEvents([]);
    expect(() => checkAuditDetail('visit.create', undefined)).toThrow(/not declared/);
    expect(() => checkAuditDetail('auth.logout', undefined)).not.toThrow();
    expect(() => installAuditEvents([{ 'auth.logout': z.undefined() }])).toThrow(/declared twice/);
    restore();
    expect(() => checkAuditDetail('visit.create', undefined)).not.toThrow();
  });
});
