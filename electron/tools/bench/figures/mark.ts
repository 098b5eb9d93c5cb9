/**
 * Mark → recomputed before/after (issue 14): a procedure with 30 internal steps, 30 citizen steps (trình tự thực
 * hiện: submissions, office steps, fees, results, notes, each classed by what it costs) and 40 dossier components
 * in a review plan of the demo database; each sample is one `review.setMark` through the real dispatcher (checks,
 * transaction, audit row) returning the whole recomputed ReviewView (record, marks, internal process after the
 * marks, days per channel, derived activities, exact SCM comparison). Floor: the pure computation alone
 * (buildProcedureModel on data already in memory). Marks rotate over internal steps (remove, shorten, keep),
 * citizen steps (remove, keep) and documents (replace by data, keep), so samples change days or cost.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { directClient } from '../../../backend/direct-client';
import { openBackend } from '../../../backend/session';
import { computeLive } from '../../../backend/review/cost-service';
import { listMarks } from '../../../../db/queries/review-marks';
import { createPrng } from '../../prng';

export interface MarkResult {
  appMs: number[];
  /** review.get right after the mark: the recompute alone, without the durable write. */
  viewMs: number[];
  floorMs: number[];
  steps: number;
  citizenSteps: number;
  components: number;
}

/** 30 citizen steps as the portal words them: each kind the cost model knows, for every channel or one. */
const CITIZEN_STEPS = Array.from({ length: 30 }, (_, i) => {
  const [actor, text] = (
    [
      ['Người yêu cầu', 'Người yêu cầu nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công.'],
      ['Công chức', `Công chức tiếp nhận, thẩm tra hồ sơ phần ${i + 1} trong thời hạn 01 ngày làm việc.`],
      ['Người yêu cầu', 'Người yêu cầu nộp lệ phí theo quy định.'],
      ['Lãnh đạo UBND', 'Lãnh đạo UBND xã ký Giấy chứng nhận.'],
      ['Người yêu cầu', 'Người yêu cầu nhận kết quả tại Trung tâm Phục vụ hành chính công.'],
      ['', 'Lưu ý: người yêu cầu chịu trách nhiệm về nội dung đã kê khai.'],
    ] as const
  )[i % 6]!;
  return { title: text, text, actor, durationValue: null, durationUnit: 'UNSPECIFIED' as const };
});

export async function measureMarks(samples: number): Promise<MarkResult> {
  const dir = mkdtempSync(join(tmpdir(), 'tinhgon-mark-'));
  const backend = openBackend({
    dbFile: join(dir, 'mark.sqlite'),
    dataDir: dir,
    mode: 'cli',
    demoIfNew: true,
    remember: false,
  });
  const call = directClient(backend);
  try {
    const [unit] = await call('units.list', {});
    const unitId = unit!.id;
    const row = await call('procedures.create', {
      unitId,
      code: '9.000030',
      name: 'Thủ tục đo: 30 bước, 40 giấy tờ',
    });
    const procedureId = row.procedureId;
    const reqs = ['ORIGINAL', 'CERTIFIED_COPY', 'PLAIN_COPY', 'PRESENT_ONLY'] as const;
    await call('procedures.saveSection', {
      unitId,
      procedureId,
      data: {
        section: 'documents',
        groups: [
          {
            heading: '',
            components: Array.from({ length: 40 }, (_, i) => ({
              name: `Giấy tờ số ${i + 1}`,
              code: '',
              originalQty: 1,
              copyQty: 1,
              copyRequirement: reqs[i % reqs.length]!,
              formName: i === 0 ? 'Mẫu số 01' : '',
              isNote: false,
              required: true,
            })),
          },
        ],
      },
    });
    await call('procedures.saveSection', {
      unitId,
      procedureId,
      data: { section: 'steps', steps: CITIZEN_STEPS },
    });
    await call('procedures.saveSection', {
      unitId,
      procedureId,
      data: { section: 'unit', values: { dossiersPerYear: 500 } },
    });
    const d = await call('procedures.get', { unitId, procedureId });
    await call('procedures.saveSection', {
      unitId,
      procedureId,
      data: {
        section: 'channels',
        channels: [
          {
            method: 'TRUC_TIEP',
            timeValue: 30,
            timeUnit: 'WORKING_DAY',
            timeText: '30 ngày làm việc',
            description: '',
            fees: [{ kind: 'LE_PHI', amount: 100000, setBy: null, currency: 'VND', perUnit: '', text: '' }],
          },
          {
            method: 'TRUC_TUYEN',
            timeValue: 30,
            timeUnit: 'WORKING_DAY',
            timeText: '30 ngày làm việc',
            description: '',
            fees: [{ kind: 'LE_PHI', amount: 50000, setBy: null, currency: 'VND', perUnit: '', text: '' }],
          },
        ],
      },
    });
    const summary = await call('process.save', {
      unitId,
      procedureId,
      processes: [
        {
          steps: Array.from({ length: 30 }, (_, i) => ({
            work: `Bước ${i + 1}`,
            responsible: `Bộ phận ${(i % 5) + 1}`,
            time: '1 ngày làm việc',
          })),
        },
      ],
    });
    const [campaign] = await call('campaigns.list', { unitId });
    await call('campaigns.addItems', { campaignId: campaign!.id, procedureIds: [procedureId] });
    const item = (await call('campaigns.get', { campaignId: campaign!.id })).items.find(
      (i) => i.procedureId === procedureId,
    )!;
    const steps = summary.processes[0]!.steps.map((s) => s.id);
    const docs = d.componentGroups.flatMap((g) => g.components.map((c) => c.id));
    const citizen = (await call('procedures.get', { unitId, procedureId })).steps.map((s) => s.id);
    const rng = createPrng(14);
    const appMs: number[] = [];
    const floorMs: number[] = [];
    const viewMs: number[] = [];
    const db = backend.ctx.db;
    const itemRow = { unitId, procedureId, code: '9.000030', population: 500, frequency: 1, daysAfter: null };
    for (let i = 0; i < samples; i++) {
      const kind = (['INTERNAL_STEP', 'STEP', 'COMPONENT'] as const)[i % 3]!;
      const targetId = rng.pick(kind === 'INTERNAL_STEP' ? steps : kind === 'STEP' ? citizen : docs);
      const action =
        kind === 'INTERNAL_STEP'
          ? (['REMOVE', 'SIMPLIFY', 'KEEP'] as const)[((i / 3) % 3) | 0]!
          : kind === 'STEP'
            ? (['REMOVE', 'KEEP'] as const)[((i / 3) % 2) | 0]!
            : (['REPLACE_BY_DATA', 'KEEP'] as const)[((i / 3) % 2) | 0]!;
      const t0 = performance.now();
      const view = await call('review.setMark', {
        itemId: item.id,
        targetKind: kind,
        targetId,
        action,
        proposedValue: action === 'SIMPLIFY' ? '0,5 ngày làm việc' : '',
        reason: 'Đo hiệu năng',
      });
      appMs.push(performance.now() - t0);
      if (!view.cost) throw new Error('no cost after a mark');
      const v0 = performance.now();
      await call('review.get', { itemId: item.id });
      viewMs.push(performance.now() - v0);
      const marks = listMarks(db, item.id);
      const f0 = performance.now();
      computeLive(db, itemRow, marks, 'vi');
      floorMs.push(performance.now() - f0);
    }
    return {
      appMs,
      viewMs,
      floorMs,
      steps: steps.length,
      citizenSteps: citizen.length,
      components: docs.length,
    };
  } finally {
    backend.close();
  }
}
