import { useRef } from 'react';
import type { ProcessDto, ReviewView } from '../../../../electron/shared/contract/review';
import { formatHoursMilliAs } from '../../../../electron/shared/cost/step-time';
import { formatNumber } from '../../../../electron/shared/text/format';
import { useI18n, type MessageKey } from '../../i18n';
import { downloadPng, downloadSvg } from './diagram-export';
import { ProcessDiagram } from './ProcessDiagram';

const unitOf = (p: ProcessDto) => (p.steps.some((s) => s.time.unit === 'HOUR') ? 'HOUR' : 'WORKING_DAY');

/** One process: the before and after diagrams side by side, what the marks changed, export and print. */
function ProcessBlock(p: {
  view: ReviewView;
  process: ProcessDto;
  onStep: (s: ProcessDto['steps'][number]) => void;
}) {
  const { t, locale } = useI18n();
  const before = useRef<SVGSVGElement>(null);
  const after = useRef<SVGSVGElement>(null);
  const block = useRef<HTMLDivElement>(null);
  const proc = p.process;
  const u = unitOf(proc);
  const total = (h: number) =>
    u === 'HOUR'
      ? `${formatHoursMilliAs(h, 'HOUR', locale)} (${formatHoursMilliAs(h, 'WORKING_DAY', locale)})`
      : formatHoursMilliAs(h, 'WORKING_DAY', locale);
  const parts = () => [before.current, after.current].filter((x): x is SVGSVGElement => x !== null);
  const name = `quy-trinh-${p.view.item.code}`;
  const changed = proc.steps.filter((s) => s.fate !== 'KEPT');
  const print = () => {
    block.current?.classList.add('print-target');
    document.body.classList.add('printing-diagram');
    window.print();
    document.body.classList.remove('printing-diagram');
    block.current?.classList.remove('print-target');
  };
  return (
    <div className="process-block" ref={block}>
      <div className="process-head">
        <strong>{proc.name || t('process.title')}</strong>
        <small data-testid={`process-applies-${proc.id}`}>
          {t('record.process.appliesTo')}:{' '}
          {proc.channels.length
            ? proc.channels.map((m) => t(`process.ch.${m}` as MessageKey)).join(', ')
            : t('step.allChannels')}
        </small>
        {proc.source && <small>{proc.source}</small>}
        <span className="process-buttons">
          <button type="button" onClick={() => downloadSvg(parts(), `${name}.svg`)}>
            {t('process.exportSvg')}
          </button>
          <button type="button" onClick={() => void downloadPng(parts(), `${name}.png`)}>
            {t('process.exportPng')}
          </button>
          <button type="button" onClick={print}>
            {t('process.print')}
          </button>
        </span>
      </div>
      {!p.view.item.locked && <p className="review-note">{t('process.clickHint')}</p>}
      <div className="process-pair">
        <div className="process-scroll">
          <ProcessDiagram
            process={proc}
            mode="before"
            testId={`diagram-before-${proc.id}`}
            title={`${p.view.item.code} — ${t('process.diagramBefore', { time: total(proc.hoursBeforeMilli) })}`}
            svgRef={before}
            onStep={p.view.item.locked ? undefined : p.onStep}
          />
        </div>
        <div className="process-scroll">
          <ProcessDiagram
            process={proc}
            mode="after"
            testId={`diagram-after-${proc.id}`}
            title={`${p.view.item.code} — ${t('process.diagramAfter', { time: total(proc.hoursAfterMilli) })}`}
            svgRef={after}
            onStep={p.view.item.locked ? undefined : p.onStep}
          />
        </div>
      </div>
      {changed.length > 0 && (
        <ul className="process-changes">
          {changed.map((s) => (
            <li key={s.id} className={`fate-${s.fate}`}>
              <strong>
                {s.ord}.{' '}
                {t(
                  `review.action.${s.fate === 'MERGED' ? 'MERGE' : s.fate === 'SHORTENED' ? 'SIMPLIFY' : 'REMOVE'}` as MessageKey,
                )}
              </strong>{' '}
              {s.work.slice(0, 90)}
              {s.viaStepId !== null && (
                <em>
                  {' '}
                  (
                  {t('process.viaStep', {
                    n: p.view.citizenSteps.find((c) => c.stepId === s.viaStepId)?.ord ?? '?',
                  })}
                  )
                </em>
              )}
              {s.reason && <small> — {s.reason}</small>}
            </li>
          ))}
        </ul>
      )}
      <span className="sr-only" data-testid={`process-hours-${proc.id}`}>
        {formatNumber(proc.hoursAfterMilli / 1000, { locale })}
      </span>
    </div>
  );
}

/** The internal processes of the procedure under review, with the problems of their sums and stale marks. */
export function ProcessView(p: { view: ReviewView; onStep: (s: ProcessDto['steps'][number]) => void }) {
  const { t, locale } = useI18n();
  const v = p.view;
  const problems = v.channelDays.flatMap((c) =>
    c.problems.map((x) => ({
      key: `${c.channelId}-${x.code}`,
      text: t(`process.problem.${x.code}` as MessageKey, {
        ch: t(`process.ch.${c.method}` as MessageKey),
        p: formatNumber(x.processDays, { locale }),
        l: formatNumber(x.legalDays, { locale }),
      }),
    })),
  );
  return (
    <section className="process-view" aria-label={t('process.title')}>
      <h3>{t('process.title')}</h3>
      {v.processes.length === 0 && <p className="review-note">{t('process.none')}</p>}
      {v.staleMarkIds.length > 0 && (
        <p className="review-error" role="status">
          {t('process.stale', { n: v.staleMarkIds.length })}
        </p>
      )}
      {problems.map((x) => (
        <p key={x.key} className="process-problem" role="status">
          ⚠ {x.text}
        </p>
      ))}
      {v.processes.map((proc) => (
        <ProcessBlock key={proc.id} view={v} process={proc} onStep={p.onStep} />
      ))}
    </section>
  );
}
