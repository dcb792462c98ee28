// Hash routes: they survive reloads, work from file:// in Electron and need no router.
export type Route =
  | { name: 'my-work' }
  | { name: 'open-cases' }
  | { name: 'actions' }
  | { name: 'cases' }
  | { name: 'case'; id: string }
  | { name: 'letter'; id: string }
  | { name: 'residents' }
  | { name: 'resident'; id: string }
  | { name: 'call'; residentId?: string; caseId?: string }
  | { name: 'attention' }
  | { name: 'improvements' }
  | { name: 'reports' }
  | { name: 'performance'; query: string }
  | { name: 'post' }
  | { name: 'settings' };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?');
  const parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  const query = new URLSearchParams(queryPart);
  switch (parts[0]) {
    case 'open-cases':
      return { name: 'open-cases' };
    case 'actions':
      return { name: 'actions' };
    case 'cases':
      return parts[1] ? { name: 'case', id: parts[1] } : { name: 'cases' };
    case 'letters':
      return parts[1] ? { name: 'letter', id: parts[1] } : { name: 'my-work' };
    case 'residents':
      return parts[1] ? { name: 'resident', id: parts[1] } : { name: 'residents' };
    case 'call': {
      const route: Route = { name: 'call' };
      const residentId = query.get('residentId');
      const caseId = query.get('caseId');
      if (residentId) route.residentId = residentId;
      if (caseId) route.caseId = caseId;
      return route;
    }
    case 'attention':
      return { name: 'attention' };
    case 'improvements':
      return { name: 'improvements' };
    case 'reports':
      return { name: 'reports' };
    case 'performance':
      return { name: 'performance', query: queryPart };
    case 'post':
      return { name: 'post' };
    case 'settings':
      return { name: 'settings' };
    default:
      return { name: 'my-work' };
  }
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'my-work':
      return '#/my-work';
    case 'open-cases':
      return '#/open-cases';
    case 'actions':
      return '#/actions';
    case 'cases':
      return '#/cases';
    case 'case':
      return `#/cases/${encodeURIComponent(route.id)}`;
    case 'letter':
      return `#/letters/${encodeURIComponent(route.id)}`;
    case 'residents':
      return '#/residents';
    case 'resident':
      return `#/residents/${encodeURIComponent(route.id)}`;
    case 'call': {
      const q = new URLSearchParams();
      if (route.residentId) q.set('residentId', route.residentId);
      if (route.caseId) q.set('caseId', route.caseId);
      const qs = q.toString();
      return qs ? `#/call?${qs}` : '#/call';
    }
    case 'attention':
      return '#/attention';
    case 'improvements':
      return '#/improvements';
    case 'reports':
      return '#/reports';
    case 'performance':
      return route.query ? `#/performance?${route.query}` : '#/performance';
    case 'post':
      return '#/post';
    case 'settings':
      return '#/settings';
  }
}

/** Which navbar entry a route belongs to. */
export type Section =
  | 'my-work'
  | 'open-cases'
  | 'actions'
  | 'cases'
  | 'residents'
  | 'call'
  | 'attention'
  | 'improvements'
  | 'reports'
  | 'performance'
  | 'post'
  | 'settings';

export function sectionOf(route: Route): Section {
  switch (route.name) {
    case 'open-cases':
      return 'open-cases';
    case 'actions':
      return 'actions';
    case 'case':
    case 'cases':
    case 'letter':
      return 'cases';
    case 'resident':
    case 'residents':
      return 'residents';
    case 'call':
      return 'call';
    case 'attention':
      return 'attention';
    case 'improvements':
      return 'improvements';
    case 'reports':
      return 'reports';
    case 'performance':
      return 'performance';
    case 'post':
      return 'post';
    case 'settings':
      return 'settings';
    default:
      return 'my-work';
  }
}
