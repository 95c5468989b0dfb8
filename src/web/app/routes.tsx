import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Spin } from 'antd';
import type { Permission } from '../../shared/contracts/auth';
import { useSession } from '../ui/session';
import { AppLayout } from './AppLayout';
import { ForbiddenPage, NotFoundPage } from '../ui/ResultPages';
import { LoginPage } from './auth/LoginPage';
import { ChangePasswordPage } from './auth/ChangePasswordPage';

const DashboardPage = lazy(() => import('../modules/residents/dashboard/DashboardPage'));
const ResidentsListPage = lazy(() => import('../modules/residents/ResidentsListPage'));
const ResidentFormPage = lazy(() => import('../modules/residents/ResidentFormPage'));
const ResidentDetailPage = lazy(() => import('../modules/residents/ResidentDetailPage'));
const ImportPage = lazy(() => import('../modules/residents/ImportPage'));
const AuditPage = lazy(() => import('../modules/admin/AuditPage'));
const UsersPage = lazy(() => import('../modules/admin/UsersPage'));
const OrgPage = lazy(() => import('../modules/admin/OrgPage'));
const WorkingCalendarPage = lazy(() => import('../modules/admin/CalendarPage'));
const VisitsListPage = lazy(() => import('../modules/exchanges/VisitsListPage'));
const VisitFormPage = lazy(() => import('../modules/exchanges/VisitFormPage'));
const VisitDetailPage = lazy(() => import('../modules/exchanges/VisitDetailPage'));
const EventsListPage = lazy(() => import('../modules/exchanges/EventsListPage'));
const EventFormPage = lazy(() => import('../modules/exchanges/EventFormPage'));
const EventDetailPage = lazy(() => import('../modules/exchanges/EventDetailPage'));
const CalendarPage = lazy(() => import('../modules/exchanges/CalendarPage'));
const ExchangeStatsPage = lazy(() => import('../modules/exchanges/ExchangeStatsPage'));
const CitiesListPage = lazy(() => import('../modules/exchanges/CitiesListPage'));
const CityFormPage = lazy(() => import('../modules/exchanges/CityFormPage'));
const CityDetailPage = lazy(() => import('../modules/exchanges/CityDetailPage'));
const CityStatsPage = lazy(() => import('../modules/exchanges/CityStatsPage'));
const CityImportPage = lazy(() => import('../modules/exchanges/CityImportPage'));
const AnniversariesPage = lazy(() => import('../modules/exchanges/AnniversariesPage'));
const ApplicationsListPage = lazy(() => import('../modules/travel/ApplicationsListPage'));
const ApplicationFormPage = lazy(() => import('../modules/travel/ApplicationFormPage'));
const ApplicationDetailPage = lazy(() => import('../modules/travel/ApplicationDetailPage'));
// The travel office's pages (plans, follow-up, passports, statistics, rules) live in pages/travel/office/.
const PlansPage = lazy(() => import('../modules/travel/office/PlansPage'));
const FollowUpPage = lazy(() => import('../modules/travel/office/FollowUpPage'));
const PassportsPage = lazy(() => import('../modules/travel/office/PassportsPage'));
const TravelStatsPage = lazy(() => import('../modules/travel/office/TravelStatsPage'));
const RulesPage = lazy(() => import('../modules/travel/office/RulesPage'));

export function FullSpin() {
  return (
    <div style={{ padding: 80, textAlign: 'center' }}>
      <Spin size="large" />
    </div>
  );
}

