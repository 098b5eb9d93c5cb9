// electron-builder afterPack hook: flips the Electron fuses of the packaged binary (security checklist item 19)
// with @electron/fuses, from the one list the app's security rules keep (electron/main/security/fuses.json,
// exported as RECOMMENDED_FUSES by fuses.ts). It runs before signing, as flipping changes the binary.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

export const FUSES_FILE = new URL('../electron/main/security/fuses.json', import.meta.url);

/** The fuse list as @electron/fuses wants it: { version, [FuseV1Options.X]: boolean }. Unknown names are an error. */
export function fuseConfig(list = JSON.parse(readFileSync(FUSES_FILE, 'utf8'))) {
  const config = { version: FuseVersion.V1 };
  for (const [name, on] of Object.entries(list)) {
    if (!(name in FuseV1Options)) throw new Error(`fuses.json: "${name}" is not an Electron fuse`);
    if (typeof on !== 'boolean') throw new Error(`fuses.json: "${name}" must be true or false`);
    config[FuseV1Options[name]] = on;
  }
  return config;
}

/** The Electron executable electron-builder just packed for `platform` (darwin: the .app bundle). */
export function packedBinary({ appOutDir, electronPlatformName, packager }) {
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas')
    return join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`);
  return join(appOutDir, packager.executableName);
}

export default async function afterPack(context) {
  const binary = packedBinary(context);
  // An unsigned arm64 macOS binary must keep a valid ad-hoc signature, or it will not start.
  const adHoc = context.electronPlatformName === 'darwin' && context.arch === 3; // builder-util Arch.arm64
  await flipFuses(binary, { ...fuseConfig(), resetAdHocDarwinSignature: adHoc });
  console.log(`  • fuses flipped from electron/main/security/fuses.json  file=${binary}`);
}
