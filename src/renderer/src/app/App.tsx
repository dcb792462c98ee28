import { Center, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { AppError } from '../../../shared/contract/errors';
import { onUnauthorised } from '../api/transport';
import { useQuery } from '../api/useQuery';
import { ShareStatusProvider } from '../features/sync';
import { WelcomeScreen } from '../features/welcome';
import { ErrorAlert, PageLoader } from '../ui/Feedback';
import { SessionProvider } from '../api/SessionContext';
import { Shell } from './Shell';
import { UnauthorisedScreen } from './UnauthorisedScreen';

export function App({ startUnauthorised = false }: { startUnauthorised?: boolean }) {
  const [unauthorised, setUnauthorised] = useState(startUnauthorised);
  useEffect(() => onUnauthorised(() => setUnauthorised(true)), []);
  const status = useQuery('app.status', {}, { enabled: !startUnauthorised });

  if (unauthorised || (status.error instanceof AppError && status.error.code === 'UNAUTHORISED')) {
    return <UnauthorisedScreen />;
  }
  if (status.error) {
    return (
      <Center component="main" mih="100vh" p="lg">
        <Stack maw={560}>
          <ErrorAlert title="Redress could not start" error={status.error} onRetry={status.reload} />
        </Stack>
      </Center>
    );
  }
  if (!status.data) return <PageLoader label="Opening Redress…" />;
  if (!status.data.me) return <WelcomeScreen status={status.data} onDone={status.reload} />;
  return (
    <SessionProvider status={status.data} me={status.data.me}>
      <ShareStatusProvider>
        <Shell />
      </ShareStatusProvider>
    </SessionProvider>
  );
}
