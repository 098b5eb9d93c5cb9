import type { ProcedureDetail } from '../../../../../electron/shared/contract/inventory';
import type { CopyRequirement } from '../../../../../electron/shared/domain';
import { useI18n } from '../../../i18n';
import { ItemButtons, moved, NumberField, SelectField, TextField } from './fields';
import type { SectionProps } from './RecordEditor';

type Group = ProcedureDetail['componentGroups'][number];
type Comp = Group['components'][number];
type CompDraft = Omit<Comp, 'id'> & { id?: number };
type GroupDraft = Omit<Group, 'id' | 'components'> & { id?: number; components: CompDraft[] };

const REQUIREMENTS: CopyRequirement[] = [
  'ORIGINAL',
  'CERTIFIED_COPY',
  'COPY_WITH_ORIGINAL_FOR_CHECK',
  'PLAIN_COPY',
  'PRESENT_ONLY',
  'ELECTRONIC',
  'DATA_LOOKUP',
];
const NEW_COMPONENT: CompDraft = {
  name: '',
  code: '',
  originalQty: 1,
  copyQty: 0,
  copyRequirement: null,
  formName: '',
  isNote: false,
  required: true,
};

/** Dossier groups ("Giấy tờ phải nộp", "phải xuất trình", a case) with their components. */
export function DocumentsSection({ d, save }: SectionProps) {
  const { t } = useI18n();
  const groups = d.componentGroups;
  const put = (next: GroupDraft[]) => save({ section: 'documents', groups: next });
  const editGroup = (i: number, patch: Partial<GroupDraft>) =>
    put(groups.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const labels = { up: t('record.up'), down: t('record.down'), del: t('record.delete') };
  const nums = { number: t('record.err.number'), integer: t('record.err.integer') };
  const reqOptions = [
    { value: '' as const, label: t('record.doc.req.none') },
    ...REQUIREMENTS.map((r) => ({ value: r, label: t(`record.req.${r}`) })),
  ];
  return (
    <div className="record-list">
      {groups.map((g, i) => {
        const setComps = (components: CompDraft[]) => editGroup(i, { components });
        return (
          <section key={g.id} className="record-item">
            <div className="item-head">
              <TextField
                className="grow"
                label={t('record.doc.group')}
                value={g.heading}
                onCommit={(v) => editGroup(i, { heading: v })}
              />
              <ItemButtons
                index={i}
                count={groups.length}
                labels={labels}
                name={g.heading || String(i + 1)}
                onMove={(a, b) => put(moved(groups, a, b))}
                onDelete={() => put(groups.filter((_, j) => j !== i))}
              />
            </div>
            <ol>
              {g.components.map((c, k) => {
                const set = (patch: Partial<CompDraft>) =>
                  setComps(g.components.map((x, m) => (m === k ? { ...x, ...patch } : x)));
                return (
                  <li key={c.id} className={c.isNote ? 'note' : ''}>
                    <div className="item-head">
                      <TextField
                        className="grow"
                        label={t('record.doc.name')}
                        value={c.name}
                        multiline
                        rows={2}
                        onCommit={(v) => set({ name: v })}
                      />
                      <ItemButtons
                        index={k}
                        count={g.components.length}
                        labels={labels}
                        name={c.name.slice(0, 40)}
                        onMove={(a, b) => setComps(moved(g.components, a, b))}
                        onDelete={() => setComps(g.components.filter((_, m) => m !== k))}
                      />
                    </div>
                    {!c.isNote && (
                      <div className="row">
                        <NumberField
                          label={t('record.doc.original')}
                          value={c.originalQty}
                          integer
                          messages={nums}
                          onCommit={(v) => set({ originalQty: v ?? 0 })}
                        />
                        <NumberField
                          label={t('record.doc.copy')}
                          value={c.copyQty}
                          integer
                          messages={nums}
                          onCommit={(v) => set({ copyQty: v ?? 0 })}
                        />
                        <SelectField<CopyRequirement>
                          label={t('record.doc.requirement')}
                          value={c.copyRequirement ?? ''}
                          options={reqOptions}
                          onCommit={(v) => set({ copyRequirement: v || null })}
                        />
                        <TextField
                          label={t('record.doc.form')}
                          value={c.formName}
                          onCommit={(v) => set({ formName: v })}
                        />
                      </div>
                    )}
                  </li>
                );
              })}
            </ol>
            <button type="button" onClick={() => setComps([...g.components, NEW_COMPONENT])}>
              + {t('record.doc.add')}
            </button>
          </section>
        );
      })}
      <button type="button" onClick={() => put([...groups, { heading: '', components: [] }])}>
        + {t('record.doc.addGroup')}
      </button>
    </div>
  );
}
