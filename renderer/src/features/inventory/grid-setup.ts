import { AG_GRID_LOCALE_VN } from '@ag-grid-community/locale';
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';

// Community modules only: everything Enterprise (clipboard, range selection, row grouping, set filter) is
// rebuilt on Community APIs where the app needs it.
ModuleRegistry.registerModules([AllCommunityModule]);

/** The bundled font, never Google Fonts (offline offices; loadThemeGoogleFonts stays false). */
export const gridTheme = themeQuartz.withParams({
  fontFamily: "'Noto Sans', 'Segoe UI', Arial, sans-serif",
  fontSize: 13,
  rowHeight: 30,
  headerHeight: 32,
  spacing: 5,
  accentColor: '#1f5fa8',
});

/** AG Grid's own vi-VN translation, with the terms officers use corrected. */
export const gridLocaleVi: Record<string, string> = {
  ...AG_GRID_LOCALE_VN,
  loadingOoo: 'Đang tải…',
  searchOoo: 'Tìm…',
  selectAll: '(Chọn tất cả)',
  blanks: '(Trống)',
  filterOoo: 'Lọc…',
  applyFilter: 'Áp dụng',
  resetFilter: 'Đặt lại',
  clearFilter: 'Xóa lọc',
  contains: 'Có chứa',
  notContains: 'Không chứa',
  equals: 'Bằng',
  notEqual: 'Khác',
  startsWith: 'Bắt đầu bằng',
  endsWith: 'Kết thúc bằng',
  blank: 'Trống',
  notBlank: 'Không trống',
  andCondition: 'VÀ',
  orCondition: 'HOẶC',
  pinColumn: 'Ghim cột',
  autosizeThisColumn: 'Tự động co giãn cột này',
  autosizeAllColumns: 'Tự động co giãn tất cả cột',
  resetColumns: 'Đặt lại cột',
  page: 'Trang',
  of: 'trên',
  to: 'đến',
};
