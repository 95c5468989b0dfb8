import { describe, expect, it } from 'vitest';
import { residentInputSchema } from '../../../src/shared/contracts/residents';
import { statusFor, toStoredFields } from '../../../src/server/modules/residents/residents.normalize';
import { maskDocNumber } from '../../../src/server/modules/residents/residents.policy';
import { impliedMovements } from '../../../src/server/modules/residents/residents.service';

const input = (over: Record<string, unknown> = {}) =>
  residentInputSchema.parse({
    orgUnitId: 7,
    surname: 'kim',
    givenNames: 'min su',
    nationality: '韩国',
    docType: 'passport',
    docNumber: 'ｍ１２３ ４５６７８',
    ...over,
  });

describe('toStoredFields', () => {
  it('normalises what people type into what the ledger stores', () => {
    const r = toStoredFields(input({ nameZh: '金 民洙', docIssuingCountry: 'Republic of Korea', visaType: 'Z签' }));
    if (!('fields' in r)) throw new Error('expected fields');
    expect(r.fields).toMatchObject({
      surname: 'KIM',
      givenNames: 'MIN SU',
      nameZh: '金民洙',
      nationality: 'KOR',
      docIssuingCountry: 'KOR',
      docNumber: 'M12345678',
      visaType: 'Z',
      nameInitials: 'jmz',
    });
  });

  it('defaults the issuing country to the nationality', () => {
    const r = toStoredFields(input({ nationality: 'South Korea' }));
    expect('fields' in r && r.fields.docIssuingCountry).toBe('KOR');
  });

  it('sorts Latin-only names by their Latin spelling and initials', () => {
    const r = toStoredFields(input());
    expect('fields' in r && [r.fields.nameSort, r.fields.nameInitials]).toEqual(['kim min su', 'kms']);
  });

  it.each([
    [{ nationality: 'Narnia' }, 'nationality', 'err.unknownCountry'],
    [{ docIssuingCountry: 'Atlantis' }, 'docIssuingCountry', 'err.unknownCountry'],
    [{ visaType: 'Q9' }, 'visaType', 'err.unknownVisaType'],
    [{ visaIssueDate: '2026-05-02', visaExpiry: '2026-05-01' }, 'visaExpiry', 'err.dateOrder'],
    [{ arrivalDate: '2026-05-02', departureDate: '2026-05-01' }, 'departureDate', 'err.dateOrder'],
    [{ birthDate: '2100-01-01' }, 'birthDate', 'err.date'],
  ])('rejects %o at %s', (over, path, key) => {
    const r = toStoredFields(input(over));
    expect('problems' in r && r.problems.map((p) => [p.path, p.key])).toContainEqual([path, key]);
  });

  it('accepts equal dates at the boundary of each order rule', () => {
    const r = toStoredFields(input({ visaIssueDate: '2026-05-01', visaExpiry: '2026-05-01', arrivalDate: '2026-05-01', departureDate: '2026-05-01' }));
    expect('fields' in r).toBe(true);
  });

  it('drops a registration date when the person is not registered', () => {
    const r = toStoredFields(input({ accommodationRegistered: false, accommodationRegisteredOn: '2026-01-01' }));
    expect('fields' in r && r.fields.accommodationRegisteredOn).toBeNull();
  });
});

describe('statusFor', () => {
  it('is departed from the departure date on, active before it', () => {
    expect(statusFor('2026-11-25', '2026-11-24')).toBe('active');
    expect(statusFor('2026-11-25', '2026-11-25')).toBe('departed');
    expect(statusFor('2026-11-25', '2026-11-26')).toBe('departed');
    expect(statusFor(null, '2026-11-26')).toBe('active');
  });
});

describe('maskDocNumber', () => {
  it('keeps two characters at each end', () => {
    expect(maskDocNumber('E12345678')).toBe('E1*****78');
    expect(maskDocNumber('12345')).toBe('12*45');
    expect(maskDocNumber('1234')).toBe('****');
  });
});

describe('impliedMovements', () => {
  const today = '2026-11-25';
  it('records arrival and registration of a new file', () => {
    const m = impliedMovements(
      null,
      { orgUnitId: 3, arrivalDate: '2026-11-20', accommodationRegistered: true, accommodationRegisteredOn: '2026-11-21' },
      today,
    );
    expect(m.map((x) => [x.kind, x.occurredOn])).toEqual([
      ['arrival', '2026-11-20'],
      ['registration', '2026-11-21'],
    ]);
  });

  it('records an address change when the area or the address changes, never for an unchanged one', () => {
    const before = { orgUnitId: 3, addressBuilding: '1幢', addressRoom: '101', addressDetail: null, arrivalDate: '2026-01-01' };
    expect(impliedMovements(before, { ...before }, today)).toEqual([]);
    const moved = impliedMovements(before, { ...before, orgUnitId: 4 }, today);
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ kind: 'address_change', fromOrgUnitId: 3, toOrgUnitId: 4, occurredOn: today });
    expect(impliedMovements(before, { ...before, addressRoom: '102' }, today)[0].kind).toBe('address_change');
  });

  it('records a departure once, when its date is set or changed', () => {
    const before = { orgUnitId: 3, departureDate: null };
    expect(impliedMovements(before, { departureDate: '2026-12-01' }, today).map((m) => m.kind)).toEqual(['departure']);
    expect(impliedMovements({ ...before, departureDate: '2026-12-01' }, { departureDate: '2026-12-01' }, today)).toEqual([]);
  });
});

describe('permanent residence ID', () => {
  it('checks the 18-character number of a permanent residence card', async () => {
    const { residentIdCheckChar } = await import('../../../src/shared/reference/ids');
    const first17 = '93310619900301001';
    const good = first17 + residentIdCheckChar(first17);
    const bad = first17 + (residentIdCheckChar(first17) === '0' ? '1' : '0');
    expect('fields' in toStoredFields(input({ visaType: 'PR', visaNumber: good }))).toBe(true);
    const r = toStoredFields(input({ visaType: 'PR', visaNumber: bad }));
    expect('problems' in r && r.problems[0]).toMatchObject({ path: 'visaNumber', key: 'err.permanentId' });
  });
});
