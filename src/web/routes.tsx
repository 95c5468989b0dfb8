import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Spin } from 'antd';
import type { Permission } from '../shared/contracts/auth';
import { useSession } from './lib/session';
import { AppLayout } from './components/AppLayout';
import { ForbiddenPage, NotFoundPage } from './components/ResultPages';
import { LoginPage } from './pages/auth/LoginPage';
import { ChangePasswordPage } from './pages/auth/ChangePasswordPage';

const DashboardPage = lazy(() => import('./pages/dashboard/DashboardPage'));
const ResidentsListPage = lazy(() => import('./pages/residents/ResidentsListPage'));
const ResidentFormPage = lazy(() => import('./pages/residents/ResidentFormPage'));
const ResidentDetailPage = lazy(() => import('./pages/residents/ResidentDetailPage'));
const ImportPage = lazy(() => import('./pages/residents/ImportPage'));
const AuditPage = lazy(() => import('./pages/admin/AuditPage'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage'));
const OrgPage = lazy(() => import('./pages/admin/OrgPage'));
const WorkingCalendarPage = lazy(() => import('./pages/admin/CalendarPage'));
const VisitsListPage = lazy(() => import('./pages/exchanges/VisitsListPage'));
const VisitFormPage = lazy(() => import('./pages/exchanges/VisitFormPage'));
const VisitDetailPage = lazy(() => import('./pages/exchanges/VisitDetailPage'));
const EventsListPage = lazy(() => import('./pages/exchanges/EventsListPage'));
const EventFormPage = lazy(() => import('./pages/exchanges/EventFormPage'));
const EventDetailPage = lazy(() => import('./pages/exchanges/EventDetailPage'));
const CalendarPage = lazy(() => import('./pages/exchanges/CalendarPage'));
const ExchangeStatsPage = lazy(() => import('./pages/exchanges/ExchangeStatsPage'));
const CitiesListPage = lazy(() => import('./pages/exchanges/CitiesListPage'));
const CityFormPage = lazy(() => import('./pages/exchanges/CityFormPage'));
const CityDetailPage = lazy(() => import('./pages/exchanges/CityDetailPage'));
const CityStatsPage = lazy(() => import('./pages/exchanges/CityStatsPage'));
const CityImportPage = lazy(() => import('./pages/exchanges/CityImportPage'));
const AnniversariesPage = lazy(() => import('./pages/exchanges/AnniversariesPage'));
const ApplicationsListPage = lazy(() => import('./pages/travel/ApplicationsListPage'));
const ApplicationFormPage = lazy(() => import('./pages/travel/ApplicationFormPage'));
const ApplicationDetailPage = lazy(() => import('./pages/travel/ApplicationDetailPage'));
// The travel office's pages (plans, follow-up, passports, statistics, rules) live in pages/travel/office/.
const PlansPage = lazy(() => import('./pages/travel/office/PlansPage'));
const FollowUpPage = lazy(() => import('./pages/travel/office/FollowUpPage'));
const PassportsPage = lazy(() => import('./pages/travel/office/PassportsPage'));
const TravelStatsPage = lazy(() => import('./pages/travel/office/TravelStatsPage'));
const RulesPage = lazy(() => import('./pages/travel/office/RulesPage'));

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
