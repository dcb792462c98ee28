// Which URLs count as "ours" for navigation and IPC sender checks (pure; no Electron needed).
import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../src/main/electron/appOrigin';

describe('isAppUrl', () => {
  it('accepts app://redress pages', () => {
    expect(isAppUrl('app://redress/', null)).toBe(true);
    expect(isAppUrl('app://redress/index.html#/cases/1', null)).toBe(true);
  });

  it('rejects look-alikes and everything else in production', () => {
    for (const url of [
      'app://redress.evil/',
      'app://evil/',
      'app://user@redress/',
      'file:///work/main/out/renderer/index.html',
      'https://redress/',
      'http://localhost:5173/',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url, null), url).toBe(false);
    }
  });

  it('accepts the dev server origin only in dev', () => {
    const dev = 'http://localhost:5173';
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173@evil.example/', dev)).toBe(false);
    expect(isAppUrl('http://localhost.evil.example:5173/', dev)).toBe(false);
  });
});
