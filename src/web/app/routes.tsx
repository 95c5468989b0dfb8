import { Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Spin } from 'antd';
import type { Permission } from '@shared/contracts/auth';
import { useSession } from '../ui/session';
import { AppLayout } from './AppLayout';
import { ForbiddenPage, NotFoundPage } from '../ui/ResultPages';
import { LoginPage } from './auth/LoginPage';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { WEB_MODULES } from '../modules/registry';
import { homePath } from './home';
import type { WebRoute } from '../ui/module';

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

function moduleRoute(r: WebRoute) {
  if (r.redirect) return <Route key={r.path} path={r.path} element={<Navigate to={r.redirect} replace />} />;
  const Page = r.page!;
  const page = <Page key={r.key} />;
  return (
    <Route key={r.path} path={r.path} element={r.permission ? <Perm p={r.permission}>{page}</Perm> : <Suspense fallback={<FullSpin />}>{page}</Suspense>} />
  );
}

function Home() {
  const { data } = useSession();
  return <Navigate to={homePath(data?.user.permissions ?? [])} replace />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {WEB_MODULES.flatMap((m) => m.routes.filter((r) => r.public).map(moduleRoute))}
      <Route
        path="/change-password"
        element={
          <RequireAuth allowPasswordChange>
            <ChangePasswordPage />
          </RequireAuth>
        }
      />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }>
        <Route index element={<Home />} />
        {WEB_MODULES.flatMap((m) => m.routes.filter((r) => !r.public).map(moduleRoute))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
