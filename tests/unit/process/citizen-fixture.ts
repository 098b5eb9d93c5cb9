import type { CostRecord, InternalProcess, RecordStep } from '../../../electron/shared/cost';

/** Citizen steps as the demo holds them (texts of the national portal). */
const step = (id: number, title: string, text: string, actor: string): RecordStep => ({
  id,
  title,
  text,
  actor,
  durationValue: null,
  durationUnit: 'UNSPECIFIED',
});

/** 1.001612 steps 1–3: submit (in person, by post), the office's handling, logging in online. */
export const HKD_STEPS: RecordStep[] = [
  step(
    101,
    'Trường hợp đăng ký trực tiếp hoặc đăng ký qua dịch vụ bưu chính — Chủ hộ kinh doanh hoặc người được ủy quyền thực hiện thủ tục đăng ký hộ kinh doanh gửi hồ sơ…',
    '- Chủ hộ kinh doanh hoặc người được ủy quyền thực hiện thủ tục đăng ký hộ kinh doanh gửi hồ sơ đăng ký thành lập hộ kinh doanh đến Cơ quan đăng ký kinh doanh cấp xã nơi hộ kinh doanh đăng ký trụ sở.',
    'Chủ hộ kinh doanh',
  ),
  step(
    102,
    'Trường hợp đăng ký trực tiếp hoặc đăng ký qua dịch vụ bưu chính — Sau khi tiếp nhận hồ sơ đăng ký hộ kinh doanh, Cơ quan đăng ký kinh doanh cấp xã trao giấy…',
    '- Sau khi tiếp nhận hồ sơ đăng ký hộ kinh doanh, Cơ quan đăng ký kinh doanh cấp xã trao giấy tiếp nhận hồ sơ và hẹn trả kết quả, kiểm tra điều kiện cấp Giấy chứng nhận đăng ký hộ kinh doanh theo quy định tại khoản 2 Điều 85 Nghị định số 168/2025/NĐ-CP. Trường hợp hồ sơ đủ điều kiện cấp, Cơ quan đăng ký kinh doanh cấp xã cấp Giấy chứng nhận đăng ký hộ kinh doanh trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ.',
    'Cơ quan đăng ký kinh doanh cấp xã',
  ),
  step(
    103,
    'Trường hợp đăng ký qua mạng thông tin điện tử — Người nộp hồ sơ sử dụng tài khoản định danh điện tử để đăng nhập vào Hệ thống thông tin về đăng ký hộ kinh doanh',
    '- Người nộp hồ sơ sử dụng tài khoản định danh điện tử để đăng nhập vào Hệ thống thông tin về đăng ký hộ kinh doanh.',
    'Người nộp hồ sơ',
  ),
];

/** The commune chain of the demo's quy trình nội bộ (demo-processes.ts), 3 ngày làm việc. */
export const CHAIN: InternalProcess = {
  id: 1,
  ord: 1,
  name: '',
  channels: [],
  source: '',
  statedTotal: '03 ngày làm việc',
  steps: (
    [
      [
        201,
        'Kiểm tra, hướng dẫn, tiếp nhận hồ sơ; số hóa hồ sơ, gửi Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
        'Trung tâm Phục vụ hành chính công cấp xã',
        250,
      ],
      [202, 'Nhận hồ sơ, phân công công chức xử lý hồ sơ', 'Lãnh đạo Phòng Kinh tế', 250],
      [
        203,
        'Thẩm định hồ sơ, dự thảo Giấy chứng nhận đăng ký hộ kinh doanh',
        'Công chức Phòng Kinh tế',
        1500,
      ],
      [204, 'Thẩm tra, xem xét, xác nhận dự thảo kết quả', 'Lãnh đạo Phòng Kinh tế', 250],
      [205, 'Ký phê duyệt kết quả giải quyết TTHC; chuyển hồ sơ đến Văn thư', 'Lãnh đạo UBND cấp xã', 500],
      [206, 'Vào số văn bản, đóng dấu, phát hành', 'Văn thư UBND cấp xã', 250],
      [
        207,
        'Thông báo và trả kết quả cho tổ chức, cá nhân',
        'Trung tâm Phục vụ hành chính công cấp xã',
        null,
      ],
    ] as const
  ).map(([id, work, responsible, milli], i) => ({
    id,
    ord: i + 1,
    work,
    responsible,
    time:
      milli === null
        ? { unit: 'NOT_COUNTED' as const, milli: null }
        : { unit: 'WORKING_DAY' as const, milli },
    timeText: '',
    result: '',
  })),
};

/** 1.004222 Đăng ký thường trú: prepare, submit, the office (no quy trình nội bộ), pay, result; 7 days. */
export const RESIDENCE: CostRecord = {
  steps: [
    step(301, 'Bước 1', 'Cá nhân, tổ chức chuẩn bị hồ sơ theo quy định của pháp luật.', 'Cá nhân, tổ chức'),
    step(302, 'Bước 2', 'Cá nhân, tổ chức nộp hồ sơ đến Công an cấp xã.', 'Cá nhân, tổ chức'),
    step(
      303,
      'Bước 3',
      'Khi tiếp nhận hồ sơ đăng ký thường trú, cán bộ đăng ký kiểm tra hồ sơ, đối chiếu các thông tin mà công dân đã khai báo với thông tin trong Cơ sở dữ liệu quốc gia về dân cư.',
      '',
    ),
    step(304, 'Bước 4', 'Cá nhân, tổ chức nộp lệ phí đăng ký thường trú theo quy định.', 'Cá nhân, tổ chức'),
    step(
      305,
      'Bước 5',
      'Căn cứ theo ngày hẹn trên Phiếu tiếp nhận hồ sơ và hẹn trả kết quả để nhận thông báo kết quả giải quyết thủ tục đăng ký cư trú (nếu có).',
      '',
    ),
  ],
  components: [
    {
      id: 311,
      name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)',
      copyRequirement: 'ORIGINAL',
      originalQty: 1,
      copyQty: 0,
      formName: 'CT01',
      isNote: false,
      required: true,
    },
    {
      id: 312,
      name: 'Hợp đồng, văn bản về việc cho thuê, cho mượn, cho ở nhờ chỗ ở hợp pháp',
      copyRequirement: 'CERTIFIED_COPY',
      originalQty: 0,
      copyQty: 1,
      formName: '',
      isNote: false,
      required: true,
    },
  ],
  channels: [
    {
      id: 321,
      method: 'TRUC_TUYEN',
      timeValue: 7,
      timeUnit: 'WORKING_DAY',
      fees: [{ id: 331, amount: 10000 }],
    },
    {
      id: 322,
      method: 'TRUC_TIEP',
      timeValue: 7,
      timeUnit: 'WORKING_DAY',
      fees: [{ id: 332, amount: 20000 }],
    },
  ],
};
