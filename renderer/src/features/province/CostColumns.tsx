import type { Totals } from '../../../../electron/shared/contract/province';
import { useI18n } from '../../i18n';
import { totalsCells } from './format';

/** The four cost columns every province table ends with: Σ before, Σ after, saving, Σ saving / Σ before. */
export function CostHeads() {
  const { t } = useI18n();
  return (
    <>
      <th className="num">{t('prov.col.before')}</th>
      <th className="num">{t('prov.col.after')}</th>
      <th className="num">{t('prov.col.saving')}</th>
      <th className="num">{t('prov.col.rate')}</th>
    </>
  );
}

/** Their cells; dashes when there is no cost figure (`null`). */
export function CostCells({ totals }: { totals: Totals | null }) {
  const c = totalsCells(totals);
  return (
    <>
      <td className="num">{c.before}</td>
      <td className="num">{c.after}</td>
      <td className="num">{c.saving}</td>
      <td className="num">{c.rate}</td>
    </>
  );
}
