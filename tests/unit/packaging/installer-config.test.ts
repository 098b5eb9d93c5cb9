/**
 * The installers' configuration (electron-builder.config.mjs), checked without building them (Electron's
 * binary cannot be fetched here; .github/workflows/release.yml builds and starts them on real machines): the
 * targets, asar with the native module unpacked, the fuses applied from the one list the security rules keep,
 * the app id and names that keep the officer's data across upgrades, and the icons.
 */
import { FuseV1Options } from '@electron/fuses';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import afterPack, { fuseConfig, packedBinary } from '../../../build/after-pack.mjs';
import config, { APP_ID, PRODUCT_NAME } from '../../../electron-builder.config.mjs';
import { defaultDataDir } from '../../../electron/backend/data-dir';
import { RECOMMENDED_FUSES } from '../../../electron/main/security/fuses';
import { useTempDir } from '../../support/temp';

const root = resolve(__dirname, '../../..');
const temp = useTempDir('tinhgon-packaging-');
const targetsOf = (list: { target: string }[]) => list.map((t) => t.target);

describe('installers for Windows, Linux and macOS', () => {
  test('Windows: a per-user installer (no administrator rights) and a portable build', () => {
    expect(targetsOf(config.win.target)).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({
      oneClick: true,
      perMachine: false,
      allowElevation: false,
      deleteAppDataOnUninstall: false,
    });
  });

  test('Linux: AppImage and .deb; macOS: dmg', () => {
    expect(targetsOf(config.linux.target)).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.mac.target)).toEqual(['dmg']);
  });

  test('the Vietnamese product name, ASCII file and artifact names', () => {
    expect(PRODUCT_NAME).toBe('TinhGọn');
    expect(config.productName).toBe('TinhGọn');
    expect(config.executableName).toMatch(/^[A-Za-z]+$/);
    for (const name of [
      config.nsis.artifactName,
      config.portable.artifactName,
      config.linux.artifactName,
      config.dmg.artifactName,
    ])
      expect(name).toMatch(/^[\x20-\x7e]+$/);
  });

  test("asar packed; SQLite's native module shipped unpacked and never rebuilt for Node by the packager", () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['native/electron/**', '**/*.node']));
    expect(config.files).toEqual(
      expect.arrayContaining(['out/**/*', 'native/electron/better_sqlite3.node', 'package.json']),
    );
    // The Node-ABI build of better-sqlite3 must not be packed (the Electron build in native/electron is loaded).
    expect(config.files).toContain('!node_modules/better-sqlite3/{build,deps,src,docs,benchmark}/**');
    expect(config.npmRebuild).toBe(false);
    // What electron/main loads: <app>/app.asar.unpacked/native/electron/better_sqlite3.node.
    expect(readFileSync(join(root, 'electron/main/launch-args.ts'), 'utf8')).toContain(
      "join(unpacked, 'native', 'electron', 'better_sqlite3.node')",
    );
  });

  test('user data kept across upgrades: a fixed app id, and a data folder named apart from the product', () => {
    expect(APP_ID).toBe('vn.tinhgon.desktop'); // changing it makes an upgrade a second, separate app
    expect(config.appId).toBe(APP_ID);
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\lan\\AppData\\Roaming' }, 'win32')).toBe(
      join('C:\\Users\\lan\\AppData\\Roaming', 'TinhGon'),
    );
    expect(readFileSync(join(root, 'electron/main/index.ts'), 'utf8')).toContain(
      "app.setPath('userData', dataDir)",
    );
  });

  test('the icons: SVG source, PNGs of every size, .ico and .icns', () => {
    expect(readFileSync(join(root, 'build/icon.svg'), 'utf8')).toContain('<svg');
    expect(config.win.icon).toBe('build/icon.ico');
    expect(config.mac.icon).toBe('build/icon.icns');
    expect(config.linux.icon).toBe('build/icons');
    for (const name of readdirSync(join(root, 'build/icons'))) {
      const png = readFileSync(join(root, 'build/icons', name));
      const size = Number(/^(\d+)x\1\.png$/.exec(name)?.[1]);
      expect(png.readUInt32BE(16), name).toBe(size); // IHDR width
      expect(png.readUInt32BE(20), name).toBe(size);
    }
    const ico = readFileSync(join(root, 'build/icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    const icoSizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + i * 16) || 256);
    expect(icoSizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    const icns = readFileSync(join(root, 'build/icon.icns'));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.includes(Buffer.from('ic10'))).toBe(true); // 1024 px
  });
});