/** Sends anonymous visitors to /login and users who must change their password to that page first. */
function RequireAuth({ children, allowPasswordChange }: { children: ReactNode; allowPasswordChange?: boolean }) {
  const { data, isLoading } = useSession();
  const loc = useLocation();
  if (isLoading) return <FullSpin />;
  if (!data) {
    const next = loc.pathname + loc.search;
    return <Navigate to={next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login'} replace />;
  }
  if (data.user.mustChangePassword && !allowPasswordChange) return <Navigate to="/change-password" replace />;
  return <>{children}</>;
}

function Perm({ p, children }: { p: Permission; children: ReactNode }) {
  const { data } = useSession();
  if (!data?.user.permissions.includes(p)) return <ForbiddenPage />;
  return <Suspense fallback={<FullSpin />}>{children}</Suspense>;
}

/** The first page this user may open: the dashboard for most, the ledger otherwise. */
export function homePath(perms: readonly string[]): string {
  if (perms.includes('stats.read')) return '/dashboard';
  if (perms.includes('residents.read')) return '/residents';
  if (perms.includes('exchanges.read')) return '/exchanges/visits';
  // A unit's travel contact (unit_applicant) has only the travel module.
  if (perms.includes('travel.read')) return '/travel/applications';
  if (perms.includes('users.manage')) return '/admin/users';
  if (perms.includes('audit.read')) return '/admin/audit';
  return '/dashboard';
}

function Home() {
  const { data } = useSession();
  return <Navigate to={homePath(data?.user.permissions ?? [])} replace />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/change-password" element={<RequireAuth allowPasswordChange><ChangePasswordPage /></RequireAuth>} />
      <Route element={<RequireAuth><AppLayout /></RequireAuth>}>
        <Route index element={<Home />} />
        <Route path="/dashboard" element={<Perm p="stats.read"><DashboardPage /></Perm>} />
        <Route path="/residents" element={<Perm p="residents.read"><ResidentsListPage /></Perm>} />
        <Route path="/residents/new" element={<Perm p="residents.write"><ResidentFormPage /></Perm>} />
        <Route path="/residents/import" element={<Perm p="residents.import"><ImportPage /></Perm>} />
        <Route path="/residents/:id" element={<Perm p="residents.read"><ResidentDetailPage /></Perm>} />
        <Route path="/residents/:id/edit" element={<Perm p="residents.write"><ResidentFormPage /></Perm>} />
        <Route path="/exchanges" element={<Navigate to="/exchanges/visits" replace />} />
        <Route path="/exchanges/visits" element={<Perm p="exchanges.read"><VisitsListPage /></Perm>} />
        <Route path="/exchanges/visits/new" element={<Perm p="exchanges.write"><VisitFormPage key="new" /></Perm>} />
        <Route path="/exchanges/visits/:id" element={<Perm p="exchanges.read"><VisitDetailPage /></Perm>} />
        <Route path="/exchanges/visits/:id/edit" element={<Perm p="exchanges.write"><VisitFormPage /></Perm>} />
        <Route path="/exchanges/events" element={<Perm p="exchanges.read"><EventsListPage /></Perm>} />
        <Route path="/exchanges/events/new" element={<Perm p="exchanges.write"><EventFormPage key="new" /></Perm>} />
        <Route path="/exchanges/events/:id" element={<Perm p="exchanges.read"><EventDetailPage /></Perm>} />
        <Route path="/exchanges/events/:id/edit" element={<Perm p="exchanges.write"><EventFormPage /></Perm>} />
        <Route path="/exchanges/calendar" element={<Perm p="exchanges.read"><CalendarPage /></Perm>} />
        <Route path="/exchanges/stats" element={<Perm p="exchanges.read"><ExchangeStatsPage /></Perm>} />
        <Route path="/exchanges/cities" element={<Perm p="exchanges.read"><CitiesListPage /></Perm>} />
        <Route path="/exchanges/cities/new" element={<Perm p="exchanges.write"><CityFormPage key="new" /></Perm>} />
        <Route path="/exchanges/cities/stats" element={<Perm p="exchanges.read"><CityStatsPage /></Perm>} />
        <Route path="/exchanges/cities/import" element={<Perm p="exchanges.import"><CityImportPage /></Perm>} />
        <Route path="/exchanges/cities/:id" element={<Perm p="exchanges.read"><CityDetailPage /></Perm>} />
        <Route path="/exchanges/cities/:id/edit" element={<Perm p="exchanges.write"><CityFormPage /></Perm>} />
        <Route path="/exchanges/anniversaries" element={<Perm p="exchanges.read"><AnniversariesPage /></Perm>} />
        <Route path="/travel" element={<Navigate to="/travel/applications" replace />} />
        <Route path="/travel/applications" element={<Perm p="travel.read"><ApplicationsListPage /></Perm>} />
        <Route path="/travel/applications/new" element={<Perm p="travel.apply"><ApplicationFormPage key="new" /></Perm>} />
        <Route path="/travel/applications/:id" element={<Perm p="travel.read"><ApplicationDetailPage /></Perm>} />
        <Route path="/travel/applications/:id/edit" element={<Perm p="travel.apply"><ApplicationFormPage /></Perm>} />
        <Route path="/travel/plans" element={<Perm p="travel.read"><PlansPage /></Perm>} />
        <Route path="/travel/follow-up" element={<Perm p="travel.review"><FollowUpPage /></Perm>} />
        <Route path="/travel/passports" element={<Perm p="travel.read"><PassportsPage /></Perm>} />
        <Route path="/travel/stats" element={<Perm p="travel.read"><TravelStatsPage /></Perm>} />
        <Route path="/travel/rules" element={<Perm p="travel.read"><RulesPage /></Perm>} />
        <Route path="/admin/audit" element={<Perm p="audit.read"><AuditPage /></Perm>} />
        <Route path="/admin/users" element={<Perm p="users.manage"><UsersPage /></Perm>} />
        <Route path="/admin/org" element={<Perm p="org.manage"><OrgPage /></Perm>} />
        <Route path="/admin/calendar" element={<Perm p="calendar.manage"><WorkingCalendarPage /></Perm>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
