/**
 * Checklist item 19 (fuses). Fuses are flipped in the packaged Electron binary with `@electron/fuses` during
 * packaging; this repository does not package yet (no electron-builder / @electron/fuses dependency), so nothing
 * here flips them. This is the configuration the packaging step must apply, kept as data next to the other
 * rules so it is reviewed with them.
 */
export const RECOMMENDED_FUSES = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  GrantFileProtocolExtraPrivileges: false, // no page is loaded from file:// (item 18)
  EnableCookieEncryption: true,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
} as const;
