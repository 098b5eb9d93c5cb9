import type { ReactNode } from 'react';
import type { ProcedureDetail } from '../../../../../electron/shared/contract/inventory';
import type { CopyRequirement } from '../../../../../electron/shared/domain';
import { formatDateVi, formatNumber } from '../../../../../electron/shared/text/format';
import { ProcessDocument } from './ProcessDocument';
import {
  CHANNEL_LABEL,
  channelTime,
  feesText,
  quantityText,
  stepLines,
  timesText,
} from '../../../../../electron/shared/text/record-text';

const COPY_LABEL: Record<CopyRequirement, string> = {
  ORIGINAL: 'bản chính',
  CERTIFIED_COPY: 'bản sao có chứng thực',
  COPY_WITH_ORIGINAL_FOR_CHECK: 'bản sao kèm bản chính để đối chiếu',
  PLAIN_COPY: 'bản sao',
  PRESENT_ONLY: 'xuất trình',
  ELECTRONIC: 'bản điện tử',
  DATA_LOOKUP: 'khai thác từ cơ sở dữ liệu',
};

const ONLINE_LABEL: Record<string, string> = {
  NONE: 'Dịch vụ công (không trực tuyến)',
  PARTIAL: 'Dịch vụ công trực tuyến một phần',
  FULL: 'Dịch vụ công trực tuyến toàn trình',
};

function Lines({ text }: { text: string }) {
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines.length === 0) return <p className="doc-empty">Không</p>;
  return (
    <>
      {lines.map((l, i) => (
        <p key={i}>{l}</p>
      ))}
    </>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section className="doc-item">
      <h3>{label}</h3>
      {children}
    </section>
  );
}

/**
 * One procedure as a document (Phần II, a) to l), as the publication decision prints it), for printing or
 * saving as PDF from the record editor. The labels are the official Vietnamese ones whatever the UI language.
 */
export function ProcedureDocument({
  d,
  unitName,
  today,
}: {
  d: ProcedureDetail;
  unitName: string;
  today: string;
}) {
  const agencies = [
    d.authorityAgencies && `Cơ quan có thẩm quyền: ${d.authorityAgencies}`,
    d.executingAgencies && `Cơ quan trực tiếp thực hiện: ${d.executingAgencies}`,
    d.authorizedAgencies && `Cơ quan được ủy quyền: ${d.authorizedAgencies}`,
    d.coordinatingAgencies && `Cơ quan phối hợp: ${d.coordinatingAgencies}`,
  ].filter(Boolean);
  const forms = [
    ...new Set(d.componentGroups.flatMap((g) => g.components.map((c) => c.formName.trim()))),
  ].filter(Boolean);
  const u = d.unitFields;
  return (
    <article className="procedure-document">
      <header className="doc-heading">
        <div className="doc-issuer">
          <strong>{unitName.toUpperCase()}</strong>
          <span className="doc-rule" />
        </div>
        <div className="doc-motto">
          <strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>
          <strong className="doc-motto-2">Độc lập - Tự do - Hạnh phúc</strong>
        </div>
      </header>
      <h1>NỘI DUNG CỤ THỂ CỦA THỦ TỤC HÀNH CHÍNH</h1>
      <h2>{d.name}</h2>
      <p className="doc-meta">
        Mã TTHC: {d.code} · Lĩnh vực: {d.field || 'khác'}
        {d.levels.length > 0 && <> · Cấp thực hiện: {d.levels.join(', ')}</>}
        {d.decisionNo && (
          <>
            {' '}
            · Quyết định công bố: {d.decisionNo}
            {d.decisionDate && ` ngày ${formatDateVi(d.decisionDate)}`}
          </>
        )}
      </p>
      <Item label="a) Trình tự thực hiện">
        <Lines text={stepLines(d.steps).join('\n')} />
      </Item>
      <Item label="b) Cách thức thực hiện">
        <Lines
          text={d.channels
            .map(
              (c) =>
                `- ${CHANNEL_LABEL[c.method]}${channelTime(c) ? ` (${channelTime(c)})` : ''}${c.description.trim() ? `: ${c.description.trim()}` : ''}`,
            )
            .join('\n')}
        />
      </Item>
      <Item label="c) Thành phần, số lượng hồ sơ">
        {d.componentGroups.map((g) => (
          <div key={g.id} className="doc-group">
            {g.heading.trim() && <p className="doc-group-heading">{g.heading}</p>}
            <ul>
              {g.components.map((c) => {
                const qty = quantityText(c);
                const copy = c.copyRequirement ? COPY_LABEL[c.copyRequirement] : '';
                return (
                  <li key={c.id}>
                    {c.name}
                    {(qty || copy) && ` (${[qty, copy].filter(Boolean).join('; ')})`}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
        {d.componentGroups.length === 0 && <p className="doc-empty">Không</p>}
      </Item>
      <Item label="d) Thời hạn giải quyết">
        <Lines text={timesText(d.channels)} />
      </Item>
      <Item label="đ) Đối tượng thực hiện TTHC">
        <Lines text={d.subjects} />
      </Item>
      <Item label="e) Cơ quan thực hiện TTHC">
        <Lines text={agencies.join('\n')} />
      </Item>
      <Item label="g) Kết quả thực hiện TTHC">
        <Lines text={d.results.map((r) => r.name).join('\n')} />
      </Item>
      <Item label="h) Phí, lệ phí (nếu có)">
        <Lines text={feesText(d.channels)} />
      </Item>
      <Item label="i) Tên mẫu đơn, mẫu tờ khai">
        <Lines text={forms.map((f) => `- ${f}`).join('\n')} />
      </Item>
      <Item label="k) Yêu cầu, điều kiện thực hiện TTHC (nếu có)">
        <Lines text={d.conditions} />
      </Item>
      <Item label="l) Căn cứ pháp lý của TTHC">
        <ul>
          {d.legalBases.map((l) => (
            <li key={l.id}>
              {[l.code, l.name].filter((s) => s.trim()).join(' - ')}
              {l.issuer && ` (${l.issuer}${l.issuedDate ? `, ${formatDateVi(l.issuedDate)}` : ''})`}
            </li>
          ))}
        </ul>
        {d.legalBases.length === 0 && <p className="doc-empty">Không</p>}
      </Item>
      <ProcessDocument unitId={d.unitId} procedureId={d.id} />
      <section className="doc-item doc-unit">
        <h3>Thông tin của đơn vị</h3>
        <p>
          Mức độ dịch vụ công trực tuyến: {u.onlineLevel ? ONLINE_LABEL[u.onlineLevel] : 'chưa xác định'}
          {u.legacyLevel ? ` (mức độ ${u.legacyLevel} cũ)` : ''}
        </p>
        <p>
          Số hồ sơ/năm: {u.dossiersPerYear === null ? 'chưa có số liệu' : formatNumber(u.dossiersPerYear)} ·
          Một cửa: {u.oneStop ? 'có' : 'không'} · Quy trình nội bộ:{' '}
          {u.hasInternalProcess ? 'đã ban hành' : 'chưa có'}
        </p>
        {u.note.trim() && <p>Ghi chú: {u.note}</p>}
      </section>
      <footer className="doc-footer">
        {unitName} · In từ TinhGọn ngày {formatDateVi(today)} · phiên bản {d.version} của hồ sơ
      </footer>
    </article>
  );
}
