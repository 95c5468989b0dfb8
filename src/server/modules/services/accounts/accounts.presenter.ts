import type { Registration, RegistrationFile, RegistrationState } from '@shared/contracts/services-accounts';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { orgUnitNames } from '@server/platform/org/org.service';
import { displayNames } from '@server/platform/users/users.service';
import { registrationPolicy } from './accounts.policy';
import { registrationFiles } from './accounts.service';
import type { RegistrationRow } from './accounts.repository';

/** Registrations as the review page shows them: the district's and the reviewer's names, the two files. Never the password's hash or the token's. */
export async function presentRegistrations(db: Db, actor: Actor, rows: RegistrationRow[]): Promise<Registration[]> {
  const [districts, reviewers, files] = await Promise.all([
    orgUnitNames(
      db,
      rows.map((r) => r.orgUnitId),
      actor.locale,
    ),
    displayNames(
      db,
      rows.flatMap((r) => (r.reviewedBy ? [r.reviewedBy] : [])),
    ),
    registrationFiles(db, actor, rows),
  ]);
  const byId = new Map(files.map((f) => [f.id, f]));
  return rows.map((r) => ({
    id: r.id,
    state: r.state as RegistrationState,
    unitNameZh: r.unitNameZh,
    unitNameEn: r.unitNameEn,
    creditCode: r.creditCode,
    address: r.address,
    districtId: r.orgUnitId,
    districtName: districts.get(r.orgUnitId) ?? '',
    clerkName: r.clerkName,
    clerkIdNumber: r.clerkIdNumber,
    phone: r.phone,
    email: r.email,
    username: r.username,
    files: (
      [
        ['filing', r.filingId],
        ['licence', r.licenceId],
      ] as Array<[RegistrationFile, number | null]>
    ).flatMap(([kind, id]) => {
      const f = id ? byId.get(id) : undefined;
      return f ? [{ id: f.id, kind, name: f.name, size: f.size }] : [];
    }),
    submittedAt: r.createdAt.toISOString(),
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    reviewedBy: r.reviewedBy ? (reviewers.get(r.reviewedBy) ?? null) : null,
    rejectReason: r.rejectReason,
    unitId: r.unitId,
    userId: r.userId,
    version: r.version,
    can: registrationPolicy.can(actor, r),
  }));
}
