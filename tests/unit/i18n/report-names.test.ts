/**
 * The Báo cáo list names each report from the catalogues by its id: a report added to the contract without its
 * name and description in both languages made the screen fail to render (the template of a missing key).
 */
import { describe, expect, it } from 'vitest';
import { ReportId } from '../../../electron/shared/contract/reports';
import { en, vi } from '../../../renderer/src/i18n/catalogues';

describe('report names in the catalogues', () => {
  it.each(ReportId.options)('%s has a name and a description in Vietnamese and English', (id) => {
    for (const catalogue of [vi, en] as Record<string, string>[]) {
      expect(catalogue[`reports.name.${id}`], id).toMatch(/\S/);
      expect(catalogue[`reports.desc.${id}`], id).toMatch(/\S/);
    }
  });
});
