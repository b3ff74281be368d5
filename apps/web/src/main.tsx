/** Entry: load the reader's language first (no flash of the other one), then render. */
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/700.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/ranking.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from './api/queries.ts';
import { App } from './app.tsx';
import { loadCatalogue, storedLanguage } from './i18n/catalogues.ts';
import { I18nProvider } from './i18n/i18n.tsx';

async function bootstrap() {
  const language = storedLanguage();
  const catalogue = await loadCatalogue(language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <I18nProvider initial={{ language, catalogue }}>
          <App />
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}

void bootstrap();
