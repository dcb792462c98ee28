// The system's proxy for a cloud share: Electron's session.resolveProxy follows the system
// settings and PAC files; its answer is handed to the domain process as HTTPS_PROXY
// (domainSupervisor.ts). No Electron import here, so the rule is tested on its own.

/** The first proxy in a PAC-style answer ("PROXY proxy.council.local:8080; DIRECT"), as a URL; null for DIRECT. */
export function proxyFromRule(rule: string): string | null {
  for (const part of rule.split(';')) {
    const match = /^\s*(PROXY|HTTPS|HTTP)\s+([^\s;]+)\s*$/i.exec(part);
    if (match) return `${match[1]!.toUpperCase() === 'HTTPS' ? 'https' : 'http'}://${match[2]}`;
    if (/^\s*DIRECT\s*$/i.test(part)) return null;
  }
  return null;
}

/** The proxy the system uses for a cloud store; never holds up the start for more than 2 s. */
export async function systemProxy(resolveProxy: (url: string) => Promise<string>): Promise<string | null> {
  const late = new Promise<string>((done) => setTimeout(() => done('DIRECT'), 2000).unref?.());
  const rule = await Promise.race([resolveProxy('https://redress-share.blob.core.windows.net/'), late]).catch(
    () => 'DIRECT',
  );
  return proxyFromRule(rule);
}
