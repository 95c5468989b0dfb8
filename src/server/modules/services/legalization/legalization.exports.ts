/** The register as the office downloads it: exactly the rows of the page's filter, in the caller's language. */
import type { RegisterQuery } from '@shared/contracts/services-legalization';
import { DOCUMENT_TYPE_LABELS, LEGALIZATION_ROUTE_LABELS } from '@shared/labels/services-legalization';
import { labelOf, say } from '@shared/labels/labels';
import { countryName } from '@shared/reference/countries';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { recordAudit } from '@server/platform/audit/audit';
import type { Sheet } from '@server/platform/files/excel';
import { clock } from '@server/clock';
import { listRegister } from './legalization.service';
import { presentRegisterEntry } from './legalization.presenter';

const COLUMNS = [
  ['number', { zh: '编号', en: 'Number' }, 16],
  ['route', { zh: '认证方式', en: 'Route' }, 16],
  ['issuedOn', { zh: '签发日期', en: 'Date' }, 12],
  ['signerName', { zh: '签署人', en: 'Signer' }, 12],
  ['signerCapacity', { zh: '签署人身份', en: 'Capacity' }, 16],
  ['authority', { zh: '出证机构', en: 'Authority' }, 20],
  ['caseNumber', { zh: '受理编号', en: 'Case number' }, 16],
  ['applicantName', { zh: '送办单位/申请人', en: 'Applicant' }, 20],
  ['docType', { zh: '文书类别', en: 'Type of document' }, 16],
  ['issuer', { zh: '文书签发机构', en: 'Issuer of the document' }, 20],
  ['documentIssuedOn', { zh: '文书签发日期', en: 'Date of the document' }, 12],
  ['countryOfUse', { zh: '文书使用国', en: 'Country of use' }, 14],
  ['pieces', { zh: '份数', en: 'Pieces' }, 8],
] as const;

/** The register of the caller's subtree as filtered, as a sheet; the download is audited with its filter. */
export async function registerSheet(db: Db, actor: Actor, q: RegisterQuery): Promise<Sheet> {
  const locale = actor.locale;
  const rows = (await listRegister(db, actor, q)).map((r) => presentRegisterEntry(r, locale));
  await recordAudit(db, actor, {
    action: 'legalization.register.export',
    entityType: 'legalization_register',
    orgUnitId: actor.orgUnitId,
    detail: { filter: q, rows: rows.length },
  });
  async function* lines() {
    for (const r of rows) {
      yield {
        ...r,
        route: labelOf(LEGALIZATION_ROUTE_LABELS, r.route, locale),
        docType: labelOf(DOCUMENT_TYPE_LABELS, r.docType, locale),
        countryOfUse: countryName(r.countryOfUse, locale),
      };
    }
  }
  return {
    fileName: `${say({ zh: '认证登记簿', en: 'legalization-register' }, locale)}-${clock.today()}.xlsx`,
    sheetName: say({ zh: '登记簿', en: 'Register' }, locale),
    columns: COLUMNS.map(([key, label, width]) => ({ key, header: say(label, locale), width })),
    rows: lines(),
  };
}