describe('fuses: applied at package time from the one list in electron/main/security', () => {
  test('the afterPack hook is the one in build/, and its fuse settings are RECOMMENDED_FUSES', () => {
    expect(config.afterPack).toBe('./build/after-pack.mjs');
    const fromHook = fuseConfig() as Record<number, boolean>;
    expect(Object.keys(RECOMMENDED_FUSES).length).toBeGreaterThanOrEqual(7);
    for (const [name, on] of Object.entries(RECOMMENDED_FUSES))
      expect(fromHook[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(on);
    expect(RECOMMENDED_FUSES).toMatchObject({ RunAsNode: false, OnlyLoadAppFromAsar: true });
    expect(() => fuseConfig({ RunAsNoed: false })).toThrow(/not an Electron fuse/);
  });

  test('the hook flips the fuse wire of a packed binary to exactly that list', async () => {
    // A stand-in for Electron's executable: its fuse wire (sentinel, version 1, 8 fuses) all the wrong way round.
    const appOutDir = temp();
    const wrong = Object.keys(FuseV1Options)
      .filter((k) => Number.isNaN(Number(k)))
      .map((name) => {
        const wanted = (RECOMMENDED_FUSES as Record<string, boolean>)[name];
        return wanted === undefined ? 'r' : wanted ? '0' : '1';
      })
      .join('')
      .replace(/r/g, '1');
    const binary = join(appOutDir, 'TinhGon');
    writeFileSync(
      binary,
      Buffer.concat([
        Buffer.from('ELF stand-in '),
        Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
        Buffer.from([1, wrong.length]),
        Buffer.from(wrong),
        Buffer.alloc(32),
      ]),
    );
    chmodSync(binary, 0o755);
    const context = {
      appOutDir,
      electronPlatformName: 'linux',
      arch: 1,
      packager: { appInfo: { productFilename: 'TinhGon' }, executableName: 'TinhGon' },
    };
    expect(packedBinary(context)).toBe(binary);
    await afterPack(context);
    const bytes = readFileSync(binary);
    const at = bytes.indexOf('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX') + 32;
    const wire = bytes.subarray(at + 2, at + 2 + bytes[at + 1]!).toString('latin1');
    for (const [name, on] of Object.entries(RECOMMENDED_FUSES))
      expect(wire[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(on ? '1' : '0');
  });

  test('the packed binary is found where electron-builder puts it on each platform', () => {
    const ctx = (electronPlatformName: string) => ({
      appOutDir: '/out',
      electronPlatformName,
      packager: { appInfo: { productFilename: 'TinhGon' }, executableName: 'TinhGon' },
    });
    expect(packedBinary(ctx('win32'))).toBe(join('/out', 'TinhGon.exe'));
    expect(packedBinary(ctx('darwin'))).toBe(join('/out', 'TinhGon.app'));
    expect(packedBinary(ctx('linux'))).toBe(join('/out', 'TinhGon'));
  });
});

describe('Electron: a supported major that better-sqlite3 12 builds for', () => {
  test('pinned exactly to a supported major (the three newest in December 2026: 43, 44, 45; 39 is out of support)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
      allowScripts: Record<string, boolean>;
    };
    const pinned = pkg.devDependencies.electron!;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(pinned.split('.')[0])).toBeGreaterThanOrEqual(43);
    // npm install stays offline-safe: Electron's own download script never runs at install time.
    expect(pkg.allowScripts.electron).toBe(false);
    const installed = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as {
      version: string;
    };
    expect(installed.version).toBe(pinned);
  });

  test("better-sqlite3 12's sources cover that Electron's V8 (the ABI ≥ 146 API guards are there)", () => {
    const sqlite = JSON.parse(
      readFileSync(join(root, 'node_modules/better-sqlite3/package.json'), 'utf8'),
    ) as {
      version: string;
    };
    expect(sqlite.version).toMatch(/^12\./);
    expect(Number(sqlite.version.split('.')[1])).toBeGreaterThanOrEqual(11); // 12.10.1+: V8 External API of Electron 42+
    expect(readFileSync(join(root, 'node_modules/better-sqlite3/src/util/macros.cpp'), 'utf8')).toMatch(
      /NODE_MODULE_VERSION >= 146/,
    );
  });
});

describe('the release workflow builds and starts every installer on real machines', () => {
  test('Windows, macOS and Linux runners; each installer smoke-started; fuses read back', () => {
    const workflow = readFileSync(join(root, '.github/workflows/release.yml'), 'utf8');
    expect(workflow).toContain('os: [windows-latest, macos-latest, ubuntu-latest]');
    expect(workflow).toContain('npm run native:electron');
    expect(workflow).toContain('npm run dist');
    expect(workflow.match(/--smoke-test/g)?.length).toBeGreaterThanOrEqual(5); // AppImage, deb, NSIS, portable, dmg
    expect(workflow).toContain('RunAsNode is Disabled');
  });
});
