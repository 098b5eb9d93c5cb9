/**
 * Quy trình nội bộ of the demo commune (domain.md §8). Sources, as each process's `source` says:
 * - 3.000527 Đăng ký cai nghiện ma túy tự nguyện: verbatim from QĐ 2682/QĐ-UBND ngày 20/11/2025 của Chủ tịch
 *   UBND tỉnh Vĩnh Long, Phụ lục III (tests/fixtures/public-data/qtnb/qtnb_VinhLong_2682-2025_capxa_ngay.csv);
 * - the others: the commune chain the real tables share (QĐ 3857/QĐ-UBND Nghệ An, QĐ 2682/QĐ-UBND Vĩnh Long,
 *   QĐ 2022/QĐ-UBND Cao Bằng: TTPVHCC tiếp nhận, số hóa → lãnh đạo phân công → công chức thẩm định, dự thảo →
 *   lãnh đạo xem xét → lãnh đạo UBND ký → văn thư vào số → TTPVHCC trả kết quả), with the wording of those
 *   tables and the time of each step allotted within the procedure's own thời hạn giải quyết. They are
 *   illustrations for the demo, not processes a province approved, and say so in their source.
 */
import type { Database } from 'better-sqlite3';
import { parseStepTime } from '../../electron/shared/cost/step-time';
import { saveProcesses } from '../queries/internal-process';

type StepRow = [work: string, responsible: string, time: string];
interface DemoProcess {
  code: string;
  source: string;
  statedTotal: string;
  steps: StepRow[];
}

const ADAPTED =
  'Minh họa: phỏng theo chuỗi bước cấp xã của QĐ 3857/QĐ-UBND Nghệ An, QĐ 2682/QĐ-UBND Vĩnh Long, QĐ 2022/QĐ-UBND Cao Bằng (2025); thời gian phân bổ trong thời hạn giải quyết của TTHC — chưa phải quy trình được phê duyệt';
const TTPVHCC = 'Trung tâm Phục vụ hành chính công cấp xã';
const RECEIVE =
  'Kiểm tra, hướng dẫn, tiếp nhận hồ sơ; số hóa hồ sơ vào Hệ thống thông tin giải quyết TTHC tỉnh, gửi Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01 Phụ lục I Thông tư 03/2025/TT-VPCP); chuyển hồ sơ đến phòng chuyên môn';
const RETURN = 'Thông báo và trả kết quả cho tổ chức, cá nhân; xác nhận trả kết quả trên Hệ thống';
const CLERK = 'Văn thư UBND cấp xã';

/** The commune chain over `t` = [receive, assign, handle, review, sign, clerk] in the unit of the texts. */
function communeChain(dept: { leader: string; expert: string }, expertWork: string, t: string[]): StepRow[] {
  return [
    [RECEIVE, TTPVHCC, t[0]!],
    ['Nhận hồ sơ, phân công công chức xử lý hồ sơ', dept.leader, t[1]!],
    [expertWork, dept.expert, t[2]!],
    ['Thẩm tra, xem xét, xác nhận dự thảo kết quả trước khi trình Lãnh đạo UBND cấp xã', dept.leader, t[3]!],
    [
      'Ký phê duyệt kết quả giải quyết TTHC; chuyển hồ sơ (điện tử) đến Văn thư',
      'Lãnh đạo UBND cấp xã',
      t[4]!,
    ],
    [
      'Vào số văn bản, đóng dấu, phát hành; chuyển kết quả đến Trung tâm Phục vụ hành chính công',
      CLERK,
      t[5]!,
    ],
    [RETURN, TTPVHCC, 'Không tính thời gian'],
  ];
}

/** Công an cấp xã handles residence procedures: reception, assignment, handling, approval by its chief. */
function policeChain(expertWork: string, t: string[]): StepRow[] {
  return [
    [RECEIVE.replace('phòng chuyên môn', 'Công an cấp xã'), TTPVHCC, t[0]!],
    ['Phân công cán bộ xử lý hồ sơ', 'Chỉ huy Công an cấp xã', t[1]!],
    [expertWork, 'Cán bộ Công an cấp xã được phân công', t[2]!],
    [
      'Xem xét, phê duyệt kết quả giải quyết; cập nhật Cơ sở dữ liệu về cư trú',
      'Chỉ huy Công an cấp xã',
      t[3]!,
    ],
    [RETURN, TTPVHCC, 'Không tính thời gian'],
  ];
}

