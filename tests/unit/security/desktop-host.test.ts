import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const calls = { shown: [] as string[], dialogPath: null as string | null };
vi.mock('electron', () => ({
  app: { getPath: () => tmpdir() },
  dialog: {
    showSaveDialog: () =>
      Promise.resolve(
        calls.dialogPath ? { canceled: false, filePath: calls.dialogPath } : { canceled: true },
      ),
  },
  shell: { showItemInFolder: (p: string) => calls.shown.push(p) },
}));

const { createDesktopHost } = await import('../../../electron/main/files/desktop-host');
const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
  calls.shown = [];
});

describe('desktop delivery of an exported file (save dialog in main, §2.6)', () => {
  it('copies the file to the chosen place, then shows it in its folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tinhgon-deliver-'));
    dirs.push(dir);
    const source = join(dir, 'export.xlsx');
    writeFileSync(source, 'PK-workbook-bytes');
    calls.dialogPath = join(dir, 'Danh mục TTHC.xlsx');
    const host = createDesktopHost(
      () => null,
      () => 'vi',
    );
    await expect(host.deliverFile(source, 'Danh mục TTHC.xlsx')).resolves.toEqual({
      kind: 'saved',
      name: 'Danh mục TTHC.xlsx',
    });
    expect(readFileSync(calls.dialogPath, 'utf8')).toBe('PK-workbook-bytes');
    expect(calls.shown).toEqual([calls.dialogPath]);
  });

  it('does nothing when the user cancels the dialog', async () => {
    calls.dialogPath = null;
    const host = createDesktopHost(
      () => null,
      () => 'vi',
    );
    await expect(host.deliverFile('/nonexistent', 'x.xlsx')).resolves.toEqual({ kind: 'cancelled' });
    expect(calls.shown).toEqual([]);
  });
});
