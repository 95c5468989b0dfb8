import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { CaseKind, CaseStatus } from '@shared/contracts/services';

/** What the case page hands a kind's panel: the case it shows and a way to say the case changed. */
export interface KindPanelProps {
  caseId: number;
  status: CaseStatus;
  version: number;
  /** Whether the caller may change the kind's facts now (the case's `can` says so). */
  editable: boolean;
  onChanged: () => void;
}

/**
 * Each kind's panel on the case page (cases/CaseDetailPage): its own facts (invitees, the APEC applicant and
 * economies, the documents to legalize, the passports of a batch) and its own actions.
 */
export const KIND_PANELS: Readonly<Record<CaseKind, LazyExoticComponent<ComponentType<KindPanelProps>>>> = {
  invitation: lazy(() => import('./invitation/InvitationPanel')),
  apec: lazy(() => import('./apec/ApecPanel')),
  legalization: lazy(() => import('./legalization/LegalizationPanel')),
  visa: lazy(() => import('./visa/VisaPanel')),
};
