import fuses from './fuses.json';

/**
 * Checklist item 19 (fuses). The fuses flipped in the packaged Electron binary, as data in fuses.json: the
 * packaging step (build/after-pack.mjs, an electron-builder afterPack hook with @electron/fuses) reads that same
 * file, so what is reviewed here is what ships. Names are @electron/fuses' FuseV1Options keys.
 * - RunAsNode, NODE_OPTIONS, --inspect off: the shipped binary cannot be turned into a plain Node runtime or
 *   debugged into reading the officer's data.
 * - GrantFileProtocolExtraPrivileges off: no page is loaded from file:// (item 18).
 * - Cookie encryption on; the asar archive's integrity checked, and the app loaded from it only.
 */
export const RECOMMENDED_FUSES: Readonly<Record<keyof typeof fuses, boolean>> = fuses;
