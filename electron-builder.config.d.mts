// Types of electron-builder.config.mjs for the TypeScript test that checks it (tests/unit/packaging).
type Target = { target: string; arch?: string[] };
export const APP_ID: string;
export const PRODUCT_NAME: string;
declare const config: {
  appId: string;
  productName: string;
  executableName: string;
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  afterPack: string;
  win: { target: Target[]; icon: string };
  nsis: Record<string, unknown> & { artifactName: string };
  portable: { artifactName: string };
  linux: { target: Target[]; icon: string; artifactName: string };
  mac: { target: Target[]; icon: string };
  dmg: { artifactName: string };
};
export default config;
