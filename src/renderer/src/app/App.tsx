import { Center, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { AppError } from '../../../shared/contract/errors';
import { onUnauthorised } from '../api/transport';
import { useQuery } from '../api/useQuery';
import { ShareStatusProvider } from '../features/sync';
import { SessionGate } from '../features/sign-in';
import { WelcomeScreen } from '../features/welcome';
import { ErrorAlert, PageLoader } from '../ui/Feedback';
import { SessionProvider } from '../api/SessionContext';
import { Shell } from './Shell';
import { UnauthorisedScreen } from './UnauthorisedScreen';

export function App({ startUnauthorised = false }: { startUnauthorised?: boolean }) {
  const [unauthorised, setUnauthorised] = useState(startUnauthorised);
  useEffect(() => onUnauthorised(() => setUnauthorised(true)), []);
  const status = useQuery('app.status', {}, { enabled: !startUnauthorised });
  const session = useQuery('session.status', {}, { enabled: !startUnauthorised });
  const error = status.error ?? session.error;

  if (unauthorised || (error instanceof AppError && error.code === 'UNAUTHORISED')) {
    return <UnauthorisedScreen />;
  }
  if (error) {
    const retry = () => {
      status.reload();
      session.reload();
    };
    return (
      <Center component="main" mih="100vh" p="lg">
        <Stack maw={560}>
          <ErrorAlert title="Redress could not start" error={error} onRetry={retry} />
        </Stack>
      </Center>
    );
  }
  if (!status.data || !session.data) return <PageLoader label="Opening Redress…" />;
  if (session.data.state === 'new') {
    const done = () => {
      status.reload();
      session.reload();
    };
    return <WelcomeScreen status={status.data} onDone={done} />;
  }
  const app = status.data;
  return (
    <SessionGate initial={session.data} onSignedIn={status.reload}>
      {(me, signIns) => (
        <SessionProvider key={signIns} status={app} me={me}>
          <ShareStatusProvider>
            <Shell />
          </ShareStatusProvider>
        </SessionProvider>
      )}
    </SessionGate>
  );
}
