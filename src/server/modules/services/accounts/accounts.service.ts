/**
 * Unit accounts: a unit registers on the public page, uploads its two files with the token it was given, and the
 * office of its district approves it (an org unit under the district and the clerk's account, in one transaction,
 * through the platform's createOrgUnit and createUser) or rejects it with a reason. Nothing is deleted.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Locale } from '@shared/contracts/common';
import { REGISTRATION_MAX_UPLOADS, type RegistrationFile, type RegistrationState } from '@shared/contracts/services-accounts';
import { unitName } from '@shared/labels/platform';
import { clock } from '@server/clock';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import type { AuditActor } from '@server/platform/audit/audit';
import { assertStrongPassword } from '@server/platform/auth/password-policy';
import { hashPassword } from '@server/platform/auth/sessions';
import { AppError, conflict, duplicateOf, fieldError, notFound, refusingDuplicates } from '@server/platform/http/errors';
import { createOrgUnit, getOrgUnitById, listOrgUnits } from '@server/platform/org/org.service';
import { createUser } from '@server/platform/users/users.service';
import { registrationPolicy } from './accounts.policy';
import type { ReceivedFile } from './accounts.files';
import * as repo from './accounts.repository';
import type { RegistrationRow } from './accounts.repository';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The districts a unit may register under: names and ids only, for the public page. */
export async function publicDistricts(db: Db) {
  // The whole tree's districts, to anyone: their names are public (they are on every government website).
  const all = await listOrgUnits(db, scopeOf({ scopePath: '/' }));
  return all.filter((u) => u.kind === 'district' && !u.archived).map((u) => ({ id: u.id, nameZh: u.nameZh, nameEn: u.nameEn }));
}

export interface RegistrationValues {
  unitNameZh: string;
  unitNameEn: string;
  creditCode: string;
  address: string;
  districtId: number;
  clerkName: string;
  clerkIdNumber: string;
  phone: string;
  email: string;
  username: string;
  password: string;
}

/** Takes a registration from the public page; answers the token that shows its state and takes its files. */
export async function registerUnit(db: Db, who: AuditActor, input: RegistrationValues): Promise<{ token: string; state: RegistrationState }> {
  const district = await getOrgUnitById(db, input.districtId);
  if (!district || district.kind !== 'district' || district.archived) throw fieldError('districtId', 'svc.accounts.notADistrict');
  assertStrongPassword('password', input.password, { username: input.username, displayName: input.clerkName });
  const token = randomBytes(24).toString('base64url');
  const { password, districtId, ...rest } = input;
  await refusingDuplicates(
    async () =>
      repo.addRegistration(db, who, {
        ...rest,
        orgUnitId: districtId,
        tokenHash: hashToken(token),
        passwordHash: await hashPassword(password),
        ip: who.ip,
        state: 'pending',
      }),
    {
      service_unit_registrations_credit_idx: () => duplicateOf('creditCode', 'svc.accounts.creditCodeTaken', { code: input.creditCode }),
      service_unit_registrations_username_idx: () => duplicateOf('username', 'svc.accounts.usernamePending'),
    },
  );
  return { token, state: 'pending' };
}

async function byToken(db: Db, token: string): Promise<RegistrationRow> {
  const row = await repo.findRegistrationByToken(db, hashToken(token));
  if (!row) throw notFound();
  return row;
}

/** The applicant's view of their registration: its state and the office's answer. */
export async function registrationStatus(db: Db, token: string, locale: Locale) {
  const row = await byToken(db, token);
  const district = await getOrgUnitById(db, row.orgUnitId);
  return {
    state: row.state as RegistrationState,
    unitNameZh: row.unitNameZh,
    districtName: district ? unitName(district, locale) : '',
    submittedAt: row.createdAt.toISOString(),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    rejectReason: row.rejectReason,
    username: row.state === 'approved' ? row.username : null,
    files: { filing: !!row.filingId, licence: !!row.licenceId },
  };
}

/** A file of a pending registration, from the holder of its token; a few uploads per registration at most. */
export async function uploadRegistrationFile(
  db: Db,
  who: AuditActor,
  token: string,
  kind: RegistrationFile,
  receive: () => Promise<ReceivedFile>,
  locale: Locale,
) {
  const row = await byToken(db, token);
  if (row.state !== 'pending' || row.uploads >= REGISTRATION_MAX_UPLOADS) throw new AppError(409, 'svc.accounts.uploadClosed');
  await repo.addRegistrationFile(db, who, row, kind, await receive(), REGISTRATION_MAX_UPLOADS);
  return registrationStatus(db, token, locale);
}

/** The registrations of a state under the caller's tree, newest first. */
export async function listRegistrations(db: Db, actor: Actor, state: RegistrationState) {
  return repo.listRegistrations(db, scopeOf(actor), state);
}

async function findRegistration(db: Db, actor: Actor, id: number): Promise<RegistrationRow> {
  const row = await repo.findRegistration(db, scopeOf(actor), id);
  if (!row) throw notFound();
  return row;
}
/** For the attachments' download: the registration the file belongs to, in the caller's scope, else 404. */
export const registrationForFile = findRegistration;

/** Approves a registration: the unit under its district and the clerk's account, with the registration, or nothing. */
export async function approveRegistration(db: Db, actor: Actor, id: number, input: { version: number }): Promise<RegistrationRow> {
  const row = await findRegistration(db, actor, id);
  registrationPolicy.authorize(actor, 'approve', row);
  if (row.version !== input.version) throw conflict();
  return db.transaction(async (tx) => {
    const unit = await createOrgUnit(tx, actor, { parentId: row.orgUnitId, kind: 'unit', nameZh: row.unitNameZh, nameEn: row.unitNameEn || undefined });
    const user = await createUser(tx, actor, {
      username: row.username,
      displayName: row.clerkName,
      role: 'unit_applicant',
      orgUnitId: unit.id,
      password: { hash: row.passwordHash },
      locale: 'zh-CN',
    });
    const changes = { state: 'approved', reviewedAt: clock.now(), reviewedBy: actor.userId, unitId: unit.id, userId: user.id };
    return repo.saveRegistration(tx, actor, row, input.version, changes, 'serviceRegistration.approve', { unitId: unit.id, userId: user.id });
  });
}

/** Rejects a registration with the office's reason, which the applicant reads on the status page. */
export async function rejectRegistration(db: Db, actor: Actor, id: number, input: { version: number; reason: string }): Promise<RegistrationRow> {
  const row = await findRegistration(db, actor, id);
  registrationPolicy.authorize(actor, 'reject', row);
  const changes = { state: 'rejected', reviewedAt: clock.now(), reviewedBy: actor.userId, rejectReason: input.reason };
  return repo.saveRegistration(db, actor, row, input.version, changes, 'serviceRegistration.reject');
}

/** The files the registrations point at, read in the caller's scope. */
export async function registrationFiles(db: Db, actor: Actor, rows: RegistrationRow[]) {
  return repo.listRegistrationFiles(
    db,
    scopeOf(actor),
    rows.flatMap((r) => [r.filingId, r.licenceId].filter((x): x is number => !!x)),
  );
}

/** The address a unit gave when its account was approved, for the documents the window issues it ('' when none). */
export async function unitAddress(db: Db, actor: Actor, unitId: number): Promise<string> {
  return (await repo.findApprovedRegistrationOfUnit(db, scopeOf(actor), unitId))?.address ?? '';
}
