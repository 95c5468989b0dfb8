import type { CaseKindHooks, KindProblem } from '../cases/kinds';
import { clock } from '@server/clock';
import { effectiveConditions, filingOfRow } from './apec.conditions';
import { applicantsOfCase, filingOfUnit } from './apec.repository';
import { applicantProblems, unmetConditions } from './apec.rules';

/**
 * What the APEC kind adds to the case machinery. The unit's submission is the enterprise's review: it stops on a
 * missing filing, every unmet condition of the city, no applicant, and each applicant's passport, certificate and
 * social insurance as of the day of submission. Each applicant is one card: pieces and persons both count them.
 */
export const apecHooks: CaseKindHooks = {
  kind: 'apec',
  personsMayApply: false,
  async submitProblems(tx, row) {
    const problems: KindProblem[] = [];
    const filing = row.unitId ? await filingOfUnit(tx, row.unitId) : null;
    if (!filing) problems.push({ key: 'svc.apec.noFiling', path: 'filing' });
    else {
      const { conditions } = await effectiveConditions(tx, filing.orgUnitId);
      for (const p of unmetConditions(filingOfRow(filing), conditions)) problems.push({ key: p.key, params: p.params, path: 'filing' });
    }
    const people = await applicantsOfCase(tx, row.id);
    if (!people.length) problems.push({ key: 'svc.apec.noApplicant', path: 'applicants' });
    const today = clock.today();
    people.forEach((a, i) => {
      for (const p of applicantProblems(a, today)) problems.push({ key: p.key, params: { ...p.params, name: a.name }, path: `applicants.${i}` });
    });
    return problems;
  },
  async figures(tx, row) {
    const n = (await applicantsOfCase(tx, row.id)).length;
    return { pieces: n, persons: n, countries: [] };
  },
};
