/**
 * A database with text no layout was made for, entered through the app's own API: a unit (and parent) with long
 * names, 40 lĩnh vực, 300-character procedure names and one-character ones, 2,000-character legal bases,
 * long unbroken tokens (addresses, URLs), long steps, documents, fees and times, a review campaign whose marks
 * type "Điều"/"khoản" themselves, cost activities with long names, and a four-line signature block.
 * Deterministic (seeded), so a failure reproduces.
 */
import type { Backend } from '../../electron/backend/session';
import type { directClient } from '../../electron/backend/direct-client';
import type { SectionInput } from '../../electron/shared/contract/inventory';
import { createPrng } from '../../electron/tools/prng';

type Call = ReturnType<typeof directClient>;

const WORDS =
  'thủ tục hành chính đăng ký cấp giấy chứng nhận quyền sử dụng đất nhà ở tài sản gắn liền với đất hộ kinh doanh hợp tác xã ủy ban nhân dân xã phường thị trấn tỉnh thành phố trực thuộc trung ương bản sao có chứng thực giấy tờ tùy thân căn cước công dân định danh điện tử cơ sở dữ liệu quốc gia về dân cư thông tư nghị định quyết định luật sửa đổi bổ sung hướng dẫn thi hành'.split(
    ' ',
  );

export interface HostileData {
  unitId: number;
  campaignId: number;
  procedures: number;
}

