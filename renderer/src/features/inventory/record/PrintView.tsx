import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ProcedureDetail } from '../../../../../electron/shared/contract/inventory';
import { call } from '../../../api/client';
import { useI18n } from '../../../i18n';
import { ProcedureDocument } from './ProcedureDocument';
import './print.css';

const isDesktop = () => Boolean(window.tinhgon);
const today = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/**
 * One procedure as a printable document, over the app. Print uses the browser's or Electron's print dialog;
 * "Lưu PDF" is Electron's printToPDF in the desktop app (saved through the save dialog) and the print dialog's
 * "Save as PDF" in browser mode. The print stylesheet prints only the document (print.css).
 */
export function PrintView({ d, onClose }: { d: ProcedureDetail; onClose: () => void }) {
  const { t } = useI18n();
  const [unitName, setUnitName] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    call('units.list', {})
      .then((units) => setUnitName(units.find((u) => u.id === d.unitId)?.name ?? ''))
      .catch(() => setUnitName(''));
  }, [d.unitId]);
  useEffect(() => {
    document.documentElement.classList.add('printing-document');
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => {
      document.documentElement.classList.remove('printing-document');
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);
  const savePdf = () => {
    if (!isDesktop()) {
      setStatus({ ok: true, text: t('print.browserPdf') });
      window.print();
      return;
    }
    setStatus(null);
    call('documents.savePdf', { name: `${d.code} - ${d.name}` })
      .then((r) => r.kind === 'saved' && setStatus({ ok: true, text: t('print.saved', { name: r.name }) }))
      .catch((e: Error) => setStatus({ ok: false, text: e.message }));
  };
  return createPortal(
    <div className="print-view" role="dialog" aria-label={t('print.title')}>
      <div className="print-toolbar">
        <strong>{t('print.title')}</strong>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>
        <button type="button" onClick={savePdf}>
          {t('print.savePdf')}
        </button>
        <button type="button" onClick={onClose}>
          {t('print.close')}
        </button>
        {status && (
          <span role={status.ok ? 'status' : 'alert'} className={status.ok ? '' : 'print-error'}>
            {status.text}
          </span>
        )}
      </div>
      <div className="print-page">
        <ProcedureDocument d={d} unitName={unitName} today={today()} />
      </div>
    </div>,
    document.body,
  );
}
