import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from './ui/api/client';
import { I18nProvider } from './ui/i18n';
import { Root } from './app/Root';
import { appStrings } from './app/strings';
import { WEB_MODULES } from './modules/registry';
import './styles.css';

// The shell's strings and every module's, merged once for the whole app.
const catalogs = [appStrings, ...WEB_MODULES.flatMap((m) => (m.strings ? [m.strings] : []))];

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Never retry a refusal (4xx): only network hiccups and 5xx.
      retry: (count, err) => count < 2 && !(err instanceof ApiError && err.status >= 400 && err.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider catalogs={catalogs}>
        <BrowserRouter>
          <Root />
        </BrowserRouter>
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
