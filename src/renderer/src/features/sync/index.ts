// What the rest of the app may use of sync: the status everyone watches, the header's indicator
// and the Central share part of Settings. Everything else in this folder is its own business.
export { ConnectedShare } from './ConnectedShare';
export { ConnectShareForm } from './ConnectShareForm';
export { ShareIndicator } from './ShareIndicator';
export { ShareStatusProvider, useShareStatus } from './ShareStatusProvider';
export { useReloadOnSync } from './useReloadOnSync';
