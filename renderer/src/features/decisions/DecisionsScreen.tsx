import { useCallback, useEffect, useState } from 'react';
import type {
  ApplyPlan,
  DecisionDetail,
  DecisionItem,
  DecisionSummary,
  ParsedAppendix,
} from '../../../../electron/shared/contract/decisions';
import { formatDateVi, parseDateVi } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { parseTsv } from '../inventory/grid/tsv';
import { readAsBase64 } from '../import/useImportProgress';
import { triggerDownload, useExportJob } from '../reports/useExportJob';
import { DecisionItemsTable, blankItem } from './DecisionItemsTable';
import { DecisionPlan } from './DecisionPlan';
import './decisions.css';

interface Draft {
  id: number | null;
  appliedAt: string | null;
  number: string;
  signedDate: string;
  effectiveDate: string;
  issuer: string;
  signer: string;
  title: string;
  source: string;
  items: DecisionItem[];
}

const blank = (): Draft => ({
  id: null,
  appliedAt: null,
  number: '',
  signedDate: '',
  effectiveDate: '',
  issuer: '',
  signer: '',
  title: '',
  source: '',
  items: [blankItem()],
});

const toDraft = (d: DecisionDetail): Draft => ({
  id: d.id,
  appliedAt: d.appliedAt,
  number: d.number,
  issuer: d.issuer,
  signer: d.signer,
  title: d.title,
  source: d.source,
  signedDate: formatDateVi(d.signedDate),
  effectiveDate: formatDateVi(d.effectiveDate),
  items: d.items.map(({ id: _i, procedureId: _p, ...it }) => it),
});

