// Types of after-pack.mjs for the TypeScript tests that check it.
export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch?: number;
  packager: { appInfo: { productFilename: string }; executableName: string };
}
export const FUSES_FILE: URL;
export function fuseConfig(list?: Record<string, unknown>): Record<string | number, unknown>;
export function packedBinary(context: PackContext): string;
export default function afterPack(context: PackContext): Promise<void>;
