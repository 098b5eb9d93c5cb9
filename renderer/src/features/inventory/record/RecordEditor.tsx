import { ProcedureDecisions } from '../../decisions/ProcedureDecisions';
import { useCallback, useEffect, useState } from 'react';
import type { ProcedureDetail, SectionInput } from '../../../../../electron/shared/contract/inventory';
import { call } from '../../../api/client';
import { useI18n, type MessageKey } from '../../../i18n';
import { AuditLog } from '../AuditLog';
import { ChannelsSection } from './ChannelsSection';
import { DocumentsSection } from './DocumentsSection';
import { ConditionsSection, GeneralSection, UnitSection } from './GeneralSection';
import { LegalSection, ResultsSection } from './ListSections';
import { PrintView } from './PrintView';
import { ProcessSection } from './ProcessSection';
import { StepsSection } from './StepsSection';

const TABS = [
  'general',
  'channels',
  'steps',
  'process',
  'documents',
  'legal',
  'results',
  'conditions',
  'unit',
  'history',
] as const;
type Tab = (typeof TABS)[number];

export interface SectionProps {
  d: ProcedureDetail;
  save: (data: SectionInput) => void;
  reorderSteps: (stepIds: number[]) => void;
}

/**
 * The record editor: a side panel (widenable to the full width) with the official sections in order. Every
 * change is saved at once (one undo step each); the reason of a refused change is shown in the panel.
 */
export function RecordEditor(p: {
  unitId: number;
  procedureId: number;
  version: number;
  /** Width in px beside the grid (the panel resizer sets it); the widened panel takes the whole screen. */
  width: number;
  onChanged: (procedureId: number) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [detail, setDetail] = useState<ProcedureDetail | null>(null);
  const [tab, setTab] = useState<Tab>('general');
  const [wide, setWide] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [auditKey, setAuditKey] = useState(0);
  const [printing, setPrinting] = useState(false);
  const { unitId, procedureId, onChanged } = p;

  useEffect(() => {
    call('procedures.get', { unitId, procedureId })
      .then((d) => {
        setDetail(d);
        setError(null);
      })
      .catch((e: Error) => setError(e.message));
  }, [unitId, procedureId, p.version]);

  const done = useCallback(
    (d: ProcedureDetail) => {
      setDetail(d);
      setError(null);
      setAuditKey((k) => k + 1);
      onChanged(procedureId);
    },
    [onChanged, procedureId],
  );
  const save = useCallback(
    (data: SectionInput) => {
      call('procedures.saveSection', { unitId, procedureId, data })
        .then(done)
        .catch((e: Error) => setError(e.message));
    },
    [unitId, procedureId, done],
  );
  const reorderSteps = useCallback(
    (stepIds: number[]) => {
      call('steps.reorder', { unitId, procedureId, stepIds })
        .then(done)
        .catch((e: Error) => setError(e.message));
    },
    [unitId, procedureId, done],
  );

  const closePrint = useCallback(() => setPrinting(false), []);
  const props = detail ? { d: detail, save, reorderSteps } : null;
  return (
    <aside
      className={`record-editor ${wide ? 'wide' : ''}`}
      style={wide ? undefined : { width: p.width }}
      aria-label={detail?.name ?? t('app.loading')}
    >
      <header>
        <h2>
          {detail ? (
            <>
              <span className="code">{detail.code}</span> {detail.name}
            </>
          ) : (
            t('app.loading')
          )}
        </h2>
        <button type="button" disabled={!detail} onClick={() => setPrinting(true)}>
          {t('record.print')}
        </button>
        <button type="button" onClick={() => setWide((w) => !w)} aria-pressed={wide}>
          {wide ? t('record.narrow') : t('record.widen')}
        </button>
        <button type="button" onClick={p.onClose}>
          {t('detail.close')}
        </button>
      </header>
      <div className="record-tabs" role="tablist">
        {TABS.map((x) => (
          <button key={x} type="button" role="tab" aria-selected={tab === x} onClick={() => setTab(x)}>
            {t(`record.tab.${x}` as MessageKey)}
          </button>
        ))}
      </div>
      {error && (
        <div className="record-error" role="status">
          {error}
        </div>
      )}
      <div className="record-body" role="tabpanel">
        {props && tab === 'general' && <GeneralSection {...props} />}
        {props && tab === 'channels' && <ChannelsSection {...props} />}
        {props && tab === 'steps' && <StepsSection {...props} />}
        {props && tab === 'process' && <ProcessSection {...props} />}
        {props && tab === 'documents' && <DocumentsSection {...props} />}
        {props && tab === 'legal' && <LegalSection {...props} />}
        {props && tab === 'results' && <ResultsSection {...props} />}
        {props && tab === 'conditions' && <ConditionsSection {...props} />}
        {props && tab === 'unit' && <UnitSection {...props} />}
        {tab === 'history' && (
          <>
            <ProcedureDecisions unitId={unitId} procedureId={procedureId} />
            <AuditLog unitId={unitId} procedureId={procedureId} refreshKey={auditKey + p.version} />
          </>
        )}
      </div>
      {printing && detail && <PrintView d={detail} onClose={closePrint} />}
    </aside>
  );
}
