import { useEffect, useState } from 'react';
import { hrefFor, parseRoute, type Route } from './routes';

export function navigate(route: Route): void {
  const href = hrefFor(route);
  if (window.location.hash === href) {
    // Same address: tell listeners anyway so "Log a call" twice resets the screen.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = href;
  }
}

export function useRoute(): { route: Route; visit: number } {
  const [state, setState] = useState(() => ({ route: parseRoute(window.location.hash), visit: 0 }));
  useEffect(() => {
    const onChange = () => setState((s) => ({ route: parseRoute(window.location.hash), visit: s.visit + 1 }));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return state;
}
