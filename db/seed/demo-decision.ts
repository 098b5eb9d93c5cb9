/**
 * A publication decision recorded (not applied) for the first demo commune, so the Decisions screen, the appendix
 * export and "Áp dụng" can be tried at once: rows of two real 2025 decisions — QĐ 2637/QĐ-UBND Vĩnh Long
 * (Chứng thực, amended by NĐ 280/2025/NĐ-CP) and the Cao Bằng 2022 list (2.000282, cấp tỉnh và xã) — put
 * together under one illustrative number. Applying it amends two records (new versions) and adds one.
 */
import type { Database } from 'better-sqlite3';
import type { DecisionItem } from '../../electron/shared/contract/decisions';
import { insertDecision, replaceDecisionItems } from '../queries/decisions';

const ND_280 =
  'Nghị định số 280/2025/NĐ-CP ngày 27/10/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch';

const item = (
  o: Partial<DecisionItem> & Pick<DecisionItem, 'change' | 'level' | 'code' | 'name'>,
): DecisionItem => ({
  field: '',
  replacesCode: '',
  timeText: '',
  placeText: '',
  feeText: '',
  legalText: '',
  agency: '',
  note: '',
  content: null,
  ...o,
});

export const DEMO_DECISION_NUMBER = '01/2025/QĐ-MH (minh họa)';

export function seedDemoDecision(db: Database, unitId: number): void {
  const id = insertDecision(
    db,
    unitId,
    {
      number: DEMO_DECISION_NUMBER,
      signedDate: '2025-11-20',
      effectiveDate: '2025-11-20',
      issuer: 'Chủ tịch Ủy ban nhân dân tỉnh (minh họa)',
      signer: 'KT. CHỦ TỊCH, PHÓ CHỦ TỊCH',
      title: 'Công bố danh mục thủ tục hành chính mới ban hành, được sửa đổi, bổ sung (dữ liệu mẫu)',
      source: 'Dữ liệu mẫu: các dòng của QĐ 2637/QĐ-UBND Vĩnh Long và QĐ 2022/QĐ-UBND Cao Bằng năm 2025',
    },
    new Date().toISOString(),
  );
  replaceDecisionItems(db, id, [
    item({
      change: 'NEW',
      level: 'CHUNG',
      field: 'Bảo trợ xã hội',
      code: '2.000282',
      name: 'Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội',
      timeText: 'Ngay trong ngày',
      placeText: 'Trung tâm Phục vụ hành chính công cấp xã',
      feeText: 'Không',
      legalText: 'Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ',
      agency: 'Ủy ban nhân dân cấp xã',
    }),
    item({
      change: 'AMENDED',
      level: 'CHUNG',
      field: 'Chứng thực',
      code: '2.000908.000.00.00.H61',
      name: 'Cấp bản sao từ sổ gốc',
      legalText: ND_280,
      agency: 'Cơ quan, tổ chức lập sổ gốc',
    }),
    item({
      change: 'AMENDED',
      level: 'XA',
      field: 'Chứng thực',
      code: '2.001019.000.00.00.H61',
      name: 'Chứng thực di chúc',
      feeText: '50.000 đồng/di chúc',
      legalText: ND_280,
      agency: 'Ủy ban nhân dân cấp xã',
    }),
  ]);
}
