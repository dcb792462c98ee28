// The packaged app's Electron fuses, read from the packaging config and its afterPack hook.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import afterPack, { FUSES, packedElectron } from '../../scripts/electronFuses.mjs';

const root = join(__dirname, '..', '..');

describe('Electron fuses at packaging', () => {
  it('electron-builder packs into an asar and runs the fuse hook after packing', () => {
    const config = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/^asar: true$/m);
    expect(config).toMatch(/^afterPack: \.\/scripts\/electronFuses\.mjs$/m);
    expect(typeof afterPack).toBe('function');
  });

  it.each([
    ['RunAsNode', FuseV1Options.RunAsNode, false],
    ['NODE_OPTIONS', FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
    ['--inspect arguments', FuseV1Options.EnableNodeCliInspectArguments, false],
    ['embedded ASAR integrity validation', FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
    ['only loading the app from its ASAR', FuseV1Options.OnlyLoadAppFromAsar, true],
    ['cookie encryption', FuseV1Options.EnableCookieEncryption, true],
  ] as const)('%s is %s', (_name, fuse, on) => {
    expect(FUSES.version).toBe(FuseVersion.V1);
    expect(FUSES[fuse]).toBe(on);
  });

  it('flips the binary electron-builder wrote, on each platform', () => {
    const context = (platform: string) => ({
      appOutDir: '/out',
      electronPlatformName: platform,
      arch: 1,
      packager: { appInfo: { productFilename: 'Redress' }, executableName: 'redress' },
    });
    expect(packedElectron(context('darwin'))).toBe('/out/Redress.app');
    expect(packedElectron(context('win32'))).toBe('/out/Redress.exe');
    expect(packedElectron(context('linux'))).toBe('/out/redress');
  });
});
