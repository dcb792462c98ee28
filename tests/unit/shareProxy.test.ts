import { describe, expect, it } from 'vitest';
import { proxyFor } from '../../src/main/sync/backends/proxy';
import { proxyFromRule, systemProxy } from '../../src/main/electron/systemProxy';

describe('the proxy for a cloud share', () => {
  it.each([
    ['DIRECT', null],
    ['PROXY proxy.council.local:8080; DIRECT', 'http://proxy.council.local:8080'],
    ['HTTPS secure-proxy:443', 'https://secure-proxy:443'],
    ['DIRECT; PROXY later:3128', null],
    ['', null],
  ])('system answer %j → %s', (rule, expected) => {
    expect(proxyFromRule(rule)).toBe(expected);
  });

  it('uses HTTPS_PROXY unless NO_PROXY covers the host', () => {
    const env = { HTTPS_PROXY: 'http://proxy:8080', NO_PROXY: 'localhost,.council.local' };
    expect(proxyFor('https://acct.blob.core.windows.net/c', env)).toBe('http://proxy:8080');
    expect(proxyFor('https://minio.council.local:9000', env)).toBeNull();
    expect(proxyFor('http://localhost:10000/devstoreaccount1/c', env)).toBeNull();
    expect(proxyFor('https://acct.blob.core.windows.net/c', {})).toBeNull();
    expect(proxyFor('https://x', { HTTPS_PROXY: 'http://p:1', NO_PROXY: '*' })).toBeNull();
  });

  it('asks the system once and never waits on it for more than 2 s', async () => {
    await expect(systemProxy(async () => 'PROXY corp:3128')).resolves.toBe('http://corp:3128');
    await expect(systemProxy(() => Promise.reject(new Error('no session')))).resolves.toBeNull();
  });
});
