import { useCallback, useEffect, useState } from 'react';
import {
  MAX_IMPORT_FILE_BYTES,
  type DryRunRow,
  type DryRunSummary,
  type ImportResult,
  type Inspection,
  type RowSelection,
  type SheetPlan,
} from '../../../../electron/shared/contract/import';
import { call } from '../../api/client';
import { useDroppedFile } from '../../app/file-drop';
import { useI18n } from '../../i18n';
import { CompareStep } from '../decisions/CompareStep';
import { FileStep } from './FileStep';
import { MapStep, type PreviewData } from './MapStep';
import { ProgressPanel } from './ProgressPanel';
import { ResultStep } from './ResultStep';
import { ReviewStep } from './ReviewStep';
import { PICK_ALL, type PickState } from './RowPicker';
import { readAsBase64, useImportProgress } from './useImportProgress';
import './import.css';

type Step = 'pick' | 'map' | 'review' | 'done';
const STEPS: Step[] = ['pick', 'map', 'review', 'done'];

/**
 * Nhập Excel: file → sheet, header row and columns (auto-detected, adjustable, remembered) → preview → dry run
 * with per-row diff accept/reject → commit (backed up, one transaction) → result and error report. Parsing
 * runs in a backend worker; this screen only polls progress, so it never freezes.
 */
