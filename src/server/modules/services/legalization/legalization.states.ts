/**
 * The table of states as the code ships it: the office's own rows (service_legalization_states) replace these, so a
 * new accession or a withdrawn objection is entered as data with its source, without a release.
 */
import type { StateFacts } from './legalization.route';

export interface DefaultState extends StateFacts {
  note: string | null;
  source: string;
}

/** The Convention entered into force for China on 7 November 2023 (HCCH status table). */
export const CHINA_IN_FORCE = '2023-11-07';
const HCCH = 'HCCH status table, Convention of 5 October 1961 (https://www.hcch.net/en/instruments/conventions/status-table/?cid=41)';
const MFA = '外交部领事司《关于中国加入〈取消外国公文书认证要求的公约〉的公告》及后续通知 (https://cs.mfa.gov.cn)';

/** Contracting states when the Convention entered into force for China: in force with China from that day. */
const PARTIES_AT_ENTRY =
  'DEU FRA ITA ESP PRT NLD BEL LUX AUT CHE SWE NOR DNK FIN ISL IRL GBR POL CZE SVK HUN ROU BGR GRC HRV SVN EST LVA LTU CYP MLT USA MEX BRA ARG CHL PER COL ECU JPN KOR RUS BLR KAZ UZB MNG AUS NZL ZAF TUR ISR SGP PHL IDN PAK SAU MAR TUN BHR OMN GEO ARM AZE'.split(
    ' ',
  );

/** Later accessions: in force with China from their own date. */
const LATER: ReadonlyArray<[string, string]> = [
  ['CAN', '2024-01-11'],
  ['RWA', '2024-06-05'],
  ['BGD', '2025-03-30'],
];

/** Frequent states of use that are not parties: consular legalization with the embassy's step. */
const NOT_PARTIES = 'EGY VNM ARE THA MYS KHM LAO MMR IRN IRQ KWT QAT NGA ETH DZA CUB'.split(' ');

export const DEFAULT_STATES: readonly DefaultState[] = [
  ...PARTIES_AT_ENTRY.map((iso3) => ({ iso3, apostilleFrom: CHINA_IN_FORCE, objection: false, embassyStep: false, note: null, source: HCCH })),
  ...LATER.map(([iso3, from]) => ({ iso3, apostilleFrom: from, objection: false, embassyStep: false, note: null, source: `${HCCH}; ${MFA}` })),
  {
    iso3: 'IND',
    apostilleFrom: null,
    objection: true,
    embassyStep: true,
    note: '印度对中国加入公约提出异议，公约在中印之间不适用 / India objected to China’s accession: the Convention does not apply between them',
    source: `${HCCH}; ${MFA}`,
  },
  // The Convention has applied in the special administrative regions since before the mainland acceded.
  {
    iso3: 'HKG',
    apostilleFrom: '1997-07-01',
    objection: false,
    embassyStep: false,
    note: '香港特别行政区继续适用公约 / applied in Hong Kong SAR',
    source: HCCH,
  },
  { iso3: 'MAC', apostilleFrom: '1999-12-20', objection: false, embassyStep: false, note: '澳门特别行政区继续适用公约 / applied in Macao SAR', source: HCCH },
  ...NOT_PARTIES.map((iso3) => ({ iso3, apostilleFrom: null, objection: false, embassyStep: true, note: null, source: `${HCCH}; ${MFA}` })),
];
