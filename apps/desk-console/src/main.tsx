import { createApiClients, createQueryClient } from '@facile/web/api-client';
import { createI18n, deskResources } from '@facile/web/i18n';
import { preloadShellIcons } from '@facile/web/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/app';
import { createUserManager, loadAuthConfig } from './app/auth';

async function start() {
  const i18n = createI18n({ bundle: deskResources });
  const manager = createUserManager(await loadAuthConfig());
  let onExpired = () => undefined as void;
  const clients = createApiClients({
    baseUrl: import.meta.env.VITE_API_BASE_URL || undefined,
    accessToken: async () => {
      const user = await manager.getUser();
      return user && !user.expired ? user.access_token : undefined;
    },
    onUnauthorized: () => onExpired(),
  });
  const auth = { manager, expiredSignal: (listener: () => void) => void (onExpired = listener) };
  const queryClient = createQueryClient();
  // the shell's icons are in memory before the first render (index.html preloads their chunks)
  await preloadShellIcons().catch(() => false);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '') || '/'}>
        <App i18n={i18n} clients={clients} queryClient={queryClient} auth={auth} />
      </BrowserRouter>
    </StrictMode>,
  );
}

void start();