const D3 = [
  '0,25 ngày làm việc',
  '0,25 ngày làm việc',
  '1,5 ngày làm việc',
  '0,25 ngày làm việc',
  '0,5 ngày làm việc',
  '0,25 ngày làm việc',
];
const D5 = [
  '0,5 ngày làm việc',
  '0,5 ngày làm việc',
  '2,5 ngày làm việc',
  '0,5 ngày làm việc',
  '0,5 ngày làm việc',
  '0,5 ngày làm việc',
];
const D7 = [
  '0,5 ngày làm việc',
  '0,5 ngày làm việc',
  '04 ngày làm việc',
  '0,5 ngày làm việc',
  '01 ngày làm việc',
  '0,5 ngày làm việc',
];
const D10 = [
  '0,5 ngày làm việc',
  '0,5 ngày làm việc',
  '6,5 ngày làm việc',
  '01 ngày làm việc',
  '01 ngày làm việc',
  '0,5 ngày làm việc',
];
const H8 = ['01 giờ', '01 giờ', '04 giờ', '0,5 giờ', '01 giờ', '0,5 giờ'];
const TU_PHAP = { leader: 'Lãnh đạo Phòng Văn hóa - Xã hội', expert: 'Công chức Tư pháp - Hộ tịch' };
const KINH_TE = { leader: 'Lãnh đạo Phòng Kinh tế', expert: 'Công chức Phòng Kinh tế' };

