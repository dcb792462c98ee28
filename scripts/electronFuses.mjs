// Electron fuses for the packaged app, flipped in the binary after packing (electron-builder's
// afterPack, see electron-builder.yml): a copied or tampered install cannot be run as plain Node,
// be given NODE_OPTIONS or --inspect to read the store's key from memory, or load code from outside
// its checked app.asar. Cookie encryption on: the window keeps no plain-text cookie jar.
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

export const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
};

/** The packed Electron binary electron-builder just wrote, per platform. */
export function packedElectron(context) {
  const name = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(context.appOutDir, `${name}.app`);
    case 'win32':
      return join(context.appOutDir, `${name}.exe`);
    default:
      return join(context.appOutDir, context.packager.executableName ?? name);
  }
}

/** electron-builder's afterPack hook. */
export default async function afterPack(context) {
  // An ad-hoc macOS signature no longer matches once the binary changes: reset it (Apple Silicon).
  await flipFuses(packedElectron(context), {
    ...FUSES,
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3,
  });
}
