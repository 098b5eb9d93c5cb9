import { useEffect, useState } from 'react';
import type { ProcessInput, ProcessSummary } from '../../../../../electron/shared/contract/process';
import { formatHoursMilliAs, parseStepTime } from '../../../../../electron/shared/cost/step-time';
import { formatNumber } from '../../../../../electron/shared/text/format';
import { call } from '../../../api/client';
import { useI18n, type MessageKey } from '../../../i18n';
import { ItemButtons, moved, TextField } from './fields';
import type { SectionProps } from './RecordEditor';

type Proc = ProcessSummary['processes'][number];
const CHANNELS = ['TRUC_TIEP', 'BUU_CHINH', 'TRUC_TUYEN'] as const;

/** The summary's processes as the save input (times as their published text, ids kept). */
const toInput = (list: Proc[]): ProcessInput[] =>
  list.map((p) => ({
    id: p.id,
    name: p.name,
    channels: p.channels,
    source: p.source,
    statedTotal: p.statedTotal,
    steps: p.steps.map((s) => ({
      id: s.id,
      work: s.work,
      responsible: s.responsible,
      time: s.timeText || '',
      result: s.result,
    })),
  }));

function readFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve((r.result as string).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(new Error(file.name));
    r.readAsDataURL(file);
  });
}

/**
 * Quy trình nội bộ of this unit: ordered steps (work, who, time as published, result), several variants, the sum
 * against each channel's thời hạn giải quyết (over or under shown, never adjusted), import of a published table.
 * Each change saves the whole section: one undo step, audited.
 */
