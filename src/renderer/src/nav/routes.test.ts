import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, sectionOf, type Route } from './routes';

describe('hash routes', () => {
  it('round-trips every route through its address', () => {
    const routes: Route[] = [
      { name: 'my-work' },
      { name: 'open-cases' },
      { name: 'cases' },
      { name: 'case', id: 'RD-26-AB-0001' },
      { name: 'letter', id: '0b6f8f5e-4d1c-4f57-9a43-0d6f1f3c1a12' },
      { name: 'residents' },
      { name: 'resident', id: '0b6f8f5e-4d1c-4f57-9a43-0d6f1f3c1a11' },
      { name: 'call' },
      { name: 'call', residentId: 'r1', caseId: 'c1' },
      { name: 'attention' },
      { name: 'post' },
      { name: 'settings' },
    ];
    for (const route of routes) expect(parseRoute(hrefFor(route))).toEqual(route);
  });

  it('lands on My work for an empty or unknown address', () => {
    expect(parseRoute('')).toEqual({ name: 'my-work' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'my-work' });
  });

  it('keeps case and resident pages under their navbar sections', () => {
    expect(sectionOf({ name: 'case', id: 'x' })).toBe('cases');
    expect(sectionOf({ name: 'letter', id: 'x' })).toBe('cases');
    expect(sectionOf({ name: 'resident', id: 'x' })).toBe('residents');
    expect(sectionOf({ name: 'attention' })).toBe('attention');
    expect(sectionOf({ name: 'settings' })).toBe('settings');
    expect(sectionOf({ name: 'open-cases' })).toBe('open-cases');
  });
});
