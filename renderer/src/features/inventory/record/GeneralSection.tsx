import {
  PROCEDURE_CODE_RE,
  type OnlineLevel,
  type ProcedureStatus,
} from '../../../../../electron/shared/domain';
import { formatDateVi, parseDateVi } from '../../../../../electron/shared/text/format';
import { useI18n } from '../../../i18n';
import { CheckField, NumberField, SelectField, TextField } from './fields';
import type { SectionProps } from './RecordEditor';

type GeneralKey =
  | 'field'
  | 'kind'
  | 'subjects'
  | 'executingAgencies'
  | 'authorityAgencies'
  | 'coordinatingAgencies'
  | 'authorizedAgencies'
  | 'receivingAddress'
  | 'issuingAgency'
  | 'decisionNo';

const LONG: [
  GeneralKey,
  (
    | 'record.f.subjects'
    | 'record.f.executing'
    | 'record.f.authority'
    | 'record.f.coordinating'
    | 'record.f.authorized'
    | 'record.f.address'
  ),
][] = [
  ['subjects', 'record.f.subjects'],
  ['executingAgencies', 'record.f.executing'],
  ['authorityAgencies', 'record.f.authority'],
  ['coordinatingAgencies', 'record.f.coordinating'],
  ['authorizedAgencies', 'record.f.authorized'],
  ['receivingAddress', 'record.f.address'],
];

export function GeneralSection({ d, save }: SectionProps) {
  const { t } = useI18n();
  const put = (values: Record<string, unknown>) => save({ section: 'general', values });
  return (
    <div className="record-form">
      <TextField
        label={t('record.f.code')}
        value={d.code}
        validate={(v) => (PROCEDURE_CODE_RE.test(v.trim()) ? null : t('record.err.code'))}
        onCommit={(v) => put({ code: v.trim() })}
      />
      <TextField
        label={t('record.f.name')}
        value={d.name}
        multiline
        rows={2}
        validate={(v) => (v.trim() ? null : t('record.err.required'))}
        onCommit={(v) => put({ name: v.trim() })}
      />
      <TextField label={t('record.f.field')} value={d.field} onCommit={(v) => put({ field: v })} />
      <TextField label={t('record.f.kind')} value={d.kind} onCommit={(v) => put({ kind: v })} />
      <TextField
        label={t('record.f.levels')}
        value={d.levels.join('\n')}
        multiline
        onCommit={(v) =>
          put({
            levels: v
              .split('\n')
              .map((x) => x.trim())
              .filter(Boolean),
          })
        }
      />
      {LONG.map(([key, label]) => (
        <TextField key={key} label={t(label)} value={d[key]} multiline onCommit={(v) => put({ [key]: v })} />
      ))}
      <TextField
        label={t('record.f.issuing')}
        value={d.issuingAgency}
        onCommit={(v) => put({ issuingAgency: v })}
      />
      <TextField
        label={t('record.f.decisionNo')}
        value={d.decisionNo}
        onCommit={(v) => put({ decisionNo: v })}
      />
      <TextField
        label={t('record.f.decisionDate')}
        value={d.decisionDate ? formatDateVi(d.decisionDate) : ''}
        placeholder="dd/mm/yyyy"
        validate={(v) => (!v.trim() || parseDateVi(v.trim()) ? null : t('record.err.date'))}
        onCommit={(v) => put({ decisionDate: v.trim() ? (parseDateVi(v.trim()) ?? '') : '' })}
      />
      <SelectField<ProcedureStatus>
        label={t('record.f.status')}
        value={d.status}
        options={(['ACTIVE', 'AMENDED', 'ABOLISHED', 'DRAFT'] as const).map((s) => ({
          value: s,
          label: t(`record.status.${s}`),
        }))}
        onCommit={(v) => v && put({ status: v })}
      />
    </div>
  );
}

export function ConditionsSection({ d, save }: SectionProps) {
  const { t } = useI18n();
  return (
    <div className="record-form">
      <TextField
        label={t('record.f.conditions')}
        value={d.conditions}
        multiline
        rows={14}
        onCommit={(v) => save({ section: 'general', values: { conditions: v } })}
      />
    </div>
  );
}

export function UnitSection({ d, save }: SectionProps) {
  const { t } = useI18n();
  const put = (values: Record<string, unknown>) => save({ section: 'unit', values });
  const u = d.unitFields;
  return (
    <div className="record-form">
      <SelectField<OnlineLevel>
        label={t('record.unit.online')}
        value={u.onlineLevel ?? ''}
        options={[
          { value: '', label: t('record.none') },
          ...(['NONE', 'PARTIAL', 'FULL'] as const).map((v) => ({ value: v, label: t(`online.${v}`) })),
        ]}
        onCommit={(v) => put({ onlineLevel: v || null })}
      />
      <NumberField
        label={t('record.unit.dossiers')}
        value={u.dossiersPerYear}
        integer
        messages={{ number: t('record.err.number'), integer: t('record.err.integer') }}
        onCommit={(v) => put({ dossiersPerYear: v })}
      />
      <CheckField label={t('record.unit.oneStop')} value={u.oneStop} onCommit={(v) => put({ oneStop: v })} />
      <CheckField
        label={t('record.unit.internal')}
        value={u.hasInternalProcess}
        onCommit={(v) => put({ hasInternalProcess: v })}
      />
      <TextField label={t('record.unit.note')} value={u.note} multiline onCommit={(v) => put({ note: v })} />
    </div>
  );
}