export function ProcessSection({ d }: SectionProps) {
  const { t, locale } = useI18n();
  const [summary, setSummary] = useState<ProcessSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const target = { unitId: d.unitId, procedureId: d.id };
  useEffect(() => {
    call('process.get', { unitId: d.unitId, procedureId: d.id })
      .then(setSummary)
      .catch((e: Error) => setError(e.message));
  }, [d.unitId, d.id, d.updatedAt]);
  if (!summary) return error ? <div className="record-error">{error}</div> : null;
  const done = (s: ProcessSummary) => {
    setSummary(s);
    setError(null);
  };
  const put = (list: ProcessInput[]): void => {
    call('process.save', { ...target, processes: list })
      .then(done)
      .catch((e: Error) => setError(e.message));
  };
  const list = toInput(summary.processes);
  const editStep = (pi: number, si: number, patch: Partial<ProcessInput['steps'][number]>) =>
    put(
      list.map((p, i) =>
        i === pi ? { ...p, steps: p.steps.map((s, j) => (j === si ? { ...s, ...patch } : s)) } : p,
      ),
    );
  const timeCheck = (v: string) => {
    const r = parseStepTime(v);
    return r.ok ? null : locale === 'vi' ? r.errors[0]!.message_vi : r.errors[0]!.message_en;
  };
  const labels = { up: t('record.up'), down: t('record.down'), del: t('record.delete') };
  const problems = summary.channels.flatMap((c) =>
    c.problems.map((x) =>
      t(`process.problem.${x.code}` as MessageKey, {
        ch: t(`process.ch.${c.method}` as MessageKey),
        p: formatNumber(x.processDays, { locale }),
        l: formatNumber(x.legalDays, { locale }),
      }),
    ),
  );
  return (
    <div className="record-list process-section">
      <p className="muted">{t('record.process.hint')}</p>
      <label className="process-import">
        {t('record.process.import')}
        <input
          type="file"
          accept=".xlsx"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            void readFile(file)
              .then((dataBase64) => call('process.import', { ...target, fileName: file.name, dataBase64 }))
              .then((s) => {
                done(s);
                setNote(t('record.process.imported', { n: s.stepCount, file: file.name }));
              })
              .catch((err: Error) => setError(err.message));
          }}
        />
      </label>
      {note && <p role="status">{note}</p>}
      {error && (
        <div className="record-error" role="alert">
          {error}
        </div>
      )}
      {problems.map((p) => (
        <p key={p} className="process-problem" role="status">
          ⚠ {p}
        </p>
      ))}
      {summary.processes.length > 0 && (
        <table className="process-channel-days" data-testid="process-channel-days">
          <caption>{t('record.process.daysPerChannel')}</caption>
          <tbody>
            {summary.channels.map((c) => {
              const pi = summary.processes.findIndex((p) => p.id === c.processId);
              return (
                <tr key={c.channelId} data-testid={`process-days-${c.method}`}>
                  <th scope="row">{t(`process.ch.${c.method}` as MessageKey)}</th>
                  <td>
                    {pi < 0
                      ? t('record.process.noVariant')
                      : t('record.process.variantDays', {
                          n: pi + 1,
                          name: summary.processes[pi]!.name ? ` (${summary.processes[pi]!.name})` : '',
                          days: formatNumber(c.processDays ?? 0, { locale }),
                        })}
                  </td>
                  <td>
                    {c.legalDays === null
                      ? ''
                      : t('record.process.legalDays', { days: formatNumber(c.legalDays, { locale }) })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {summary.processes.map((p, pi) => {
        const unit = p.steps.some((s) => s.time.unit === 'HOUR') ? 'HOUR' : 'WORKING_DAY';
        return (
          <fieldset key={p.id} className="process-variant" data-testid={`process-${pi}`}>
            <legend>
              <TextField
                label={t('record.process.name')}
                value={p.name}
                onCommit={(v) => put(list.map((x, i) => (i === pi ? { ...x, name: v } : x)))}
              />
            </legend>
            <TextField
              label={t('record.process.source')}
              value={p.source}
              onCommit={(v) => put(list.map((x, i) => (i === pi ? { ...x, source: v } : x)))}
            />
            <fieldset className="process-applies" data-testid={`process-channels-${pi}`}>
              <legend>{t('record.process.appliesTo')}</legend>
              <div className="process-applies-choices">
                {CHANNELS.map((m) => {
                  // Each channel takes its days from one variant: one another variant holds is shown as its.
                  const owner = summary.processes.findIndex((x, i) => i !== pi && x.channels.includes(m));
                  return (
                    <label key={m}>
                      <input
                        type="checkbox"
                        checked={p.channels.includes(m)}
                        disabled={owner >= 0}
                        onChange={(e) =>
                          put(
                            list.map((x, i) =>
                              i === pi
                                ? {
                                    ...x,
                                    channels: e.target.checked
                                      ? [...(x.channels ?? []), m]
                                      : (x.channels ?? []).filter((c) => c !== m),
                                  }
                                : x,
                            ),
                          )
                        }
                      />
                      {t(`process.ch.${m}` as MessageKey)}
                      {owner >= 0 && <small> {t('record.process.heldBy', { n: owner + 1 })}</small>}
                    </label>
                  );
                })}
                {p.channels.length === 0 && <small>{t('record.process.allChannels')}</small>}
              </div>
            </fieldset>
            <ol className="steps">
              {list[pi]!.steps.map((s, si) => (
                <li key={p.steps[si]!.id}>
                  <div className="item-head">
                    <TextField
                      className="grow"
                      label={t('record.process.work')}
                      value={s.work}
                      multiline
                      rows={2}
                      onCommit={(v) => editStep(pi, si, { work: v })}
                    />
                    <ItemButtons
                      index={si}
                      count={p.steps.length}
                      labels={labels}
                      name={s.work.slice(0, 40) || String(si + 1)}
                      onMove={(from, to) =>
                        put(list.map((x, i) => (i === pi ? { ...x, steps: moved(x.steps, from, to) } : x)))
                      }
                      onDelete={() =>
                        put(
                          list.map((x, i) =>
                            i === pi ? { ...x, steps: x.steps.filter((_, j) => j !== si) } : x,
                          ),
                        )
                      }
                    />
                  </div>
                  <div className="row">
                    <TextField
                      label={t('record.process.responsible')}
                      value={s.responsible}
                      onCommit={(v) => editStep(pi, si, { responsible: v })}
                    />
                    <TextField
                      label={t('record.process.time')}
                      value={s.time}
                      placeholder="04 giờ / 0,5 ngày làm việc"
                      validate={timeCheck}
                      onCommit={(v) => editStep(pi, si, { time: v })}
                    />
                    <TextField
                      label={t('record.process.result')}
                      value={s.result ?? ''}
                      onCommit={(v) => editStep(pi, si, { result: v })}
                    />
                  </div>
                </li>
              ))}
            </ol>
            <p data-testid={`process-total-${pi}`}>
              {t('record.process.total', {
                total: formatHoursMilliAs(p.hoursMilli, unit, locale),
                days: formatHoursMilliAs(p.hoursMilli, 'WORKING_DAY', locale),
              })}
              {p.statedTotal && ` — ${t('record.process.stated', { text: p.statedTotal })}`}
            </p>
            <button
              type="button"
              onClick={() =>
                put(
                  list.map((x, i) =>
                    i === pi
                      ? {
                          ...x,
                          steps: [...x.steps, { work: '', responsible: '', time: 'Không tính thời gian' }],
                        }
                      : x,
                  ),
                )
              }
            >
              + {t('record.process.addStep')}
            </button>{' '}
            <button type="button" className="danger" onClick={() => put(list.filter((_, i) => i !== pi))}>
              {t('record.process.delete')}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() =>
          put([
            ...list,
            {
              name: '',
              steps: [{ work: t('record.process.firstStep'), responsible: '', time: '0,5 ngày làm việc' }],
            },
          ])
        }
      >
        + {t('record.process.add')}
      </button>
    </div>
  );
}
