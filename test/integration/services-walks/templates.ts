/**
 * The templates' part of the walks. The templates are one set for the installation (nothing of B's to leak), so the
 * walk proves who may write: a district's users, its admin included, are refused every write and change nothing.
 */
import { serviceTemplates } from '../../../src/server/modules/services/templates/templates.table';
import type { Route } from '../../helpers/walk';
import { ok, type AreaWalk, type World } from './world';
import { fillInvitation } from '../../helpers/invitation';

const T = '/api/services/templates';
const ONE = `${T}/case.acceptance/zh-CN`;
const body = (version: number) => ({ title: '受理通知书', body: '# 受理通知书\n{{applicantName}}：已受理。', version });
const versionOf = async (w: World) => (ok(await w.cityStaff.get(ONE)) as { version: number }).version;
const C = '/api/services/cases';
const FORMS = ['acceptance', 'notice', 'refusal'] as const;
/** B's accepted case (no notice, no refusal): its acceptance prints for the city, its other forms are not due. */
const caseOfB = new WeakMap<World, number>();

export const templatesWalk: AreaWalk = {
  name: 'templates',
  async seed(w) {
    ok(await w.cityStaff.put(ONE, body(0)));
    let d = ok(await w.applicantB.post(C, { kind: 'invitation', title: `${w.secretB}受理` }), 201);
    await fillInvitation(w.applicantB, d.case.id);
    d = ok(await w.applicantB.post(`${C}/${d.case.id}/submit`, { version: d.case.version }));
    d = ok(await w.cityStaff.post(`${C}/${d.case.id}/accept`, { version: d.case.version }));
    caseOfB.set(w, d.case.id as number);
  },
  routes(w): Route[] {
    const read = { perm: 'services.read' as const, outsider: [200], insider: [200] };
    const b = caseOfB.get(w)!;
    return [
      ...FORMS.map((f) => ({
        key: `GET ${C}/:id/forms/${f}.docx`,
        calls: () => [{ url: `${C}/${b}/forms/${f}.docx`, perm: 'services.read' as const, outsider: [404], insider: f === 'acceptance' ? [200] : [409] }],
      })),
      { key: `GET ${T}`, calls: () => [{ url: T, ...read }] },
      { key: `GET ${T}/:key/:locale`, calls: () => [{ url: ONE, ...read }] },
      { key: `GET ${T}/:key/:locale/preview.docx`, calls: () => [{ url: `${ONE}/preview.docx`, ...read }] },
      {
        key: `PUT ${T}/:key/:locale`,
        calls: async () => [{ url: ONE, method: 'PUT', payload: body(await versionOf(w)), perm: 'services.manage', outsider: [403], insider: [200] }],
      },
      {
        key: `POST ${T}/:key/:locale/reset`,
        calls: async () => [
          {
            url: `${ONE}/reset`,
            method: 'POST',
            payload: { version: Math.max(1, await versionOf(w)) },
            perm: 'services.manage',
            outsider: [403],
            insider: [200, 409],
          },
        ],
      },
    ];
  },
  async snapshotB(w) {
    return w.ctx.db.select().from(serviceTemplates);
  },
  targets(w) {
    const b = caseOfB.get(w)!;
    return [
      ...FORMS.map((f) => ({
        key: `GET ${C}/:id/forms/${f}.docx`,
        method: 'GET' as const,
        url: (id: string) => `${C}/${id}/forms/${f}.docx`,
        id: () => b,
        queries: ['locale=fr-FR', 'locale='],
        as: 'city' as const,
      })),
      { key: `GET ${T}`, method: 'GET', url: () => T, as: 'city' },
      { key: `GET ${T}/:key/:locale`, method: 'GET', url: () => `${T}/case.nope/zh-CN`, as: 'city' },
      { key: `GET ${T}/:key/:locale/preview.docx`, method: 'GET', url: () => `${T}/case.notice/fr-FR/preview.docx`, as: 'city' },
      {
        key: `PUT ${T}/:key/:locale`,
        method: 'PUT',
        url: () => `${T}/case.refusal/en-US`,
        body: () => ({ title: 'Refusal', body: 'Text', version: 0 }),
        zeroOk: ['version'],
        required: ['title', 'body', 'version'],
        bad: () => [
          ['unknown field', { body: '{{nobody}}' }, 'body'],
          ['unclosed block', { body: '{{#items}}' }, 'body'],
          ['blank title', { title: '   ' }, 'title'],
        ],
        as: 'admin',
      },
      {
        key: `POST ${T}/:key/:locale/reset`,
        method: 'POST',
        url: () => `${T}/case.refusal/en-US/reset`,
        body: () => ({ version: 1 }),
        required: ['version'],
        as: 'admin',
      },
    ];
  },
};
