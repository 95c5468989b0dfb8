import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/server/config';

describe('TRUST_PROXY and COOKIE_SECURE', () => {
  it('trusts nobody by default and takes addresses, CIDRs, names or a hop count', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1,loopback' }).TRUST_PROXY).toEqual(['10.0.0.5', '10.1.0.0/16', '::1', 'loopback']);
    expect(loadConfig({}).COOKIE_SECURE).toBe('auto');
  });

  it('refuses what is not an address: a typo must not silently trust everyone or no one', () => {
    for (const bad of ['true', '10.0.0.300', '10.0.0.0/33', 'example.org', '10.0.0.1/8/2']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
    }
    expect(() => loadConfig({ COOKIE_SECURE: 'yes' })).toThrow(/COOKIE_SECURE/);
  });
});
