/** UI strings of the citizen steps in the review view: what each step costs, what a mark on it changed, or why not. */
export const stepVi = {
  'step.kind.PREPARE': 'Chuẩn bị hồ sơ',
  'step.kind.SUBMIT': 'Nộp hồ sơ (chuyến đi)',
  'step.kind.PAY': 'Nộp phí, lệ phí',
  'step.kind.VISIT': 'Đến cơ quan theo yêu cầu',
  'step.kind.OFFICE': 'Cơ quan xử lý',
  'step.kind.RESULT': 'Nhận kết quả (chuyến đi)',
  'step.kind.NOTE': 'Quy định, ghi chú',
  'step.kindHelp.PREPARE': 'người dân chuẩn bị các giấy tờ của hồ sơ',
  'step.kindHelp.SUBMIT': 'một chuyến đi nộp hồ sơ (hoặc nộp qua bưu chính, trực tuyến)',
  'step.kindHelp.PAY': 'các khoản phí, lệ phí của cách thức',
  'step.kindHelp.VISIT': 'thêm một chuyến đi: bổ sung, xác minh, có mặt theo yêu cầu',
  'step.kindHelp.OFFICE': 'thời gian của cơ quan: các bước quy trình nội bộ, hoặc số ngày của bước',
  'step.kindHelp.RESULT': 'một chuyến đi nhận kết quả (và bước trả kết quả nội bộ)',
  'step.kindHelp.NOTE': 'không tốn thời gian, chi phí nào',
  'step.allChannels': 'mọi cách thức',
  'step.guessed': 'tự nhận biết',
  'step.kindButton': 'Loại bước {n}: {kind}. Bấm để sửa',
  'step.kindDialog': 'Bước {n} tốn gì?',
  'step.kindChannels': 'Thuộc cách thức (không chọn = mọi cách thức)',
  'step.kindReset': 'Để TinhGọn tự nhận biết',
  'step.kindSaved': 'Đã đổi loại bước {n}.',
  'step.undo': 'Hoàn tác',
  'step.undone': 'Đã hoàn tác.',
  'step.hint':
    'Mỗi bước được xếp loại theo việc nó tốn của người dân hoặc của cơ quan (tự nhận biết từ nội dung; bấm vào loại để sửa nếu sai). Đánh dấu một bước thì những gì bước đó tốn đổi theo.',
  'step.to.trip.SUBMIT': 'chuyến đi nộp hồ sơ',
  'step.to.trip.RESULT': 'chuyến đi nhận kết quả',
  'step.to.visit': 'chuyến đi theo yêu cầu',
  'step.to.fees': 'phí, lệ phí',
  'step.to.docs': 'chuẩn bị {n} giấy tờ',
  'step.to.internal': 'bước nội bộ {list}',
  'step.to.days': 'thời hạn của cách thức {ch}',
  'step.to.channelCost': 'chi phí mỗi hồ sơ theo cách thức {ch}',
  'step.to.none': 'không có hoạt động',
  'step.to.officeUnknown': 'thời hạn giải quyết (chưa tách được cho bước này)',
  'step.to.otherChannel': 'chỉ cách thức {ch}',
  'step.to.channelTrip.SUBMIT': 'nộp hồ sơ theo cách thức {ch} (chi phí mỗi hồ sơ của cách thức đó)',
  'step.to.channelTrip.RESULT': 'nhận kết quả theo cách thức {ch} (chi phí mỗi hồ sơ của cách thức đó)',
  'step.cost': '{h} giờ, {m}',
  'step.action.REMOVE': 'bỏ bước {n}',
  'step.action.SIMPLIFY': 'sửa bước {n}',
  'step.action.MERGE': 'gộp bước {n}',
  'step.action.REPLACE_BY_DATA': 'thay bước {n} bằng dữ liệu',
  'step.delta.hours': '{sign}{v} giờ',
  'step.delta.money': '{sign}{v}',
  'step.delta.office': '{sign}{v} xử lý',
  'step.officeHours': '{n} giờ làm việc',
  'step.officeDays': '{n} ngày làm việc',
  'step.delta.days': '{sign}{v} ngày ({ch})',
  'step.reason.NOTE_STEP':
    'Bước này được xếp là quy định, ghi chú: không tốn thời gian, chi phí nên số ngày và chi phí không đổi. Nếu sai, bấm vào loại bước để sửa.',
  'step.reason.OTHER_CHANNEL':
    'Bước này thuộc cách thức {chs}, còn chi phí tính theo cách thức {cost}: đánh dấu chuyến đi của cách thức {cost} ở bảng Cách thức, hoặc sửa cách thức của bước.',
  'step.reason.OWN_MARK':
    '{target} đã có đề xuất riêng ({action}); đề xuất đó được tính. Bỏ đề xuất riêng nếu muốn tính theo bước này.',
  'step.reason.OTHER_STEP': 'Những gì bước này tốn đã được tính theo đề xuất ở bước {n}.',
  'step.reason.NO_PROCESS':
    'Đơn vị chưa nhập quy trình nội bộ và không tách được phần nào của thời hạn ({days}) cho bước này: các bước khác của cơ quan đã ghi thời gian riêng bằng cả thời hạn. Nhập quy trình nội bộ (hồ sơ TTHC → Quy trình nội bộ) hoặc đánh dấu thời hạn giải quyết của cách thức (bảng Cách thức thực hiện).',
  'step.reason.NO_LEGAL_DAYS':
    'Hồ sơ TTHC chưa ghi thời hạn giải quyết của cách thức bằng số ngày (“Không có thông tin”), nên chưa tính được số ngày bớt đi. Ghi thời hạn ở hồ sơ TTHC (Cách thức thực hiện) hoặc nhập quy trình nội bộ.',
  'step.reason.NO_INTERNAL_MATCH':
    'Bước này không khớp bước nào của quy trình nội bộ: đánh dấu trực tiếp các bước trên sơ đồ, hoặc sửa loại bước.',
  'step.reason.SHARED_PROCESS':
    'Bước này chỉ thuộc cách thức {chs}, còn quy trình nội bộ dùng chung với cách thức {cost} và được khớp với các bước của cách thức {cost}: tách một biến thể quy trình cho cách thức {chs} (hồ sơ TTHC → Quy trình nội bộ → Áp dụng cho cách thức), hoặc đánh dấu trực tiếp các bước trên sơ đồ.',
  'step.reason.MERGE_KEEPS':
    'Gộp bước này vào bước khác không bớt việc phải làm (vẫn chuẩn bị giấy tờ, vẫn nộp phí): đánh dấu từng giấy tờ hoặc khoản phí.',
  'step.reason.NEEDS_VALUE':
    'Ghi giá trị mới để sửa đổi có tác dụng: số giờ (chuyến đi), thời gian “0,5 ngày làm việc” (bước của cơ quan) hoặc số tiền (phí).',
  'step.reason.DOCS_ONE_BY_ONE':
    'Sửa đổi việc chuẩn bị hồ sơ: đánh dấu từng giấy tờ (bãi bỏ, thay bằng dữ liệu, đổi yêu cầu bản sao).',
  'step.reason.PAY_ONLINE_SAME':
    'Nộp phí trực tuyến không đổi mức phí: sửa mức phí (Sửa đổi) hoặc đánh dấu chuyến đi nộp hồ sơ “Thay bằng dữ liệu”.',
  'step.reason.NOTHING_COUNTED':
    'Thủ tục không có khoản nào tương ứng được tính (không thu phí, không có giấy tờ).',
  'step.reason.NO_COST_CHANNEL': 'Thủ tục chưa có cách thức thực hiện nào nên chưa có chuyến đi để tính.',
  'step.reason.HAND_MODE':
    'Chi phí của thủ tục này được nhập tay: liên kết hoạt động với bước ở thẻ Tính chi phí để bước có tác dụng.',
  'step.reason.NO_CHANGE': 'Những dòng chi phí tương ứng đã được điều chỉnh tay ở thẻ Tính chi phí.',
  'step.daysUnknown': 'thời hạn chưa ghi',
  'step.fromSteps': 'bớt theo các bước đã đánh dấu',
  'step.fromStepsEstimated': 'bớt theo các bước đã đánh dấu (ước tính chia đều)',
  'step.estimate':
    'ước tính: {days} ngày chia đều cho {n} bước của cơ quan không ghi thời gian; nhập quy trình nội bộ để tính đúng',
  'step.to.officeEstimate': '≈ {d} ngày (ước tính: {days} ngày chia đều cho {n} bước của cơ quan)',
  'step.daysN': '{n} ngày',
} as const;

