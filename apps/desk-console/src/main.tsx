import { createApiClients, createQueryClient } from '@facile/web/api-client';
import { createI18n, deskResources } from '@facile/web/i18n';
import { preloadShellIcons } from '@facile/web/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/app';
import { createUserManager, currentPath } from './app/auth';

async function start() {
  const i18n = createI18n({ bundle: deskResources });
  const userManager = createUserManager();
  let signingIn = false;
  const clients = createApiClients({
    baseUrl: import.meta.env.VITE_API_BASE_URL || undefined,
    getToken: async () => {
      const user = await userManager.getUser();
      return user && !user.expired ? user.access_token : null;
    },
    // the token was refused (expired, revoked): sign in again and come back here; drafts are in sessionStorage
    onUnauthorized: () => {
      if (signingIn) return;
      signingIn = true;
      void userManager
        .removeUser()
        .then(() => userManager.signinRedirect({ state: { returnTo: currentPath() } }));
    },
  });
  const queryClient = createQueryClient();
  // the shell's icons are in memory before the first render (index.html preloads their chunks)
  await preloadShellIcons().catch(() => false);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '') || '/'}>
        <App i18n={i18n} clients={clients} queryClient={queryClient} userManager={userManager} />
      </BrowserRouter>
    </StrictMode>,
  );
}

void start();
