// Offices reach the internet through a proxy. A cloud share's requests go through HTTPS_PROXY: the
// desktop app sets it for the domain process from the system's settings (electron/systemProxy.ts),
// scripts take it from the environment as every command-line tool does. NO_PROXY is honoured for
// addresses on the landlord's own network.

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
