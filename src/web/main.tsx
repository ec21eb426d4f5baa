import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from './api/query-client';
import { translator } from './i18n';
import { AppRoutes } from './routes/router';
import { TranslatorProvider } from './translator';
import './styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html lacks the #root element');

const queryClient = createQueryClient();
// The page is drawn once the language's public texts are in (one small chunk, see vite.config.ts).
await translator.start();

createRoot(rootElement).render(
  <StrictMode>
    <TranslatorProvider translator={translator}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </TranslatorProvider>
  </StrictMode>,
);
