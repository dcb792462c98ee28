// Offices reach the internet through a proxy. The desktop app asks the system (Electron's
// session.resolveProxy, which follows the system settings and PAC files) which proxy serves a
// cloud share, and hands it to the domain process as HTTPS_PROXY; scripts use HTTPS_PROXY as
// every command-line tool does. NO_PROXY is honoured for addresses on the landlord's own network.

/** The first proxy in a PAC-style answer ("PROXY proxy.council.local:8080; DIRECT"), as a URL; null for DIRECT. */
export function proxyFromRule(rule: string): string | null {
  for (const part of rule.split(';')) {
    const match = /^\s*(PROXY|HTTPS|HTTP)\s+([^\s;]+)\s*$/i.exec(part);
    if (match) return `${match[1]!.toUpperCase() === 'HTTPS' ? 'https' : 'http'}://${match[2]}`;
    if (/^\s*DIRECT\s*$/i.test(part)) return null;
  }
  return null;
}

/** The proxy for a share at `url` from the environment, or null (none set, or NO_PROXY covers its host). */
export function proxyFor(url: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const proxy = env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy || null;
  if (!proxy) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const skip = (env.NO_PROXY || env.no_proxy || '')
    .split(',')
    .map((s) =>
      s
        .trim()
        .toLowerCase()
        .replace(/^\*?\./, ''),
    )
    .filter(Boolean);
  if (skip.includes('*')) return null;
  if (skip.some((s) => host === s || host.endsWith(`.${s}`))) return null;
  return proxy;
}
