/**
 * The templates' part of the walks. The templates are one set for the installation (nothing of B's to leak), so the
 * walk proves who may write: a district's users, its admin included, are refused every write and change nothing.
 */
import { serviceTemplates } from '../../../src/server/modules/services/templates/templates.table';
import type { Route } from '../../helpers/walk';
import { ok, type AreaWalk, type World } from './world';

const T = '/api/services/templates';
const ONE = `${T}/case.acceptance/zh-CN`;
const body = (version: number) => ({ title: '受理通知书', body: '# 受理通知书\n{{applicantName}}：已受理。', version });
const versionOf = async (w: World) => (ok(await w.cityStaff.get(ONE)) as { version: number }).version;

export const templatesWalk: AreaWalk = {
  name: 'templates',
  async seed(w) {
    ok(await w.cityStaff.put(ONE, body(0)));
  },
  routes(w): Route[] {
    const read = { perm: 'services.read' as const, outsider: [200], insider: [200] };
    return [
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
  targets() {
    return [
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
