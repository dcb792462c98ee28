import { AttentionPage } from '../features/attention/AttentionPage';
import { CasePage } from '../features/cases/CasePage';
import { CasesPage } from '../features/cases/CasesPage';
import { LogCallPage } from '../features/log-call/LogCallPage';
import { MyWorkPage } from '../features/my-work/MyWorkPage';
import { OpenCasesPage } from '../features/open-cases/OpenCasesPage';
import { ResidentPage } from '../features/residents/ResidentPage';
import { ResidentsPage } from '../features/residents/ResidentsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import type { Route } from './routes';

export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'my-work':
      return <MyWorkPage />;
    case 'open-cases':
      return <OpenCasesPage />;
    case 'cases':
      return <CasesPage />;
    case 'case':
      return <CasePage key={route.id} idOrReference={route.id} />;
    case 'residents':
      return <ResidentsPage />;
    case 'resident':
      return <ResidentPage key={route.id} id={route.id} />;
    case 'call':
      // Keyed by what it was opened for: pressing Alt+L mid-call must not wipe the form.
      return (
        <LogCallPage
          key={`call-${route.residentId ?? ''}-${route.caseId ?? ''}`}
          residentId={route.residentId}
          caseId={route.caseId}
        />
      );
    case 'attention':
      return <AttentionPage />;
    case 'settings':
      return <SettingsPage />;
  }
}
