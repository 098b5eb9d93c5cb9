import { app, dialog, shell, type BrowserWindow } from 'electron';
import { basename, extname, join } from 'node:path';
import type { HostServices } from '../../backend/context';
import { ApiFailure } from '../../backend/api-failure';
import type { Locale } from '../../shared/errors';
import { shellText } from '../messages';
import { copyFileAtomic, isFileBusyError } from './atomic-copy';
import { safeFileName } from './safe-file-name';

/**
 * HostServices.deliverFile for the desktop: a native save dialog in main (the renderer never sees or sends a
 * path, §2.6), then an atomic copy of the file the backend wrote to the chosen place, then the folder is shown.
 */
export function createDesktopHost(getWindow: () => BrowserWindow | null, locale: () => Locale): HostServices {
  return {
    async deliverFile(file, suggestedName) {
      const name = safeFileName(suggestedName);
      const ext = extname(name).slice(1);
      const options = {
        title: shellText('saveFileTitle', locale()),
        defaultPath: join(app.getPath('documents'), name),
        filters: [
          ...(ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : []),
          { name: shellText('filterAll', locale()), extensions: ['*'] },
        ],
      };
      const win = getWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { kind: 'cancelled' };
      try {
        copyFileAtomic(file, result.filePath);
      } catch (err) {
        if (isFileBusyError(err))
          throw new ApiFailure('EXPORT_TARGET_IN_USE', { file: basename(result.filePath) });
        throw err;
      }
      // "Opens the folder afterwards": the saved file selected in the system file manager. The path is one the
      // user just chose in main's own dialog, never a renderer-supplied one (checklist item 15).
      shell.showItemInFolder(result.filePath);
      return { kind: 'saved', name: basename(result.filePath) };
    },
    // The renderer shows the document in its print layout; A4 and the margins come from its @page rule.
    async printPageToPdf() {
      const win = getWindow();
      if (!win) throw new ApiFailure('REPORT_PDF_UNSUPPORTED');
      return win.webContents.printToPDF({ printBackground: false, preferCSSPageSize: true });
    },
  };
}
