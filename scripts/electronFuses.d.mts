import type { FuseV1Options, FuseVersion } from '@electron/fuses';

export declare const FUSES: { version: FuseVersion.V1 } & Record<
  | FuseV1Options.RunAsNode
  | FuseV1Options.EnableNodeOptionsEnvironmentVariable
  | FuseV1Options.EnableNodeCliInspectArguments
  | FuseV1Options.EnableEmbeddedAsarIntegrityValidation
  | FuseV1Options.OnlyLoadAppFromAsar
  | FuseV1Options.EnableCookieEncryption,
  boolean
>;

export interface AfterPackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

export declare function packedElectron(context: AfterPackContext): string;
export default function afterPack(context: AfterPackContext): Promise<void>;