/** Publication decisions of the unit: record (by hand, paste, appendix file), preview, apply, export. */
export function DecisionsScreen({ unitId, onApplied }: { unitId: number; onApplied: () => void }) {
  const { t } = useI18n();
  const [list, setList] = useState<DecisionSummary[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [plan, setPlan] = useState<ApplyPlan | null>(null);
  const [paste, setPaste] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const xlsx = useExportJob();
  const load = useCallback(() => {
    call('decisions.list', { unitId })
      .then(setList)
      .catch((e: Error) => setError(e.message));
  }, [unitId]);
  useEffect(load, [load]);

  const fail = (e: Error) => setError(e.message);
  /** Opens a decision; after an apply or undo the plan and the message stay on screen. */
  const open = (id: number, fresh = true) => {
    if (fresh) {
      setPlan(null);
      setStatus(null);
      setError(null);
    }
    call('decisions.get', { decisionId: id })
      .then((d) => setDraft(toDraft(d)))
      .catch(fail);
  };
  const set = (patch: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  const readOnly = draft?.appliedAt !== null && draft?.appliedAt !== undefined;

  const absorb = (p: ParsedAppendix, source: string) => {
    if (!draft) return;
    const items = p.items.map(({ sheet: _s, row: _r, ...it }) => it);
    const keep = draft.items.filter((it) => it.name.trim());
    set({
      items: [...keep, ...items],
      number: draft.number || p.head.number,
      signedDate: draft.signedDate || (p.head.signedDate ? formatDateVi(p.head.signedDate) : ''),
      effectiveDate: draft.effectiveDate || (p.head.signedDate ? formatDateVi(p.head.signedDate) : ''),
      issuer: draft.issuer || p.head.issuer,
      title: draft.title || p.head.title,
      source: draft.source || source,
    });
    setPaste(null);
    const content = items.filter((it) => it.content).length;
    setStatus(
      content
        ? t('decisions.readContent', { count: items.length, source, content })
        : t('decisions.read', { count: items.length, source }),
    );
    setError(
      p.problems.length
        ? t('decisions.problems', {
            list: p.problems
              .slice(0, 3)
              .map((x) => `${x.sheet}${x.row ? ` dòng ${x.row}` : ''}: ${x.message}`)
              .join('; '),
          })
        : null,
    );
  };

  const save = async (): Promise<number | null> => {
    if (!draft) return null;
    const signedDate = parseDateVi(draft.signedDate);
    const effectiveDate = parseDateVi(draft.effectiveDate || draft.signedDate);
    if (!signedDate) return (setError(t('decisions.errDate', { field: t('decisions.signedDate') })), null);
    if (!effectiveDate)
      return (setError(t('decisions.errDate', { field: t('decisions.effectiveDate') })), null);
    const { id, appliedAt: _a, items, ...head } = draft;
    const d = await call('decisions.save', {
      unitId,
      ...(id !== null ? { decisionId: id } : {}),
      head: { ...head, signedDate, effectiveDate },
      items: items.filter((it) => it.name.trim()),
    });
    setDraft(toDraft(d));
    setError(null);
    load();
    return d.id;
  };

  const run = (fn: () => Promise<void>) => () => void fn().catch(fail);
  const preview = run(async () => {
    const id = readOnly ? draft.id : await save();
    if (id !== null) setPlan(await call('decisions.preview', { decisionId: id }));
  });
  const apply = run(async () => {
    const id = await save();
    if (id === null) return;
    const done = await call('decisions.apply', { decisionId: id });
    setPlan(done);
    setStatus(t('decisions.appliedNow', { number: draft!.number, backup: done.backupName ?? '' }));
    open(id, false);
    load();
    onApplied();
  });
  const undo = run(async () => {
    await call('history.undo', {});
    setStatus(t('decisions.undone'));
    setPlan(null);
    if (draft?.id) open(draft.id, false);
    load();
    onApplied();
  });
  const docx = run(async () => {
    const r = await call('decisions.exportDocx', { decisionId: draft!.id! });
    if (r.delivery.kind === 'download') triggerDownload(r.delivery.url, r.fileName);
    setStatus(t('decisions.exported', { name: r.fileName }));
  });

  return (
    <section className="decisions-screen">
      <div className="toolbar">
        <h1>{t('decisions.title')}</h1>
        <button
          type="button"
          className="primary"
          onClick={() => {
            setDraft(blank());
            setPlan(null);
            setStatus(null);
          }}
        >
          {t('decisions.new')}
        </button>
        {status && <span role="status">{status}</span>}
      </div>
      {error && (
        <div className="error-bar" role="alert">
          {error}
        </div>
      )}
      <div className="decisions-body">
        <ul className="decision-list" aria-label={t('decisions.title')}>
          {list.length === 0 && <li className="muted">{t('decisions.none')}</li>}
          {list.map((d) => (
            <li key={d.id} className={draft?.id === d.id ? 'current' : ''}>
              <button type="button" onClick={() => open(d.id)}>
                <strong>{d.number}</strong> · {formatDateVi(d.signedDate)}
                <small>{t('decisions.counts', d.counts)}</small>
                <small className={d.appliedAt ? 'applied' : 'pending'}>
                  {d.appliedAt ? t('decisions.applied') : t('decisions.notApplied')}
                </small>
              </button>
            </li>
          ))}
        </ul>
        {draft && (
          <div className="decision-editor">
            {readOnly && <p className="note">{t('decisions.readOnly')}</p>}
            <div className="decision-head">
              {(
                [
                  ['number', 'decisions.number'],
                  ['signedDate', 'decisions.signedDate'],
                  ['effectiveDate', 'decisions.effectiveDate'],
                  ['issuer', 'decisions.issuer'],
                  ['signer', 'decisions.signer'],
                  ['title', 'decisions.titleField'],
                ] as const
              ).map(([key, label]) => (
                <label key={key} className={key === 'title' || key === 'issuer' ? 'wide' : ''}>
                  {t(label)}
                  <input
                    readOnly={readOnly}
                    value={draft[key]}
                    placeholder={key.endsWith('Date') ? 'dd/mm/yyyy' : key === 'number' ? '1234/QĐ-UBND' : ''}
                    onChange={(e) => set({ [key]: e.target.value })}
                  />
                </label>
              ))}
            </div>
            <div className="toolbar">
              <h2>{t('decisions.items', { count: draft.items.length })}</h2>
              {!readOnly && (
                <>
                  <button type="button" onClick={() => set({ items: [...draft.items, blankItem()] })}>
                    {t('decisions.addRow')}
                  </button>
                  <button type="button" onClick={() => setPaste('')}>
                    {t('decisions.paste')}
                  </button>
                  <label className="file-button">
                    {t('decisions.importFile')}
                    <input
                      type="file"
                      accept=".xlsx"
                      onChange={(e) => {
                        const file = e.target.files?.[0];
                        e.target.value = '';
                        if (file)
                          void readAsBase64(file)
                            .then((dataBase64) =>
                              call('decisions.parseFile', { fileName: file.name, dataBase64 }),
                            )
                            .then((p) => absorb(p, file.name))
                            .catch(fail);
                      }}
                    />
                  </label>
                </>
              )}
            </div>
            {paste !== null && (
              <div className="decision-paste">
                <p className="muted">{t('decisions.pasteHint')}</p>
                <textarea
                  aria-label={t('decisions.paste')}
                  rows={6}
                  value={paste}
                  onChange={(e) => setPaste(e.target.value)}
                />
                <button
                  type="button"
                  className="primary"
                  onClick={() =>
                    void call('decisions.parseRows', { rows: parseTsv(paste), source: t('decisions.paste') })
                      .then((p) => absorb(p, t('decisions.paste')))
                      .catch(fail)
                  }
                >
                  {t('decisions.pasteRead')}
                </button>
              </div>
            )}
            <DecisionItemsTable
              items={draft.items}
              readOnly={readOnly}
              onChange={(items) => set({ items })}
            />
            <div className="toolbar decision-actions">
              {!readOnly && (
                <button
                  type="button"
                  onClick={run(async () => {
                    if ((await save()) !== null) setStatus(t('decisions.saved', { number: draft.number }));
                  })}
                >
                  {t('decisions.save')}
                </button>
              )}
              <button type="button" onClick={preview}>
                {t('decisions.preview')}
              </button>
              {!readOnly && (
                <button
                  type="button"
                  className="primary"
                  disabled={!plan || plan.errors.length > 0}
                  onClick={apply}
                >
                  {t('decisions.apply')}
                </button>
              )}
              {readOnly && (
                <button type="button" onClick={undo}>
                  {t('decisions.undo')}
                </button>
              )}
              {draft.id !== null && (
                <>
                  <button
                    type="button"
                    disabled={xlsx.progress?.state === 'running'}
                    onClick={() => xlsx.start({ report: 'decision-appendix', unitId, decisionId: draft.id })}
                  >
                    {t('decisions.exportXlsx')}
                  </button>
                  <button type="button" onClick={docx}>
                    {t('decisions.exportDocx')}
                  </button>
                </>
              )}
              {xlsx.progress?.state === 'done' && xlsx.progress.delivery?.kind === 'saved' && (
                <span role="status">{t('decisions.exported', { name: xlsx.progress.delivery.name })}</span>
              )}
              {xlsx.error && <span role="alert">{xlsx.error}</span>}
            </div>
            {plan && <DecisionPlan plan={plan} />}
          </div>
        )}
      </div>
    </section>
  );
}
