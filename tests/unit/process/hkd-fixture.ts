import type { CostRecord, InternalProcess, ModelMark } from '../../../electron/shared/cost';

/** 1.001612 as the demo holds it: the form, two certified copies, three channels with the unit's fees. */
export const HKD_RECORD: CostRecord = {
  components: [
    {
      id: 11,
      name: 'Giấy đề nghị đăng ký hộ kinh doanh',
      copyRequirement: 'ORIGINAL',
      originalQty: 1,
      copyQty: 0,
      formName: '',
      isNote: false,
      required: true,
    },
    {
      id: 12,
      name: 'Bản sao văn bản ủy quyền của thành viên hộ gia đình',
      copyRequirement: 'CERTIFIED_COPY',
      originalQty: 0,
      copyQty: 1,
      formName: '',
      isNote: false,
      required: true,
    },
    {
      id: 13,
      name: 'Bản sao thẻ Căn cước của chủ hộ kinh doanh',
      copyRequirement: 'CERTIFIED_COPY',
      originalQty: 0,
      copyQty: 1,
      formName: '',
      isNote: false,
      required: true,
    },
    {
      id: 14,
      name: 'Người ủy quyền chịu trách nhiệm…',
      copyRequirement: null,
      originalQty: 0,
      copyQty: 0,
      formName: '',
      isNote: true,
      required: false,
    },
  ],
  channels: [
    {
      id: 21,
      method: 'TRUC_TUYEN',
      timeValue: 3,
      timeUnit: 'WORKING_DAY',
      fees: [{ id: 31, amount: 50000 }],
    },
    {
      id: 22,
      method: 'BUU_CHINH',
      timeValue: 3,
      timeUnit: 'WORKING_DAY',
      fees: [{ id: 32, amount: 100000 }],
    },
    {
      id: 23,
      method: 'TRUC_TIEP',
      timeValue: 3,
      timeUnit: 'WORKING_DAY',
      fees: [{ id: 33, amount: 100000 }],
    },
  ],
};

const step = (
  id: number,
  responsible: string,
  unit: 'WORKING_DAY' | 'NOT_COUNTED',
  milli: number | null,
) => ({
  id,
  ord: id,
  work: `Bước ${id}`,
  responsible,
  time: { unit, milli },
  timeText: '',
  result: '',
});
export const HKD_PROCESS: InternalProcess = {
  id: 1,
  ord: 1,
  name: '',
  channels: [],
  source: '',
  statedTotal: '03 ngày làm việc',
  steps: [
    step(41, 'TTPVHCC', 'WORKING_DAY', 250),
    step(42, 'Lãnh đạo phòng', 'WORKING_DAY', 250),
    step(43, 'Công chức', 'WORKING_DAY', 1500),
    step(44, 'Lãnh đạo phòng', 'WORKING_DAY', 250),
    step(45, 'Lãnh đạo UBND', 'WORKING_DAY', 500),
    step(46, 'Văn thư', 'WORKING_DAY', 250),
    step(47, 'TTPVHCC', 'NOT_COUNTED', null),
  ],
};

const mark = (
  id: number,
  targetKind: string,
  targetId: number,
  action: string,
  proposedValue = '',
  mergeIntoId: number | null = null,
): ModelMark => ({
  id,
  targetKind,
  targetId,
  action,
  proposedValue,
  mergeIntoId,
});

export const HKD_MARKS: ModelMark[] = [
  mark(1, 'COMPONENT', 13, 'REPLACE_BY_DATA'),
  mark(2, 'COMPONENT_COPY_REQ', 12, 'SIMPLIFY', 'ELECTRONIC'),
  mark(3, 'SUBMIT_TRIP', 23, 'REPLACE_BY_DATA'),
  mark(4, 'RESULT_TRIP', 23, 'REPLACE_BY_DATA'),
  mark(5, 'INTERNAL_STEP', 42, 'MERGE', '', 43),
  mark(6, 'INTERNAL_STEP', 43, 'SIMPLIFY', '1 ngày làm việc'),
  mark(7, 'INTERNAL_STEP', 44, 'REMOVE'),
];
