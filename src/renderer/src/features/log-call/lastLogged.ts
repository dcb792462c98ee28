// The last call logged in this window, so the confirmation survives moving between screens.
import type { LogCallResult } from '../../../../shared/contract/types';

let last: LogCallResult | null = null;

export function rememberLastLogged(result: LogCallResult): void {
  last = result;
}

export function lastLogged(): LogCallResult | null {
  return last;
}
