import { useState } from 'react';
import type { ProcedureDetail } from '../../../../../electron/shared/contract/inventory';
import type { TimeUnit } from '../../../../../electron/shared/domain';
import { useI18n } from '../../../i18n';
import { ItemButtons, moved, NumberField, SelectField, TextField } from './fields';
import type { SectionProps } from './RecordEditor';

type StepRow = ProcedureDetail['steps'][number];
type StepDraft = Omit<StepRow, 'id'> & { id?: number };
export const TIME_UNITS: TimeUnit[] = ['WORKING_DAY', 'CALENDAR_DAY', 'HOUR', 'MONTH', 'UNSPECIFIED'];

/** Ordered steps: edit in place, add, delete, reorder by drag and drop or with the ↑/↓ buttons. */
export function StepsSection({ d, save, reorderSteps }: SectionProps) {
  const { t } = useI18n();
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const steps = d.steps;
  const put = (next: StepDraft[]) => save({ section: 'steps', steps: next });
  const edit = (i: number, patch: Partial<StepDraft>) =>
    put(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const reorder = (from: number, to: number) => {
    if (from !== to) reorderSteps(moved(steps, from, to).map((s) => s.id));
  };
  const labels = { up: t('record.up'), down: t('record.down'), del: t('record.delete') };
  const unitOptions = TIME_UNITS.map((u) => ({
    value: u,
    label: u === 'UNSPECIFIED' ? t('record.none') : t(`unit.${u}`),
  }));
  return (
    <div className="record-list">
      <p className="muted">{t('record.dragHint')}</p>
      <ol className="steps">
        {steps.map((s, i) => (
          <li
            key={s.id}
            data-step-id={s.id}
            draggable
            className={dragFrom === i ? 'dragging' : ''}
            onDragStart={(e) => {
              setDragFrom(i);
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', String(i));
            }}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              const from = dragFrom ?? Number(e.dataTransfer.getData('text/plain'));
              setDragFrom(null);
              reorder(from, i);
            }}
            onDragEnd={() => setDragFrom(null)}
          >
            <div className="item-head">
              <span className="drag-handle" aria-hidden="true">
                ⠿
              </span>
              <strong>{i + 1}.</strong>
              <TextField
                className="grow"
                label={t('record.step.title')}
                value={s.title}
                onCommit={(v) => edit(i, { title: v })}
              />
              <ItemButtons
                index={i}
                count={steps.length}
                labels={labels}
                name={s.title || String(i + 1)}
                onMove={reorder}
                onDelete={() => put(steps.filter((_, j) => j !== i))}
              />
            </div>
            <TextField
              label={t('record.step.text')}
              value={s.text}
              multiline
              onCommit={(v) => edit(i, { text: v })}
            />
            <div className="row">
              <TextField
                label={t('record.step.actor')}
                value={s.actor}
                onCommit={(v) => edit(i, { actor: v })}
              />
              <NumberField
                label={t('record.step.duration')}
                value={s.durationValue}
                messages={{ number: t('record.err.number'), integer: t('record.err.integer') }}
                onCommit={(v) => edit(i, { durationValue: v })}
              />
              <SelectField<TimeUnit>
                label={t('record.ch.unit')}
                value={s.durationUnit}
                options={unitOptions}
                onCommit={(v) => edit(i, { durationUnit: v || 'UNSPECIFIED' })}
              />
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() =>
          put([
            ...steps,
            { title: '', text: '', actor: '', durationValue: null, durationUnit: 'UNSPECIFIED' },
          ])
        }
      >
        + {t('record.step.add')}
      </button>
    </div>
  );
}
