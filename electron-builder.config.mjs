// The installers an office gets (electron-builder; `npm run dist`, and .github/workflows/release.yml on real
// Windows, macOS and Linux runners). tests/unit/packaging checks this configuration without building.

/**
 * Never change: Windows and macOS know an installed app by this id, so an upgrade installs over the old version
 * and the officer's data folder (%APPDATA%\TinhGon, ~/Library/Application Support/TinhGon, ~/.config/TinhGon,
 * chosen in electron/backend/data-dir.ts, not derived from any name here) is found again.
 */
export const APP_ID = 'vn.tinhgon.desktop';

/** The Vietnamese name users see; files and artifacts use the ASCII one. */
export const PRODUCT_NAME = 'TinhGọn';
const ASCII_NAME = 'TinhGon';

/** What the renderer bundle already contains (out/renderer): not shipped again as node_modules. */
const BUNDLED_FOR_THE_RENDERER = [
  'react',
  'react-dom',
  'scheduler',
  'ag-*',
  '@ag-grid-community',
  '@fontsource',
];

export default {
  appId: APP_ID,
  productName: PRODUCT_NAME,
  executableName: ASCII_NAME,
  copyright: 'TinhGọn',
  directories: { output: 'dist', buildResources: 'build' },
  files: [
    'out/**/*',
    '!out/**/*.map',
    'package.json',
    // The Electron-ABI SQLite (scripts/build-native-electron.mjs); electron/main/launch-args.ts loads it from
    // app.asar.unpacked. The Node build and the C sources of better-sqlite3 are not shipped.
    'native/electron/better_sqlite3.node',
    'native/electron/build-info.json',
    '!node_modules/better-sqlite3/{build,deps,src,docs,benchmark}/**',
    ...BUNDLED_FOR_THE_RENDERER.map((name) => `!node_modules/${name}/**`),
  ],
  asar: true,
  // A native module cannot be loaded from inside the archive.
  asarUnpack: ['native/electron/**', '**/*.node'],
  // The Electron build of better-sqlite3 comes from `npm run native:electron` (native/electron/), checked by
  // scripts/dist.mjs; electron-builder does not rebuild node_modules.
  npmRebuild: false,
  // Flips the fuses of electron/main/security/fuses.json in the packaged binary (@electron/fuses).
  afterPack: './build/after-pack.mjs',
  win: {
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ],
    icon: 'build/icon.ico',
  },
  nsis: {
    // Per user, without administrator rights: an officer installs it on a locked-down office PC.
    oneClick: true,
    perMachine: false,
    allowElevation: false,
    runAfterFinish: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: PRODUCT_NAME,
    // Uninstalling (or upgrading) never takes the officer's databases and backups with it.
    deleteAppDataOnUninstall: false,
    artifactName: `${ASCII_NAME}-Setup-\${version}.\${ext}`,
  },
  portable: { artifactName: `${ASCII_NAME}-\${version}-portable.\${ext}` },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    icon: 'build/icons',
    category: 'Office',
    synopsis: 'Bàn làm việc cải cách thủ tục hành chính / administrative-procedure reform workbench',
    maintainer: 'TinhGọn <tinhgon@example.invalid>',
    artifactName: `${ASCII_NAME}-\${version}-\${arch}.\${ext}`,
  },
  deb: { packageName: 'tinhgon' },
  mac: {
    target: [{ target: 'dmg' }],
    icon: 'build/icon.icns',
    category: 'public.app-category.productivity',
    // Built by a public CI without an Apple certificate: ad-hoc signed ("-"), after the fuses are flipped.
    identity: '-',
    hardenedRuntime: false,
  },
  dmg: { artifactName: `${ASCII_NAME}-\${version}-\${arch}.\${ext}` },
  publish: null,
};
