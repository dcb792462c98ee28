import './jitless';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';

import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '../../shared/contract/client';
import { ApiProvider } from './api/ApiContext';
import { readToken, takeTokenFromAddress } from './api/token';
import { isElectron, pickTransport } from './api/transport';
import { App } from './app/App';
import { cssVariablesResolver, theme } from './app/theme';
import { getStyleNonce } from './styleNonce';
import { LocaleProvider } from './ui/locale';

takeTokenFromAddress();
const client = createClient(pickTransport());
const missingKey = !isElectron() && !readToken();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
      getStyleNonce={getStyleNonce}
    >
      {/* Top right below the header and narrow, so a notice never lies over a dialog (at most 620 px
          wide, centred) or its buttons, nor over the header's share status (app/global.css). */}
      <Notifications position="top-right" containerWidth={320} limit={3} />
      <ApiProvider client={client}>
        <LocaleProvider enabled={!missingKey}>
          <App startUnauthorised={missingKey} />
        </LocaleProvider>
      </ApiProvider>
    </MantineProvider>
  </StrictMode>,
);
