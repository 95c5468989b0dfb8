import { describe, expect, it } from 'vitest';
import { scopeOf, type Scope } from '../../../src/server/platform/access/scope';

// The compile-time half of this test is `npm run typecheck`: each @ts-expect-error line fails the
// type check if the line below it ever compiles (a Scope made from anything but the actor).
describe('Scope is made only from the signed-in actor', () => {
  it('refuses a hand-made path or an org row at compile time, accepts scopeOf(actor)', () => {
    // @ts-expect-error a literal path is not a Scope
    const literal: Scope = { path: '/' };
    const orgRow = { id: 1, path: '/1/', kind: 'city' };
    // @ts-expect-error an org row is not a Scope
    const fromRow: Scope = orgRow;
    const scope: Scope = scopeOf({ scopePath: '/1/7/' });
    expect(scope.path).toBe('/1/7/');
    expect([literal.path, fromRow.path]).toEqual(['/', '/1/']);
  });
});