export const DEMO_PROCESSES: readonly DemoProcess[] = [
  {
    code: '3.000527',
    source:
      'QĐ 2682/QĐ-UBND ngày 20/11/2025 của Chủ tịch UBND tỉnh Vĩnh Long, Phụ lục III (quy trình nội bộ, nguyên văn)',
    statedTotal: '03 ngày làm việc (kể từ ngày nhận đủ hồ sơ)',
    steps: [
      [
        'Hướng dẫn, tiếp nhận, quét hồ sơ và chuyển Công an cấp xã xử lý',
        'Trung tâm Phục vụ hành chính công cấp tỉnh/cấp xã',
        '0,25 ngày làm việc',
      ],
      [
        'Tiếp nhận, kiểm tra, xử lý hồ sơ, trình Chỉ huy Công an cấp xã kiểm tra, xem xét hồ sơ',
        'Cán bộ Công an cấp xã được phân công',
        '0,25 ngày làm việc',
      ],
      [
        'Tổ chức kiểm tra, thẩm định hồ sơ trình Lãnh đạo UBND cấp xã xem xét',
        'Chỉ huy Công an cấp xã',
        '01 ngày làm việc',
      ],
      [
        'Lãnh đạo Ủy ban nhân dân cấp xã xem xét, phê duyệt Quyết định cai nghiện ma túy tự nguyện tại gia đình, cộng đồng hoặc văn bản trả lời; chuyển Bộ phận văn thư',
        'Lãnh đạo Ủy ban nhân dân cấp xã',
        '01 ngày làm việc',
      ],
      [
        'Đóng dấu, phát hành và chuyển trả kết quả cho Trung tâm Phục vụ hành chính công cấp xã',
        'Văn thư Ủy ban nhân dân cấp xã',
        '0,25 ngày làm việc',
      ],
      [
        'Tiếp nhận kết quả từ Văn thư lưu kho dữ liệu; trả kết quả giải quyết TTHC cho tổ chức/cá nhân',
        'Trung tâm Phục vụ hành chính công cấp xã',
        '0,25 ngày làm việc',
      ],
    ],
  },
  {
    code: '1.001612',
    source: ADAPTED,
    statedTotal: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    steps: communeChain(
      KINH_TE,
      'Thẩm định hồ sơ, nhập dữ liệu vào Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh, dự thảo Giấy chứng nhận đăng ký hộ kinh doanh',
      D3,
    ),
  },
  {
    code: '1.001193',
    source: ADAPTED,
    statedTotal: '08 giờ làm việc (ngay trong ngày; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo)',
    steps: communeChain(
      TU_PHAP,
      'Thẩm tra hồ sơ, ghi vào Sổ đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch điện tử; in Giấy khai sinh',
      H8,
    ),
  },
  {
    code: '1.004873',
    source: ADAPTED,
    statedTotal: '03 ngày làm việc',
    steps: communeChain(
      TU_PHAP,
      'Kiểm tra, xác minh tình trạng hôn nhân trên Cơ sở dữ liệu hộ tịch điện tử; dự thảo Giấy xác nhận tình trạng hôn nhân',
      D3,
    ),
  },
  {
    code: '1.004837',
    source: ADAPTED,
    statedTotal: '03 ngày làm việc',
    steps: communeChain(
      TU_PHAP,
      'Thẩm tra hồ sơ, ghi vào Sổ đăng ký giám hộ, dự thảo Trích lục đăng ký giám hộ',
      D3,
    ),
  },
  {
    code: '1.005280',
    source: ADAPTED,
    statedTotal: '03 ngày làm việc',
    steps: communeChain(KINH_TE, 'Thẩm định hồ sơ, dự thảo Giấy chứng nhận đăng ký hợp tác xã', D3),
  },
  {
    code: '1.013227',
    source: ADAPTED,
    statedTotal: '05 ngày làm việc',
    steps: communeChain(
      KINH_TE,
      'Xem xét hồ sơ đề nghị gia hạn, dự thảo văn bản gia hạn giấy phép xây dựng',
      D5,
    ),
  },
  {
    code: '1.002211',
    source: ADAPTED,
    statedTotal: '05 ngày làm việc',
    steps: communeChain(TU_PHAP, 'Xem xét hồ sơ, dự thảo Quyết định công nhận hòa giải viên', D5),
  },
  {
    code: '1.001662',
    source: ADAPTED,
    statedTotal: '07 ngày làm việc',
    steps: communeChain(
      KINH_TE,
      'Kiểm tra hồ sơ, xác nhận đăng ký khai thác nước dưới đất, cập nhật cơ sở dữ liệu tài nguyên nước',
      D7,
    ),
  },
  {
    code: '1.012888',
    source: ADAPTED,
    statedTotal: '07 ngày làm việc',
    steps: communeChain(
      KINH_TE,
      'Kiểm tra hồ sơ, biên bản hội nghị nhà chung cư; dự thảo Quyết định công nhận Ban quản trị',
      D7,
    ),
  },
  {
    code: '1.002693',
    source: ADAPTED,
    statedTotal: '10 ngày làm việc',
    steps: communeChain(
      KINH_TE,
      'Kiểm tra hiện trạng cây xanh tại thực địa, dự thảo Giấy phép chặt hạ, dịch chuyển cây xanh',
      D10,
    ),
  },
  {
    code: '2.000908',
    source: ADAPTED,
    statedTotal: '08 giờ làm việc',
    steps: communeChain(TU_PHAP, 'Đối chiếu sổ gốc, dự thảo bản sao từ sổ gốc', H8),
  },
  {
    code: '1.002755',
    source: ADAPTED,
    statedTotal: '03 ngày làm việc',
    steps: policeChain(
      'Thẩm định hồ sơ, kiểm tra thông tin trong Cơ sở dữ liệu về cư trú; dự thảo kết quả gia hạn tạm trú',
      ['0,25 ngày làm việc', '0,25 ngày làm việc', '02 ngày làm việc', '0,5 ngày làm việc'],
    ),
  },
  {
    code: '1.004194',
    source: ADAPTED,
    statedTotal: '03 ngày làm việc',
    steps: policeChain(
      'Thẩm định hồ sơ, kiểm tra thông tin trong Cơ sở dữ liệu về cư trú; dự thảo kết quả đăng ký tạm trú',
      ['0,25 ngày làm việc', '0,25 ngày làm việc', '02 ngày làm việc', '0,5 ngày làm việc'],
    ),
  },
  {
    code: '1.004222',
    source: ADAPTED,
    statedTotal: '07 ngày làm việc',
    steps: policeChain('Thẩm định hồ sơ, xác minh nơi ở hợp pháp; dự thảo kết quả đăng ký thường trú', [
      '0,5 ngày làm việc',
      '0,5 ngày làm việc',
      '05 ngày làm việc',
      '01 ngày làm việc',
    ]),
  },
];

/** Runs inside seedDemo's transaction. */
export function seedDemoProcesses(db: Database, unitId: number): void {
  const find = db.prepare(
    'SELECT p.id FROM procedures p JOIN unit_procedures up ON up.procedure_id = p.id AND up.unit_id = ? WHERE p.code = ?',
  );
  for (const p of DEMO_PROCESSES) {
    const row = find.get(unitId, p.code) as { id: number } | undefined;
    if (!row) continue;
    saveProcesses(db, unitId, row.id, [
      {
        name: '',
        channels: [],
        source: p.source,
        statedTotal: p.statedTotal,
        steps: p.steps.map(([work, responsible, time]) => {
          const t = parseStepTime(time);
          if (!t.ok) throw new Error(`demo process ${p.code}: ${time}`);
          return {
            work,
            responsible,
            timeUnit: t.value.unit,
            timeMilli: t.value.milli,
            timeText: time,
            result: '',
          };
        }),
      },
    ]);
  }
}
