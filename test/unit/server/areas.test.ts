import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '../../../src/shared/contracts/org';
import { makeAreaResolver } from '../../../src/server/modules/residents/residents.areas';

let nextId = 1;
const units: OrgUnit[] = [];
const add = (parentId: number | null, kind: OrgUnit['kind'], nameZh: string, archived = false) => {
  const u: OrgUnit = { id: nextId++, parentId, kind, nameZh, nameEn: nameZh, divisionCode: null, depth: 0, archived, version: 1 };
  units.push(u);
  return u.id;
};
const city = add(null, 'city', '杭州市');
const xihu = add(city, 'district', '西湖区');
const shangcheng = add(city, 'district', '上城区');
const beishan = add(xihu, 'street', '北山街道');
const xihuMain = add(xihu, 'street', '中心街道');
const scMain = add(shangcheng, 'street', '中心街道');
const c1 = add(beishan, 'community', '曙光社区');
const c2 = add(xihuMain, 'community', '曙光社区');
const c3 = add(scMain, 'community', '花园社区');
add(scMain, 'community', '旧社区', true);

describe('area names in a sheet', () => {
  const resolve = makeAreaResolver(units, city);

  it('finds a community under its street and district, with or without 居委会', () => {
    expect(resolve('西湖区', '北山街道', '曙光社区')).toBe(c1);
    expect(resolve('西湖区', '北山街道', '曙光社区居委会')).toBe(c1);
    expect(resolve(null, '北山街道', '曙光社区')).toBe(c1);
  });

  it('tells apart streets and communities of the same name by their district', () => {
    expect(resolve('西湖区', '中心街道', null)).toBe(xihuMain);
    expect(resolve('上城区', '中心街道', '花园社区')).toBe(c3);
    expect(resolve('西湖区', '中心街道', '曙光社区')).toBe(c2);
  });

  it('refuses to guess: ambiguous, unknown, archived or mismatched names give null', () => {
    expect(resolve(null, '中心街道', null)).toBeNull();
    expect(resolve(null, null, '曙光社区')).toBeNull();
    expect(resolve('西湖区', '不存在街道', '曙光社区')).toBeNull();
    expect(resolve('上城区', '北山街道', null)).toBeNull();
    expect(resolve('上城区', '中心街道', '旧社区')).toBeNull();
    expect(resolve('西湖区', null, null)).toBeNull();
    expect(resolve(null, null, null)).toBeNull();
  });

  it("files a street operator's rows under their own street when the sheet has no area", () => {
    expect(makeAreaResolver(units, beishan)(null, null, null)).toBe(beishan);
    expect(makeAreaResolver(units, beishan)(null, null, '曙光社区')).toBe(c1);
  });
});

describe('an unknown area name is named', () => {
  const resolve = makeAreaResolver(units, city);
  it('says which of district, street or community was not found', () => {
    expect(resolve.explain('西湖区', '西溪街道', null)).toEqual({ kind: 'street', name: '西溪街道' });
    expect(resolve.explain('东湖区', '北山街道', null)).toEqual({ kind: 'district', name: '东湖区' });
    expect(resolve.explain('西湖区', '北山街道', '月亮社区')).toEqual({ kind: 'community', name: '月亮社区' });
    expect(resolve.explain('西湖区', '北山街道', '曙光社区')).toBeNull();
  });
});
