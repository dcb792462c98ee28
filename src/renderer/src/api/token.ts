// The local host hands the browser an access key once, in the address fragment
// (`#token=…`). Keep it for this window only and take it out of the address bar so it is
// not bookmarked, shared or left in the history.
const STORAGE_KEY = 'redress.accessToken';

export function takeTokenFromAddress(): void {
  const hash = window.location.hash.replace(/^#/, '');
  if (!hash.startsWith('token=')) return;
  const params = new URLSearchParams(hash);
  const token = params.get('token');
  if (token) window.sessionStorage.setItem(STORAGE_KEY, token);
  const clean = `${window.location.pathname}${window.location.search}`;
  window.history.replaceState(null, '', clean);
}

export function readToken(): string | null {
  return window.sessionStorage.getItem(STORAGE_KEY);
}
