import { describe, expect, it } from 'vitest';
import { classifyStep, internalPhase, type RecordStep } from '../../../electron/shared/cost';
import { CHAIN, HKD_STEPS, RESIDENCE } from './citizen-fixture';

const step = (text: string, actor = '', title = ''): RecordStep => ({
  id: 1,
  title,
  text,
  actor,
  durationValue: null,
  durationUnit: 'UNSPECIFIED',
});

describe('what a citizen step costs, guessed from its actor and leading sentence', () => {
  it('1.001612: the in-person/post submission, the office’s handling (with its phases and days), online login', () => {
    const [submit, office, online] = HKD_STEPS.map(classifyStep);
    expect(submit).toMatchObject({ kind: 'SUBMIT', channels: ['TRUC_TIEP', 'BUU_CHINH'], guessed: true });
    expect(office).toMatchObject({ kind: 'OFFICE', channels: ['TRUC_TIEP', 'BUU_CHINH'], days: 3 });
    expect(office!.phases).toEqual(['RECEIVE', 'EXAMINE', 'SIGN']);
    expect(online).toMatchObject({ kind: 'SUBMIT', channels: ['TRUC_TUYEN'] });
  });

  it('1.004222: prepare, submit, the office (no actor: "Khi tiếp nhận…, cán bộ…"), pay, collect the result', () => {
    expect(RESIDENCE.steps!.map((s) => classifyStep(s).kind)).toEqual([
      'PREPARE',
      'SUBMIT',
      'OFFICE',
      'PAY',
      'RESULT',
    ]);
  });

  it('a numbered step ("Bước 2: …") is work, never a note: the applicant completing the dossier, the office closing the case', () => {
    expect(classifyStep(step('Hoàn chỉnh hồ sơ', '', 'Bước 2: Hoàn chỉnh hồ sơ')).kind).toBe('PREPARE');
    expect(
      classifyStep(step('Xây dựng dự án, phương án sản xuất cộng đồng', '', 'Bước 2: Xây dựng dự án')).kind,
    ).toBe('PREPARE');
    expect(
      classifyStep(step('Kết thúc việc giải quyết tố cáo.', '', 'Bước 6: Kết thúc việc giải quyết tố cáo'))
        .kind,
    ).toBe('OFFICE');
    // Without the number the same sentence names no one and no office work: a note.
    expect(classifyStep(step('Kết thúc việc giải quyết tố cáo.')).kind).toBe('NOTE');
  });

  it('1.001193 step 6: under the heading "Lưu ý —" an office sentence is a note (its "03 ngày" is no office time)', () => {
    const text =
      'Trường hợp cha, mẹ trẻ đã đăng ký kết hôn, trên cơ sở thông tin về Giấy chứng nhận kết hôn cung cấp trong hồ sơ đăng ký khai sinh, cơ quan đăng ký hộ tịch có trách nhiệm khai thác thông tin trong thời hạn 03 ngày làm việc.';
    expect(classifyStep(step(text, '', `Lưu ý — ${text.slice(0, 80)}…`))).toMatchObject({
      kind: 'NOTE',
      days: null,
    });
    expect(classifyStep(step(text, '', `Trường hợp đăng ký trực tiếp — ${text.slice(0, 80)}…`)).kind).toBe(
      'OFFICE',
    );
  });

  it('a provision is a note; "đăng ký" is not a signature; a conditional clause is not the subject', () => {
    expect(
      classifyStep(
        step(
          '+ Người yêu cầu chứng thực bản sao phải chịu trách nhiệm về nội dung, tính hợp lệ, hợp pháp của bản chính.',
          'Người yêu cầu chứng thực',
        ),
      ).kind,
    ).toBe('NOTE');
    const tax = classifyStep(
      step(
        '- Các thông tin đăng ký hộ kinh doanh trên Hệ thống được truyền sang Hệ thống ứng dụng đăng ký thuế.',
      ),
    );
    expect(tax.phases).not.toContain('SIGN');
    // "Trường hợp hồ sơ đủ điều kiện cấp đăng ký hộ kinh doanh, Cơ quan …": the office, not the household.
    expect(
      classifyStep(
        step(
          '- Trường hợp hồ sơ đủ điều kiện cấp đăng ký hộ kinh doanh, Cơ quan đăng ký kinh doanh cấp xã thực hiện cấp đăng ký hộ kinh doanh.',
        ),
      ).kind,
    ).toBe('OFFICE');
    // Both spouses must come to sign the register and collect the certificate: the result trip.
    expect(
      classifyStep(
        step(
          '- Người yêu cầu đăng ký kết hôn (hai bên nam, nữ phải có mặt) kiểm tra thông tin, ký tên vào Sổ đăng ký kết hôn.',
          'Người yêu cầu',
        ),
      ).kind,
    ).toBe('RESULT');
    expect(classifyStep(step('1. Gửi hồ sơ xin cấp phép: Gửi hồ sơ đề nghị cấp giấy phép.')).kind).toBe(
      'SUBMIT',
    );
  });

  it('the officer’s classification wins over the guess, with its channels', () => {
    const c = classifyStep({ ...HKD_STEPS[0]!, costKind: 'VISIT', costChannels: ['TRUC_TIEP'] });
    expect(c).toMatchObject({ kind: 'VISIT', channels: ['TRUC_TIEP'], guessed: false });
  });

  it('internal steps by phase: reception (its "hẹn trả kết quả" is not the return), handling, signing, issuing, return', () => {
    expect(CHAIN.steps.map(internalPhase)).toEqual([
      'RECEIVE',
      'EXAMINE',
      'EXAMINE',
      'EXAMINE',
      'SIGN',
      'ISSUE',
      'RETURN',
    ]);
  });
});
