import type { ProcedureDetail } from '../../../../../electron/shared/contract/inventory';
import { formatDateVi, parseDateVi } from '../../../../../electron/shared/text/format';
import { useI18n } from '../../../i18n';
import { ItemButtons, moved, TextField } from './fields';
import type { SectionProps } from './RecordEditor';

type Legal = Omit<ProcedureDetail['legalBases'][number], 'id'> & { id?: number };
type Result = Omit<ProcedureDetail['results'][number], 'id'> & { id?: number };

export function LegalSection({ d, save }: SectionProps) {
  const { t } = useI18n();
  const list = d.legalBases;
  const put = (legalBases: Legal[]) => save({ section: 'legal', legalBases });
  const edit = (i: number, patch: Partial<Legal>) =>
    put(list.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const labels = { up: t('record.up'), down: t('record.down'), del: t('record.delete') };
  const dateCheck = (v: string) => (!v.trim() || parseDateVi(v) ? null : t('record.err.date'));
  return (
    <div className="record-list">
      <ol>
        {list.map((l, i) => (
          <li key={l.id} className="record-item">
            <div className="item-head">
              <TextField
                label={t('record.legal.code')}
                value={l.code}
                onCommit={(v) => edit(i, { code: v })}
              />
              <TextField
                label={t('record.legal.issued')}
                value={formatDateVi(l.issuedDate)}
                validate={dateCheck}
                placeholder="dd/mm/yyyy"
                onCommit={(v) => edit(i, { issuedDate: parseDateVi(v) ?? '' })}
              />
              <ItemButtons
                index={i}
                count={list.length}
                labels={labels}
                name={l.code || String(i + 1)}
                onMove={(a, b) => put(moved(list, a, b))}
                onDelete={() => put(list.filter((_, j) => j !== i))}
              />
            </div>
            <TextField
              label={t('record.legal.name')}
              value={l.name}
              multiline
              rows={2}
              onCommit={(v) => edit(i, { name: v })}
            />
            <TextField
              label={t('record.legal.issuer')}
              value={l.issuer}
              onCommit={(v) => edit(i, { issuer: v })}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => put([...list, { code: '', name: '', issuer: '', issuedDate: '', effectiveDate: '' }])}
      >
        + {t('record.legal.add')}
      </button>
    </div>
  );
}

export function ResultsSection({ d, save }: SectionProps) {
  const { t } = useI18n();
  const list = d.results;
  const put = (results: Result[]) => save({ section: 'results', results });
  const labels = { up: t('record.up'), down: t('record.down'), del: t('record.delete') };
  return (
    <div className="record-list">
      <ol>
        {list.map((r, i) => (
          <li key={r.id} className="item-head">
            <TextField
              className="grow"
              label={t('record.result.name')}
              value={r.name}
              multiline
              rows={2}
              onCommit={(v) => put(list.map((x, j) => (j === i ? { ...x, name: v } : x)))}
            />
            <ItemButtons
              index={i}
              count={list.length}
              labels={labels}
              name={r.name.slice(0, 40)}
              onMove={(a, b) => put(moved(list, a, b))}
              onDelete={() => put(list.filter((_, j) => j !== i))}
            />
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => put([...list, { name: '', code: '' }])}>
        + {t('record.result.add')}
      </button>
    </div>
  );
}
