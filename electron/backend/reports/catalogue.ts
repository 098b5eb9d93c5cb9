/** The reports the app offers: id, Vietnamese title, one-line description, and the builder behind each. */
import type { ReportId, ReportInfo } from '../../shared/contract/reports';
import type { Builder } from './builders/context';
import { buildCost } from './builders/cost';
import { buildDecisionAppendix } from './builders/decision-appendix';
import { buildDetails } from './builders/details';
import { buildInventory } from './builders/inventory';
import { buildPlan } from './builders/plan';
import { buildReviewForm } from './builders/review-form';
import { buildReviewResults } from './builders/review-results';
import { buildStatistics } from './builders/statistics';

export interface ReportDef extends ReportInfo {
  build: Builder;
  /** Start of the proposed file name (the unit and date are appended). */
  fileStem: string;
}

export const REPORTS: Record<ReportId, ReportDef> = {
  inventory: {
    id: 'inventory',
    title: 'Danh mục thủ tục hành chính',
    description:
      'Danh mục TTHC của đơn vị theo lĩnh vực (Phần I): mã, tên, thời hạn, địa điểm, phí, căn cứ pháp lý.',
    needsCampaign: false,
    landscape: true,
    canBeAppendix: true,
    fileStem: 'Danh mục TTHC',
    build: buildInventory,
  },
  details: {
    id: 'details',
    title: 'Nội dung cụ thể của từng TTHC',
    description:
      'Phần II: trình tự, cách thức, hồ sơ, thời hạn, đối tượng, cơ quan, kết quả, phí, mẫu đơn, điều kiện, căn cứ.',
    needsCampaign: false,
    landscape: false,
    canBeAppendix: true,
    fileStem: 'Nội dung TTHC',
    build: buildDetails,
  },
  'review-form': {
    id: 'review-form',
    title: 'Biểu mẫu rà soát, đánh giá TTHC',
    description:
      'Biểu mẫu rà soát từng thủ tục của đợt rà soát: thông tin từ hồ sơ TTHC bên cạnh ý kiến và đề xuất của người rà soát.',
    needsCampaign: true,
    landscape: true,
    canBeAppendix: false,
    fileStem: 'Biểu mẫu rà soát',
    build: buildReviewForm,
  },
  cost: {
    id: 'cost',
    title: 'Biểu tính chi phí tuân thủ TTHC',
    description: 'Chi phí tuân thủ trước và sau đơn giản hóa của từng thủ tục (Thông tư 02/2017/TT-VPCP).',
    needsCampaign: true,
    landscape: true,
    canBeAppendix: false,
    fileStem: 'Chi phí tuân thủ',
    build: buildCost,
  },
  plan: {
    id: 'plan',
    title: 'Phương án đơn giản hóa TTHC',
    description: 'Phương án đơn giản hóa từng thủ tục và bảng tổng hợp có dòng TỔNG CỘNG.',
    needsCampaign: true,
    landscape: false,
    canBeAppendix: true,
    fileStem: 'Phương án đơn giản hóa',
    build: buildPlan,
  },
  'review-results': {
    id: 'review-results',
    title: 'Báo cáo kết quả rà soát',
    description:
      'Kết quả rà soát theo lĩnh vực: số TTHC rà soát, đề xuất, phê duyệt, thực thi và chi phí tiết kiệm.',
    needsCampaign: true,
    landscape: true,
    canBeAppendix: false,
    fileStem: 'Kết quả rà soát',
    build: buildReviewResults,
  },
  statistics: {
    id: 'statistics',
    title: 'Thống kê TTHC',
    description:
      'Số TTHC theo lĩnh vực, cấp thực hiện, mức độ dịch vụ công trực tuyến (cả mức độ 2/3/4 cũ) và Biểu II.07b.',
    needsCampaign: false,
    landscape: false,
    canBeAppendix: false,
    fileStem: 'Thống kê TTHC',
    build: buildStatistics,
  },
  'decision-appendix': {
    id: 'decision-appendix',
    title: 'Phụ lục quyết định công bố TTHC',
    description:
      'Phần I danh mục TTHC mới ban hành / sửa đổi, bổ sung / thay thế / bãi bỏ theo cấp và lĩnh vực; Phần II nội dung cụ thể.',
    needsCampaign: false,
    landscape: true,
    // It is the decision's own appendix: its heading names the decision already.
    canBeAppendix: false,
    fileStem: 'Phụ lục quyết định',
    build: buildDecisionAppendix,
  },
};

export function reportInfos(): ReportInfo[] {
  return Object.values(REPORTS).map(
    ({ id, title, description, needsCampaign, landscape, canBeAppendix }) => ({
      id,
      title,
      description,
      needsCampaign,
      landscape,
      canBeAppendix,
    }),
  );
}