export async function seedHostile(backend: Backend, call: Call): Promise<HostileData> {
  const rnd = createPrng(15_2026).next;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  /** About `chars` characters of words, capitalised. */
  const text = (chars: number) => {
    let s = '';
    while (s.length < chars) s += (s ? ' ' : '') + words(8);
    s = s.slice(0, chars).trim();
    return s.charAt(0).toUpperCase() + s.slice(1);
  };

  const parent = await call('units.create', {
    name: `Ủy ban nhân dân tỉnh ${text(90)}`,
    level: 'TINH',
  });
  const unit = await call('units.create', {
    name: `Ủy ban nhân dân xã ${text(140)}`,
    level: 'XA',
    parentId: parent.id,
  });
  const unitId = unit.id;
  const fields = Array.from({ length: 40 }, (_, i) =>
    i % 7 === 0 ? `L${i}` : `Lĩnh vực ${i + 1} ${text(10 + (i % 5) * 25)}`,
  );
  const names = [
    'A',
    'Đ',
    text(300),
    text(300),
    `Thủ tục https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${'9'.repeat(40)}`,
  ];
  const ids: number[] = [];
  for (let i = 0; i < 46; i++) {
    const code = `${1 + (i % 3)}.${String(900_000 + i).padStart(6, '0')}`;
    const name = names[i] ?? (i % 4 === 0 ? text(300) : text(20 + Math.floor(rnd() * 120)));
    const row = await call('procedures.create', { unitId, code, name });
    const procedureId = row.procedureId;
    ids.push(procedureId);
    const save = (data: SectionInput) => call('procedures.saveSection', { unitId, procedureId, data });
    await save({
      section: 'general',
      values: {
        field: fields[i % fields.length],
        subjects: text(i % 5 === 0 ? 1500 : 80),
        executingAgencies: i % 6 === 0 ? text(600) : 'Ủy ban nhân dân cấp xã',
        receivingAddress: i % 9 === 0 ? `Số ${'1'.repeat(30)} đường ${text(400)}` : '',
        conditions: i % 3 === 0 ? text(3000) : '',
      },
    });
    await save({
      section: 'channels',
      channels: [
        {
          method: 'TRUC_TIEP',
          timeValue: i % 4 === 0 ? null : 1 + (i % 30),
          timeUnit: i % 5 === 0 ? 'UNSPECIFIED' : 'WORKING_DAY',
          timeText: i % 4 === 0 ? text(700) : '',
          description: text(i % 2 ? 900 : 60),
          fees: [
            {
              kind: 'LE_PHI',
              amount: 1000 * (i + 1),
              setBy: null,
              currency: 'VND',
              perUnit: 'hồ sơ',
              text: '',
            },
            ...(i % 5 === 0
              ? [
                  {
                    kind: 'PHI' as const,
                    amount: null,
                    setBy: 'HDND_TINH' as const,
                    currency: 'VND',
                    perUnit: '',
                    text: text(900),
                  },
                ]
              : []),
          ],
        },
        {
          method: 'TRUC_TUYEN',
          timeValue: 2,
          timeUnit: 'CALENDAR_DAY',
          timeText: '',
          description: '',
          fees: [{ kind: 'LE_PHI', amount: 0, setBy: null, currency: 'VND', perUnit: '', text: '' }],
        },
      ],
    });
    await save({
      section: 'steps',
      steps: Array.from({ length: 1 + (i % 6) }, (_, k) => {
        const body = text(k === 0 && i % 4 === 0 ? 2500 : 200);
        return {
          title: k % 2 ? `Bước ${k + 1}: ${body.slice(0, 60)}…` : '',
          text: `- ${body}`,
          actor: '',
          durationValue: null,
          durationUnit: 'UNSPECIFIED',
        };
      }),
    });
    await save({
      section: 'documents',
      groups: [
        {
          heading: i % 3 ? '' : text(200),
          components: Array.from({ length: 1 + (i % 5) }, (_, k) => ({
            name: text(k === 0 ? 1200 : 90),
            code: '',
            originalQty: 1,
            copyQty: k % 2,
            copyRequirement: null,
            formName: k === 0 ? `Mẫu số ${k + 1} ${text(150)}` : '',
            isNote: false,
            required: true,
          })),
        },
      ],
    });
    await save({
      section: 'legal',
      legalBases: Array.from({ length: 1 + (i % 4) }, (_, k) => ({
        code: k === 2 ? '' : `${10 + k + i}/20${10 + (i % 15)}/${k % 2 ? 'NĐ-CP' : 'TT-BTP'}`,
        name: text(k === 0 ? 2000 : 250),
        issuer: '',
        issuedDate: '',
        effectiveDate: '',
      })),
    });
    await save({ section: 'results', results: [{ name: text(i % 7 === 0 ? 800 : 50), code: '' }] });
    await save({
      section: 'unit',
      values: { dossiersPerYear: 10 + i * 37, onlineLevel: pick(['NONE', 'PARTIAL', 'FULL'] as const) },
    });
  }

  await call('cost.setParams', {
    validFrom: '2024-01-01',
    monthlyIncome: 7_300_000,
    note: text(300),
  });
  const campaign = await call('campaigns.create', {
    unitId,
    year: 2026,
    title: `Kế hoạch rà soát (thử dữ liệu khó) ${text(200)} (lần 2)`,
    procedureIds: ids.slice(0, 6),
    reviewer: text(60),
  });
  for (const [k, item] of campaign.items.entries()) {
    const component = (
      backend.ctx.db
        .prepare(
          'SELECT c.id FROM components c JOIN component_groups g ON g.id = c.group_id WHERE g.procedure_id = ? ORDER BY c.id LIMIT 1',
        )
        .get(item.procedureId) as { id: number } | undefined
    )?.id;
    for (let a = 0; a < 3 + k; a++)
      await call('cost.saveActivity', {
        itemId: item.id,
        scenario: 'BEFORE',
        ord: a + 1,
        name: text(a === 0 ? 400 : 40),
        hours: `${(a % 3) + 0.333}`,
        otherCost: 1500 * a,
        fee: a === 0 ? 50_000 : 0,
      });
    await call('review.saveAnswers', {
      itemId: item.id,
      answers: [
        { questionKey: 'necessity', answerBool: true, answerText: text(1500) },
        { questionKey: 'legality', answerBool: false, answerText: text(300) },
      ],
    });
    await call('review.setMark', {
      itemId: item.id,
      targetKind: 'PROCEDURE',
      targetId: null,
      action: k === 1 ? 'REMOVE' : 'SIMPLIFY',
      proposedValue: text(800),
      reason: text(600),
      legalArticle: k % 2 ? 'Điều 12' : '12',
      legalClause: k % 2 ? 'Khoản 3 Điều 12' : '3',
      legalDocument: `Nghị định số ${k + 100}/2025/NĐ-CP ${text(150)}`,
      legalAuthority: 'Chính phủ',
    });
    if (component)
      await call('review.setMark', {
        itemId: item.id,
        targetKind: 'COMPONENT',
        targetId: component,
        action: 'REPLACE_BY_DATA',
        proposedValue: text(300),
        reason: text(200),
        legalArticle: 'Điều 88',
        legalDocument: 'Nghị định số 168/2025/NĐ-CP',
        legalAuthority: 'Chính phủ',
      });
    if (k < 3) await call('review.transition', { itemId: item.id, action: 'submit' });
  }
  await call('reports.setSignature', {
    unitId,
    signature: {
      preparerTitle: `CHUYÊN VIÊN ${text(80).toUpperCase()}`,
      preparerName: text(70),
      signerLines: [
        'TM. ỦY BAN NHÂN DÂN',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH THƯỜNG TRỰC',
        text(100).toUpperCase(),
      ],
      signerName: 'Nguyễn Thị Minh Khai Phương Thảo Hoàng Lan',
    },
  });
  // A publication decision with long, hostile list rows, for its appendix (Phần I lists, Phần II content).
  const changes = ['NEW', 'AMENDED', 'REPLACED', 'ABOLISHED'] as const;
  await call('decisions.save', {
    unitId,
    head: {
      number: '1234/QĐ-UBND',
      signedDate: '2026-03-05',
      effectiveDate: '2026-03-05',
      issuer: 'Chủ tịch Ủy ban nhân dân xã Hòa Bình Thượng Đông Nam',
      title: text(300),
    },
    items: Array.from({ length: 24 }, (_, i) => ({
      change: changes[i % 4]!,
      level: i % 3 ? ('XA' as const) : ('CHUNG' as const),
      field: fields[i % fields.length]!,
      code: `9.${String(900000 + i)}`,
      name: text(i % 5 ? 120 : 600),
      replacesCode: i % 4 === 2 ? `9.${String(800000 + i)}` : '',
      timeText: text(80),
      placeText: text(150),
      feeText: i % 2 ? 'Không' : text(200),
      legalText: text(i % 3 ? 300 : 1500),
      agency: text(90),
    })),
  });
  return { unitId, campaignId: campaign.campaign.id, procedures: ids.length };
}
