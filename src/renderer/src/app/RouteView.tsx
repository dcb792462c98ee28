import { ActionTrackerPage } from '../features/actions';
import { AttentionPage } from '../features/attention';
import { CasePage, CasesPage } from '../features/cases';
import { ImprovementsPage } from '../features/learning';
import { ReportsPage } from '../features/reports';
import { DashboardPage } from '../features/dashboard';
import { LetterPage } from '../features/letters';
import { LogCallPage } from '../features/log-call';
import { MyWorkPage } from '../features/my-work';
import { OpenCasesPage } from '../features/open-cases';
import { PostPage } from '../features/post';
import { ResidentPage, ResidentsPage } from '../features/residents';
import { SettingsPage } from '../features/settings';
import type { Route } from '../nav/routes';

export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'my-work':
      return <MyWorkPage />;
    case 'open-cases':
      return <OpenCasesPage />;
    case 'actions':
      return <ActionTrackerPage />;
    case 'cases':
      return <CasesPage />;
    case 'case':
      return <CasePage key={route.id} idOrReference={route.id} />;
    case 'letter':
      return <LetterPage key={route.id} id={route.id} />;
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
    case 'improvements':
      return <ImprovementsPage />;
    case 'reports':
      return <ReportsPage />;
    case 'performance':
      return <DashboardPage query={route.query} />;
    case 'post':
      return <PostPage />;
    case 'settings':
      return <SettingsPage />;
  }
}
