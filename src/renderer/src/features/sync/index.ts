// What the rest of the app may use of sync: the status everyone watches, the header indicator and
// the pieces Settings shows. Everything else in this folder is its own business.
export { DeviceList } from './DeviceList';
export { ShareIndicator } from './ShareIndicator';
export { describeShareState, TONE_COLOURS } from './shareState';
export { ShareStatusProvider, useShareStatus } from './ShareStatusProvider';
export { SyncNowButton } from './SyncNowButton';
export { useReloadOnSync } from './useReloadOnSync';
