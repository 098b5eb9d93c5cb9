import { useCallback, useEffect, useRef, useState } from 'react';
import type { SubmissionState } from '../../../../electron/shared/contract/submission';
import { formatDateVi } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { triggerDownload } from '../reports/useExportJob';
import './submission.css';

const day = (iso: string | null) => (iso ? formatDateVi(iso.slice(0, 10)) : '');

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The unit's side of the province link: receive the province's plans, send this unit's results. */
export function SubmissionScreen({ unitId, onReceived }: { unitId: number; onReceived: () => void }) {
  const { t } = useI18n();
  const [state, setState] = useState<SubmissionState | null>(null);
  const [server, setServer] = useState({ serverUrl: '', user: '', password: '' });
  const [busy, setBusy] = useState<number | 'receive' | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const load = useCallback(() => {
    call('submission.state', { unitId })
      .then((s) => {
        setState(s);
        setServer((x) => ({ ...x, serverUrl: x.serverUrl || s.serverUrl, user: x.user || s.user }));
      })
      .catch((e: Error) => setMessage({ ok: false, text: e.message }));
  }, [unitId]);
  useEffect(load, [load]);
  const ready = server.serverUrl.trim() && server.user.trim() && server.password;
  const run = (what: number | 'receive', work: () => Promise<string>) => {
    setBusy(what);
    setMessage(null);
    work()
      .then((text) => setMessage({ ok: true, text }))
      .catch((e: Error) => setMessage({ ok: false, text: e.message }))
      .finally(() => {
        setBusy(null);
        load();
      });
  };
  const received = (r: { title: string; items: number; addedProcedures: number }) =>
    t('sub.received', { title: r.title, items: r.items, added: r.addedProcedures });

  return (
    <section className="submission-screen">
      <h1>{t('sub.title')}</h1>
      <p className="muted">{t('sub.intro')}</p>
      <fieldset className="server-box">
        <legend>{t('sub.server')}</legend>
        <label>
          {t('sub.serverUrl')}
          <input
            value={server.serverUrl}
            placeholder="https://tonghop.tinh.gov.vn"
            onChange={(e) => setServer({ ...server, serverUrl: e.target.value })}
          />
        </label>
        <label>
          {t('sub.user')}
          <input value={server.user} onChange={(e) => setServer({ ...server, user: e.target.value })} />
        </label>
        <label>
          {t('sub.password')}
          <input
            type="password"
            autoComplete="current-password"
            value={server.password}
            title={t('sub.passwordHint')}
            onChange={(e) => setServer({ ...server, password: e.target.value })}
          />
        </label>
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={!ready || busy !== null}
            onClick={() =>
              run('receive', async () => {
                const plans = await call('submission.receiveFromServer', server);
                onReceived();
                return plans.length ? plans.map(received).join(' ') : t('sub.receivedNone');
              })
            }
          >
            {t('sub.receive')}
          </button>
          <button type="button" disabled={busy !== null} onClick={() => file.current?.click()}>
            {t('sub.receiveFile')}
          </button>
          <input
            ref={file}
            type="file"
            hidden
            accept=".tinhgon"
            aria-label={t('sub.receiveFile')}
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f)
                run('receive', async () => {
                  const r = await call('submission.receiveFile', {
                    fileName: f.name,
                    dataBase64: await base64Of(f),
                  });
                  onReceived();
                  return received(r);
                });
            }}
          />
        </div>
      </fieldset>
      {busy !== null && busy !== 'receive' && <div className="note">{t('sub.sending')}</div>}
      {message && (
        <div className={message.ok ? 'note' : 'error-bar'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </div>
      )}
      <h2>{t('sub.campaigns')}</h2>
      <table className="sub-table">
        <thead>
          <tr>
            <th>{t('sub.col.campaign')}</th>
            <th>{t('sub.col.province')}</th>
            <th className="num">{t('sub.col.items')}</th>
            <th>{t('sub.col.sent')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {state?.campaigns.map((c) => {
            const last = c.sent[0];
            return (
              <tr key={c.campaignId} className={c.planKey ? '' : 'own'}>
                <td>
                  {c.title} ({c.year})
                </td>
                <td>
                  {c.planKey
                    ? t('sub.planOf', {
                        key: c.planKey,
                        version: c.planVersion ?? 1,
                        when: day(c.receivedAt),
                      })
                    : t('sub.own')}
                </td>
                <td className="num">{c.items}</td>
                <td>
                  {last
                    ? `${day(last.at)} · ${t(`sub.outcome.${last.outcome}`, { version: last.version ?? '' })}`
                    : t('sub.never')}
                </td>
                <td className="actions">
                  {c.planKey && (
                    <>
                      <button
                        type="button"
                        className="primary"
                        disabled={!ready || busy !== null}
                        title={ready ? '' : t('sub.needServer')}
                        onClick={() =>
                          run(c.campaignId, async () => {
                            const ack = await call('submission.send', {
                              campaignId: c.campaignId,
                              ...server,
                            });
                            return t(`sub.ack.${ack.outcome}`, {
                              version: ack.version,
                              current: ack.current ? '' : t('sub.ack.notCurrent'),
                            });
                          })
                        }
                      >
                        {t('sub.send')}
                      </button>
                      <button
                        type="button"
                        disabled={busy !== null}
                        onClick={() =>
                          run(c.campaignId, async () => {
                            const r = await call('submission.saveFile', { campaignId: c.campaignId });
                            if (r.delivery.kind === 'download') triggerDownload(r.delivery.url, r.fileName);
                            return t('sub.saved', { name: r.fileName });
                          })
                        }
                      >
                        {t('sub.save')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