export const stepEn: Record<keyof typeof stepVi, string> = {
  'step.kind.PREPARE': 'Preparing the dossier',
  'step.kind.SUBMIT': 'Submission (trip)',
  'step.kind.PAY': 'Paying fees',
  'step.kind.VISIT': 'Visit on request',
  'step.kind.OFFICE': 'Office processing',
  'step.kind.RESULT': 'Collecting the result (trip)',
  'step.kind.NOTE': 'Provision, note',
  'step.kindHelp.PREPARE': 'the applicant prepares the dossier documents',
  'step.kindHelp.SUBMIT': 'a trip to submit (or by post, online)',
  'step.kindHelp.PAY': 'the channel’s fees',
  'step.kindHelp.VISIT': 'one more trip: to supplement, verify or appear on request',
  'step.kindHelp.OFFICE': 'the office’s time: internal process steps, or the step’s own days',
  'step.kindHelp.RESULT': 'a trip to collect the result (and the internal return step)',
  'step.kindHelp.NOTE': 'costs no time nor money',
  'step.allChannels': 'every channel',
  'step.guessed': 'guessed',
  'step.kindButton': 'Kind of step {n}: {kind}. Click to change',
  'step.kindDialog': 'What does step {n} cost?',
  'step.kindChannels': 'Belongs to the channels (none = every channel)',
  'step.kindReset': 'Let TinhGọn guess',
  'step.kindSaved': 'Kind of step {n} changed.',
  'step.undo': 'Undo',
  'step.undone': 'Undone.',
  'step.hint':
    'Each step is classed by what it costs the applicant or the office (guessed from its text; click the kind to change it). Marking a step changes what it costs.',
  'step.to.trip.SUBMIT': 'trip to submit',
  'step.to.trip.RESULT': 'trip to collect the result',
  'step.to.visit': 'visit on request',
  'step.to.fees': 'fees',
  'step.to.docs': 'preparing {n} {n|document|documents}',
  'step.to.internal': 'internal steps {list}',
  'step.to.days': 'the {ch} channel’s time',
  'step.to.channelCost': 'the cost per dossier on the {ch} channel',
  'step.to.none': 'no activity',
  'step.to.officeUnknown': 'the processing time (not split for this step)',
  'step.to.otherChannel': 'the {ch} channel only',
  'step.to.channelTrip.SUBMIT': 'submitting by {ch} (that channel’s cost per dossier)',
  'step.to.channelTrip.RESULT': 'receiving the result by {ch} (that channel’s cost per dossier)',
  'step.cost': '{h} h, {m}',
  'step.action.REMOVE': 'removing step {n}',
  'step.action.SIMPLIFY': 'changing step {n}',
  'step.action.MERGE': 'merging step {n}',
  'step.action.REPLACE_BY_DATA': 'replacing step {n} by data',
  'step.delta.hours': '{sign}{v} h',
  'step.delta.money': '{sign}{v}',
  'step.delta.office': '{sign}{v} of processing',
  'step.officeHours': '{n} working {n|hour|hours}',
  'step.officeDays': '{n} working {n|day|days}',
  'step.delta.days': '{sign}{v} {v|day|days} ({ch})',
  'step.reason.NOTE_STEP':
    'This step is classed as a provision or note: it costs no time nor money, so days and cost do not change. If that is wrong, click the step’s kind to change it.',
  'step.reason.OTHER_CHANNEL':
    'This step belongs to the {chs} channel, while the cost is counted on {cost}: mark the {cost} trip in the Channels table, or change the step’s channel.',
  'step.reason.OWN_MARK':
    '{target} has its own proposal ({action}), which counts. Remove that proposal to count this step’s instead.',
  'step.reason.OTHER_STEP': 'What this step costs is already counted by the proposal on step {n}.',
  'step.reason.NO_PROCESS':
    'The unit has no internal process and no share of the time limit ({days}) is left for this step: the office’s other steps state times of their own that take the whole limit. Enter the internal process (record → Internal process) or mark the channel’s processing time.',
  'step.reason.NO_LEGAL_DAYS':
    'The record gives the channel’s processing time as no number of days (“Không có thông tin”), so the days cut cannot be counted. Enter the time in the record (Channels) or enter the internal process.',
  'step.reason.NO_INTERNAL_MATCH':
    'This step matches no step of the internal process: mark the steps on the diagram directly, or change the step’s kind.',
  'step.reason.SHARED_PROCESS':
    'This step belongs to the {chs} channel only, while the internal process is shared with {cost} and matched with the {cost} steps: give {chs} a variant of its own (record → Internal process → Applies to the channels), or mark the steps on the diagram directly.',
  'step.reason.MERGE_KEEPS':
    'Merging this step into another leaves the work to do (documents to prepare, fees to pay): mark each document or fee.',
  'step.reason.NEEDS_VALUE':
    'Give the new value for the change to count: hours (a trip), a time such as “0,5 ngày làm việc” (an office step) or an amount (fees).',
  'step.reason.DOCS_ONE_BY_ONE':
    'To change the dossier preparation, mark each document (remove, replace by data, change the copy requirement).',
  'step.reason.PAY_ONLINE_SAME':
    'Paying online does not change the fee: change the amount (Sửa đổi) or mark the submission trip “replace by data”.',
  'step.reason.NOTHING_COUNTED': 'The procedure has nothing of this kind counted (no fee, no document).',
  'step.reason.NO_COST_CHANNEL': 'The procedure has no channel yet, so there is no trip to count.',
  'step.reason.HAND_MODE':
    'This procedure’s cost was entered by hand: link activities to the step on the Cost tab for the step to count.',
  'step.reason.NO_CHANGE': 'The matching cost rows were overridden by hand on the Cost tab.',
  'step.daysUnknown': 'an unstated time',
  'step.fromSteps': 'less the marked steps',
  'step.fromStepsEstimated': 'less the marked steps (even-split estimate)',
  'step.estimate':
    'estimate: {days} days split evenly over {n} office steps that state no time; enter the internal process for exact figures',
  'step.to.officeEstimate':
    '≈ {d} {d|day|days} (estimate: {days} {days|day|days} split evenly over {n} office {n|step|steps})',
  'step.daysN': '{n} {n|day|days}',
};
