import { useEffect, useState } from 'react';
import { SIGNER_PRESETS, type ReportSignature } from '../../../../electron/shared/contract/reports';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';

const CUSTOM = -1;
const presetOf = (lines: readonly string[]) =>
  SIGNER_PRESETS.findIndex((p) => p.length === lines.length && p.every((l, i) => l === lines[i]));

/**
 * The unit's signature block (Nghị định 30/2020): the preparer on the left; on the right the signing form
 * (a preset such as "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", or lines typed by hand) and the
 * signer's name. Saved per unit; every report prints it.
 */
export function SignatureEditor({ unitId }: { unitId: number }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<ReportSignature | null>(null);
  const [custom, setCustom] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    call('reports.signature', { unitId })
      .then((s) => {
        setDraft(s);
        setCustom(presetOf(s.signerLines) === CUSTOM);
        setStatus(null);
      })
      .catch((e: Error) => setStatus({ ok: false, text: e.message }));
  }, [unitId]);
  if (!draft) return null;
  const set = (patch: Partial<ReportSignature>) => {
    setStatus(null);
    setDraft({ ...draft, ...patch });
  };
  const preset = custom ? CUSTOM : presetOf(draft.signerLines);
  const save = () => {
    call('reports.setSignature', { unitId, signature: draft })
      .then((s) => {
        setDraft(s);
        setStatus({ ok: true, text: t('reports.signature.saved') });
      })
      .catch((e: Error) => setStatus({ ok: false, text: e.message }));
  };
  return (
    <details className="reports-signature">
      <summary>{t('reports.signature')}</summary>
      <p className="reports-hint">{t('reports.signature.hint')}</p>
      <div className="reports-signature-grid">
        <label>
          {t('reports.signature.preparerTitle')}
          <input value={draft.preparerTitle} onChange={(e) => set({ preparerTitle: e.target.value })} />
        </label>
        <label>
          {t('reports.signature.preparerName')}
          <input value={draft.preparerName} onChange={(e) => set({ preparerName: e.target.value })} />
        </label>
        <label>
          {t('reports.signature.preset')}
          <select
            value={preset}
            onChange={(e) => {
              const i = Number(e.target.value);
              setCustom(i === CUSTOM);
              if (i !== CUSTOM) set({ signerLines: [...SIGNER_PRESETS[i]!] });
            }}
          >
            {SIGNER_PRESETS.map((p, i) => (
              <option key={i} value={i}>
                {p.join(' / ')}
              </option>
            ))}
            <option value={CUSTOM}>{t('reports.signature.custom')}</option>
          </select>
        </label>
        {preset === CUSTOM && (
          <label>
            {t('reports.signature.lines')}
            <textarea
              rows={4}
              value={draft.signerLines.join('\n')}
              onChange={(e) => set({ signerLines: e.target.value.split('\n').slice(0, 4) })}
            />
          </label>
        )}
        <label>
          {t('reports.signature.signerName')}
          <input value={draft.signerName} onChange={(e) => set({ signerName: e.target.value })} />
        </label>
      </div>
      <div className="reports-signature-actions">
        <button type="button" onClick={save}>
          {t('reports.signature.save')}
        </button>
        {status && (
          <span role={status.ok ? 'status' : 'alert'} className={status.ok ? '' : 'reports-error'}>
            {status.text}
          </span>
        )}
      </div>
    </details>
  );
}
