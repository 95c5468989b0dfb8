import { countries } from 'countries-list';
import { alpha3ToAlpha2 } from './countries.js';

export const CONTINENTS = ['AS', 'EU', 'AF', 'NA', 'SA', 'OC', 'AN'] as const;
export type Continent = (typeof CONTINENTS)[number];

export const CONTINENT_NAMES: Record<Continent, { zh: string; en: string }> = {
  AS: { zh: '亚洲', en: 'Asia' },
  EU: { zh: '欧洲', en: 'Europe' },
  AF: { zh: '非洲', en: 'Africa' },
  NA: { zh: '北美洲', en: 'North America' },
  SA: { zh: '南美洲', en: 'South America' },
  OC: { zh: '大洋洲', en: 'Oceania' },
  AN: { zh: '南极洲', en: 'Antarctica' },
};

/** The continent of a country (alpha-3); Latin America is split as North/South America per countries-list. */
export function continentOf(alpha3: string): Continent | null {
  const a2 = alpha3ToAlpha2(alpha3);
  if (!a2) return null;
  const entry = (countries as Record<string, { continent: string }>)[a2];
  return (entry?.continent as Continent | undefined) ?? null;
}
