import { describe, expect, it } from 'vitest';
import { hashPin, pinMatches } from '../../../db/queries/profiles';
import { daysOf, referenceChannel } from '../../../electron/backend/review/cost-service';
import { recordChanges, type RecordSnapshot } from '../../../electron/backend/review/record-diff';

describe('manager PIN storage', () => {
  it('is a salted scrypt hash: same PIN, different salts, different hashes; only the right PIN matches', () => {
    const a = hashPin('1234');
    const b = hashPin('1234');
    expect(a.hash).not.toBe(b.hash);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(pinMatches({ pinHash: a.hash, pinSalt: a.salt }, '1234')).toBe(true);
    expect(pinMatches({ pinHash: a.hash, pinSalt: a.salt }, '1235')).toBe(false);
    expect(pinMatches({ pinHash: null, pinSalt: null }, '1234')).toBe(false);
  });
});

describe('processing days of a reviewed procedure', () => {
  const channels = [
    { id: 1, method: 'TRUC_TUYEN', timeValue: 2, timeUnit: 'WORKING_DAY' },
    { id: 2, method: 'TRUC_TIEP', timeValue: 15, timeUnit: 'WORKING_DAY' },
    { id: 3, method: 'BUU_CHINH', timeValue: 4, timeUnit: 'HOUR' },
  ];
  const mark = (targetId: number, proposedValue: string) => ({
    id: 1,
    itemId: 1,
    targetKind: 'CHANNEL_TIME' as const,
    targetId,
    action: 'SIMPLIFY' as const,
    proposedValue,
    mergeIntoId: null,
    reason: 'r',
    legalArticle: '',
    legalClause: '',
    legalDocument: '',
    legalAuthority: '',
    updatedAt: '',
  });

  it('takes the in-person channel in days as the reference', () => {
    expect(referenceChannel(channels)?.id).toBe(2);
    expect(referenceChannel([channels[2]!])).toBeNull();
  });

  it('after = explicit figure, else a "sửa đổi" mark on the reference channel, else unchanged', () => {
    expect(daysOf({ daysAfter: null }, channels, [])).toEqual({ daysBefore: 15, daysAfter: 15 });
    expect(daysOf({ daysAfter: null }, channels, [mark(2, '10 ngày làm việc')])).toEqual({
      daysBefore: 15,
      daysAfter: 10,
    });
    expect(daysOf({ daysAfter: null }, channels, [mark(1, '1')])).toEqual({ daysBefore: 15, daysAfter: 15 });
    expect(daysOf({ daysAfter: 12 }, channels, [mark(2, '10')])).toEqual({ daysBefore: 15, daysAfter: 12 });
  });
});

describe('record diff between versions', () => {
  const base: RecordSnapshot = {
    status: 'ACTIVE',
    conditions: 'Có năng lực hành vi dân sự',
    steps: [
      { id: 1, title: 'Nộp hồ sơ', text: 'Nộp', actor: '', durationValue: null, durationUnit: 'UNSPECIFIED' },
      {
        id: 2,
        title: 'Xác minh',
        text: 'Xác minh',
        actor: '',
        durationValue: null,
        durationUnit: 'UNSPECIFIED',
      },
    ],
    componentGroups: [
      {
        id: 1,
        heading: '',
        components: [
          {
            id: 7,
            name: 'Bản sao CCCD',
            code: '',
            originalQty: 0,
            copyQty: 1,
            copyRequirement: 'CERTIFIED_COPY',
            formName: '',
            isNote: false,
            required: true,
          },
        ],
      },
    ],
    channels: [
      {
        id: 3,
        method: 'TRUC_TIEP',
        timeValue: 3,
        timeUnit: 'WORKING_DAY',
        timeText: '3 ngày',
        description: '',
        fees: [],
      },
    ],
  };

  it('lists removed steps, changed documents and times; nothing when equal', () => {
    expect(recordChanges(base, base)).toEqual([]);
    const next: RecordSnapshot = {
      ...base,
      status: 'AMENDED',
      steps: [base.steps[0]!],
      componentGroups: [
        {
          ...base.componentGroups[0]!,
          components: [
            { ...base.componentGroups[0]!.components[0]!, copyRequirement: 'DATA_LOOKUP', copyQty: 0 },
          ],
        },
      ],
      channels: [{ ...base.channels[0]!, timeValue: 2, timeText: '2 ngày' }],
    };
    const changes = recordChanges(base, next);
    expect(changes).toContainEqual({ kind: 'changed', part: 'status', before: 'ACTIVE', after: 'AMENDED' });
    expect(changes).toContainEqual({ kind: 'removed', part: 'step', before: 'Xác minh', after: '' });
    expect(changes).toContainEqual({
      kind: 'changed',
      part: 'component',
      before: 'Bản sao CCCD [CERTIFIED_COPY; 0/1]',
      after: 'Bản sao CCCD [DATA_LOOKUP; 0/0]',
    });
    expect(changes).toContainEqual({
      kind: 'changed',
      part: 'time:TRUC_TIEP',
      before: '3 ngày',
      after: '2 ngày',
    });
  });
});
