import type { ProcedureDetail } from '../../../../../electron/shared/contract/inventory';
import type { ChannelMethod, FeeKind, TimeUnit } from '../../../../../electron/shared/domain';
import { useI18n } from '../../../i18n';
import { CheckField, ItemButtons, moved, NumberField, SelectField, TextField } from './fields';
import type { SectionProps } from './RecordEditor';
import { TIME_UNITS } from './StepsSection';

type Channel = ProcedureDetail['channels'][number];
type FeeRow = Channel['fees'][number];
type FeeDraft = Omit<FeeRow, 'id'> & { id?: number };

const NEW_FEE: FeeDraft = { kind: 'LE_PHI', amount: 0, setBy: null, currency: 'VND', perUnit: '', text: '' };

/** Channels (trực tiếp / bưu chính / trực tuyến), each with its own time and fee rows. */
export function ChannelsSection({ d, save }: SectionProps) {
  const { t } = useI18n();
  const channels = d.channels;
  const put = (next: (Omit<Channel, 'id' | 'fees'> & { id?: number; fees: FeeDraft[] })[]) =>
    save({ section: 'channels', channels: next });
  const edit = (i: number, patch: Partial<Channel>) =>
    put(channels.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const editFees = (i: number, fees: FeeDraft[]) =>
    put(channels.map((c, j) => (j === i ? { ...c, fees } : c)));
  const labels = { up: t('record.up'), down: t('record.down'), del: t('record.delete') };
  const nums = { number: t('record.err.number'), integer: t('record.err.integer') };
  const methods = (['TRUC_TIEP', 'BUU_CHINH', 'TRUC_TUYEN'] as const).map((m) => ({
    value: m,
    label: t(`channel.${m}`),
  }));
  const units = TIME_UNITS.map((u) => ({
    value: u,
    label: u === 'UNSPECIFIED' ? t('record.none') : t(`unit.${u}`),
  }));
  const kinds = (['PHI', 'LE_PHI', 'KHAC'] as const).map((k) => ({ value: k, label: t(`record.fee.${k}`) }));
  return (
    <div className="record-list">
      {channels.map((c, i) => (
        <section key={c.id} className="record-item">
          <div className="item-head">
            <SelectField<ChannelMethod>
              label={t('record.ch.method')}
              value={c.method}
              options={methods}
              onCommit={(v) => v && edit(i, { method: v })}
            />
            <NumberField
              label={t('record.ch.time')}
              value={c.timeValue}
              messages={nums}
              onCommit={(v) => edit(i, { timeValue: v })}
            />
            <SelectField<TimeUnit>
              label={t('record.ch.unit')}
              value={c.timeUnit}
              options={units}
              onCommit={(v) => edit(i, { timeUnit: v || 'UNSPECIFIED' })}
            />
            <ItemButtons
              index={i}
              count={channels.length}
              labels={labels}
              name={t(`channel.${c.method}`)}
              onMove={(a, b) => put(moved(channels, a, b))}
              onDelete={() => put(channels.filter((_, j) => j !== i))}
            />
          </div>
          <TextField
            label={t('record.ch.timeText')}
            value={c.timeText}
            multiline
            rows={2}
            onCommit={(v) => edit(i, { timeText: v })}
          />
          <TextField
            label={t('record.ch.description')}
            value={c.description}
            multiline
            onCommit={(v) => edit(i, { description: v })}
          />
          <h4>{t('record.ch.fees')}</h4>
          {c.fees.map((f, k) => {
            const setFee = (patch: Partial<FeeDraft>) =>
              editFees(
                i,
                c.fees.map((x, m) => (m === k ? { ...x, ...patch } : x)),
              );
            const hdnd = f.setBy === 'HDND_TINH';
            return (
              <div key={f.id} className="row fee-row">
                <SelectField<FeeKind>
                  label={t('record.fee.kind')}
                  value={f.kind}
                  options={kinds}
                  onCommit={(v) => v && setFee({ kind: v })}
                />
                {/* The amount stays visible and as stored whether or not HĐND decides it: the flag says who
                    sets the fee, it never erases one (a province's resolution often gives the amount too). */}
                <NumberField
                  label={t('record.fee.amount')}
                  value={f.amount}
                  integer
                  messages={nums}
                  onCommit={(v) => setFee({ amount: v })}
                />
                <CheckField
                  label={t('record.fee.hdnd')}
                  value={hdnd}
                  onCommit={(v) => setFee({ setBy: v ? 'HDND_TINH' : null })}
                />
                <TextField
                  className="grow"
                  label={t('record.fee.text')}
                  value={f.text}
                  onCommit={(v) => setFee({ text: v })}
                />
                <button
                  type="button"
                  className="danger"
                  aria-label={`${t('record.delete')}: ${t('record.ch.fees')} ${k + 1}`}
                  onClick={() =>
                    editFees(
                      i,
                      c.fees.filter((_, m) => m !== k),
                    )
                  }
                >
                  ✕
                </button>
              </div>
            );
          })}
          <button type="button" onClick={() => editFees(i, [...c.fees, NEW_FEE])}>
            + {t('record.fee.add')}
          </button>
        </section>
      ))}
      <button
        type="button"
        onClick={() =>
          put([
            ...channels,
            {
              method: 'TRUC_TIEP',
              timeValue: null,
              timeUnit: 'WORKING_DAY',
              timeText: '',
              description: '',
              fees: [],
            },
          ])
        }
      >
        + {t('record.ch.add')}
      </button>
    </div>
  );
}
