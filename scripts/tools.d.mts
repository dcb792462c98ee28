import type { SpawnOptions } from 'node:child_process';
export declare const ROOT: string;
export declare function findElectronBinary(root?: string, env?: NodeJS.ProcessEnv): string | null;
export declare function binScript(name: string, root?: string): string;
export declare function runBin(name: string, args: string[], options?: SpawnOptions): Promise<number>;
export declare function run(command: string, args: string[], options?: SpawnOptions): Promise<number>;
