import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isNativeAbiMismatch, nativeBindingPath, parseLaunchArgs } from '../../../electron/main/launch-args';
import { isMenuCommand, MENU_COMMANDS } from '../../../electron/shared/contract/menu';
import { buildMenuSpec, plainLabel } from '../../../electron/main/menu/menu-spec';
import { parseNetworkDriveLetters } from '../../../electron/main/network-drives';

describe('launch options', () => {
  const cwd = resolve('/home/u');
  test('--db FILE, --db=FILE, then TINHGON_DB; relative paths against the working folder', () => {
    expect(parseLaunchArgs(['electron', '.', '--db', 'a.sqlite'], {}, cwd).dbFile).toBe(
      join(cwd, 'a.sqlite'),
    );
    expect(parseLaunchArgs(['TinhGon.exe', '--db=/d/b.sqlite'], {}, cwd).dbFile).toBe(resolve('/d/b.sqlite'));
    expect(parseLaunchArgs(['TinhGon.exe'], { TINHGON_DB: 'c.sqlite' }, cwd).dbFile).toBe(
      join(cwd, 'c.sqlite'),
    );
    expect(parseLaunchArgs(['x', '--db', 'a.sqlite'], { TINHGON_DB: 'c.sqlite' }, cwd).dbFile).toBe(
      join(cwd, 'a.sqlite'),
    );
    expect(parseLaunchArgs(['x', '--db', '--inspect'], {}, cwd).dbFile).toBeUndefined();
    expect(parseLaunchArgs(['x'], {}, cwd)).toEqual({
      dbFile: undefined,
      dataDir: undefined,
      smokeTest: false,
    });
    expect(parseLaunchArgs(['TinhGon.exe', '--smoke-test'], {}, cwd).smokeTest).toBe(true);
    expect(parseLaunchArgs(['x'], { TINHGON_DATA_DIR: 'data' }, cwd).dataDir).toBe(join(cwd, 'data'));
  });

  test('the Electron-ABI SQLite binding is used when present, from app.asar.unpacked when packaged', () => {
    const dev = resolve('/repo');
    expect(nativeBindingPath(dev, () => true)).toBe(join(dev, 'native', 'electron', 'better_sqlite3.node'));
    expect(nativeBindingPath(dev, () => false)).toBeUndefined();
    const packaged = resolve('/opt/TinhGon/resources/app.asar');
    expect(nativeBindingPath(packaged, () => true)).toBe(
      join(resolve('/opt/TinhGon/resources/app.asar.unpacked'), 'native', 'electron', 'better_sqlite3.node'),
    );
  });

  test('an ABI mismatch of the native module is recognised', () => {
    expect(isNativeAbiMismatch({ code: 'ERR_DLOPEN_FAILED', message: 'x' })).toBe(true);
    expect(
      isNativeAbiMismatch(
        new Error('was compiled against a different Node.js version using NODE_MODULE_VERSION 115'),
      ),
    ).toBe(true);
    expect(isNativeAbiMismatch({ code: 'SQLITE_BUSY' })).toBe(false);
  });
});

describe('native menu (Vietnamese)', () => {
  const spec = buildMenuSpec();
  const labels = spec
    .flatMap((m) => [m.label, ...m.items.map((i) => ('label' in i ? i.label : ''))])
    .map(plainLabel);

  test('menus and items carry the Vietnamese labels, NFC', () => {
    expect(spec.map((m) => plainLabel(m.label))).toEqual(['Tệp', 'Sửa', 'Thủ tục', 'Xem', 'Trợ giúp']);
    for (const l of [
      'Cơ sở dữ liệu mới…',
      'Mở…',
      'Lưu thành…',
      'Nhập Excel…',
      'Xuất báo cáo…',
      'In…',
      'Sao lưu ngay',
      'Thêm thủ tục…',
      'Thoát',
      'Hoàn tác',
      'Làm lại',
      'Cắt',
      'Sao chép',
      'Dán',
      'Giới thiệu',
    ])
      expect(labels).toContain(l);
    for (const l of labels) expect(l).toBe(l.normalize('NFC'));
  });

  test('undo/redo go to the renderer with Ctrl+Z / Ctrl+Y; open/save-as stay in main', () => {
    const items = spec.flatMap((m) => m.items);
    expect(items.find((i) => 'label' in i && plainLabel(i.label) === 'Hoàn tác')).toMatchObject({
      kind: 'send',
      command: 'undo',
      accelerator: 'CmdOrCtrl+Z',
    });
    expect(items.find((i) => 'label' in i && plainLabel(i.label) === 'Làm lại')).toMatchObject({
      kind: 'send',
      command: 'redo',
      accelerator: 'CmdOrCtrl+Y',
    });
    expect(items.find((i) => 'label' in i && plainLabel(i.label) === 'Mở…')).toMatchObject({
      kind: 'main',
      action: 'open-database',
    });
    expect(items.find((i) => 'label' in i && plainLabel(i.label) === 'Lưu thành…')).toMatchObject({
      kind: 'main',
      action: 'save-database-as',
    });
    expect(items.find((i) => 'label' in i && plainLabel(i.label) === 'Thoát')).toMatchObject({
      kind: 'role',
      role: 'quit',
    });
  });

  test('every command sent to the renderer is one the preload lets through, and no accelerator is reused', () => {
    const items = spec.flatMap((m) => m.items);
    for (const i of items) if (i.kind === 'send') expect(isMenuCommand(i.command)).toBe(true);
    expect(new Set(items.flatMap((i) => (i.kind === 'send' ? [i.command] : [])))).toEqual(
      new Set(MENU_COMMANDS),
    );
    const keys = items.flatMap((i) => ('accelerator' in i && i.accelerator ? [i.accelerator] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('mapped network drives (Windows)', () => {
  test('drive letters from PowerShell become roots for db/network-path', () => {
    expect(parseNetworkDriveLetters('Z:\r\ny:\r\n\r\nnot a drive\r\n')).toEqual([
      'Z:\\',
      'Z:/',
      'Y:\\',
      'Y:/',
    ]);
    expect(parseNetworkDriveLetters('')).toEqual([]);
  });
});