export function ImportScreen({
  unitId,
  onImported,
  onInventory,
}: {
  unitId: number;
  onImported: () => void;
  onInventory: () => void;
}) {
  const { t } = useI18n();
  const [step, setStep] = useState<Step>('pick');
  // Compare mode (a newer national list against the unit's inventory) replaces the review step.
  const [comparing, setComparing] = useState(false);
  const [token, setToken] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [plans, setPlans] = useState<SheetPlan[]>([]);
  const [preview, setPreview] = useState<PreviewData | null>(null);
  const [dry, setDry] = useState<{
    summary: DryRunSummary;
    rows: DryRunRow[];
    truncated: boolean;
    selection: RowSelection;
  } | null>(null);
  const [pick, setPick] = useState<PickState>(PICK_ALL);
  const [accepted, setAccepted] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<ImportResult | null>(null);
  const progress = useImportProgress(token, busy !== null);

  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  // The backend loads an import worker ahead, so the file picked next is read without waiting for one.
  useEffect(() => {
    void call('import.prepare', {}).catch(() => undefined);
  }, []);

  const restart = useCallback(() => {
    if (token) void call('import.cancel', { token }).catch(() => undefined);
    setToken(null);
    setStep('pick');
    setComparing(false);
    setInspection(null);
    setPreview(null);
    setDry(null);
    setResult(null);
    setBusy(null);
  }, [token]);

  const onFile = useCallback(
    (file: File) => {
      setError(null);
      if (!/\.xlsx$/i.test(file.name) && !/\.xls$/i.test(file.name))
        return setError(t('import.notXlsx', { file: file.name }));
      // Checked before a byte is read: a huge file is refused by its size; a folder, a FIFO or a device picked
      // through the dialog has no size here and reading it could block.
      const mb = (n: number) => (n / 1048576).toFixed(1);
      if (file.size > MAX_IMPORT_FILE_BYTES)
        return setError(
          t('import.tooBig', { file: file.name, size: mb(file.size), limit: mb(MAX_IMPORT_FILE_BYTES) }),
        );
      if (file.size === 0) return setError(t('import.notAFile', { file: file.name }));
      setFileName(file.name);
      setBusy(t('import.reading', { file: file.name }));
      performance.mark('tinhgon:import-start');
      readAsBase64(file)
        .then((dataBase64) => call('import.upload', { fileName: file.name, dataBase64 }))
        .then(async ({ token: tk }) => {
          setToken(tk);
          const ins = await call('import.inspect', { token: tk });
          performance.mark('tinhgon:import-inspected');
          setInspection(ins);
          setPlans(ins.plans);
          setStep('map');
        })
        .catch((e: unknown) => {
          fail(e);
          setToken(null);
        })
        .finally(() => setBusy(null));
    },
    [t],
  );

  // A workbook dropped anywhere on the window (app/file-drop.ts) starts the wizard over with it, unless a file is
  // being read or written right now.
  useDroppedFile((file) => {
    if (busy) return;
    restart();
    setError(null);
    onFile(file);
  });

  const cancel = () => {
    if (token) void call('import.cancel', { token }).catch(() => undefined);
    setBusy(null);
    setToken(null);
    setStep('pick');
  };

  const reinspect = (listSheet: string, headerRow?: number) => {
    if (!token) return;
    setError(null);
    setPreview(null);
    call('import.inspect', { token, listSheet, ...(headerRow ? { headerRow } : {}) })
      .then((ins) => {
        setInspection(ins);
        setPlans(
          ins.plans.some((p) => p.role === 'list')
            ? ins.plans
            : [{ sheet: listSheet, role: 'list', headerRow: headerRow ?? 1, fields: [] }, ...ins.plans],
        );
      })
      .catch(fail);
  };

  const runPreview = () => {
    if (!token) return;
    setError(null);
    call('import.preview', { token, unitId, plans, limit: 50 }).then(setPreview).catch(fail);
  };

  /** The dry run of the picked rows; changes the officer accepted stay accepted while still in the plan. */
  const runDry = (nextPick: PickState) => {
    if (!token) return;
    setError(null);
    setBusy(t('import.dryRun'));
    setPick(nextPick);
    const rowPick = {
      ...(nextPick.fields ? { fields: nextPick.fields } : {}),
      ...(nextPick.levels ? { levels: nextPick.levels } : {}),
    };
    call('import.dryRun', { token, unitId, plans, pick: rowPick })
      .then((d) => {
        performance.mark('tinhgon:import-dry-run');
        setDry(d);
        const updated = new Set(d.rows.filter((r) => r.status === 'updated').map((r) => r.key));
        setAccepted((prev) => new Set([...prev].filter((k) => updated.has(k))));
        setStep('review');
      })
      .catch(fail)
      .finally(() => setBusy(null));
  };

  const commit = () => {
    if (!token) return;
    setError(null);
    setBusy(t('import.committing'));
    call('import.commit', { token, accept: [...accepted] })
      .then((r) => {
        performance.mark('tinhgon:import-committed');
        setResult(r);
        setStep('done');
        onImported();
      })
      .catch(fail)
      .finally(() => setBusy(null));
  };

  return (
    <div className="import-screen">
      <h2>{t('import.title')}</h2>
      <ol className="import-steps">
        {STEPS.map((s) => (
          <li
            key={s}
            className={s === step ? 'current' : STEPS.indexOf(s) < STEPS.indexOf(step) ? 'past' : ''}
          >
            {t(`import.step.${s}`)}
          </li>
        ))}
      </ol>
      {fileName && step !== 'pick' && <p className="import-file-name">{fileName}</p>}
      {busy && (
        <ProgressPanel label={busy} progress={progress} onCancel={step === 'pick' ? cancel : undefined} />
      )}
      {error && step !== 'pick' && (
        <p className="import-error" role="alert">
          {error}
        </p>
      )}
      {step === 'pick' && !busy && <FileStep onFile={onFile} error={error} />}
      {step === 'map' && comparing && token && (
        <CompareStep
          token={token}
          unitId={unitId}
          plans={plans}
          onBack={() => setComparing(false)}
          onApplied={onImported}
        />
      )}
      {step === 'map' && inspection && !comparing && (
        <button
          type="button"
          className="compare-open"
          disabled={busy !== null}
          onClick={() => setComparing(true)}
        >
          {t('compare.open')}
        </button>
      )}
      {step === 'map' && inspection && !comparing && (
        <MapStep
          inspection={inspection}
          plans={plans}
          preview={preview}
          busy={busy !== null}
          onPickList={reinspect}
          onPlans={setPlans}
          onPreview={runPreview}
          onDryRun={() => runDry(PICK_ALL)}
        />
      )}
      {step === 'review' && dry && (
        <ReviewStep
          {...dry}
          pick={pick}
          onPick={runDry}
          accepted={accepted}
          onAccepted={setAccepted}
          busy={busy !== null}
          onCommit={commit}
          onBack={() => setStep('map')}
        />
      )}
      {step === 'done' && result && token && (
        <ResultStep token={token} result={result} onRestart={restart} onInventory={onInventory} />
      )}
    </div>
  );
}
