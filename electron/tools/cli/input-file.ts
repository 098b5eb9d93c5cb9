import { basename } from 'node:path';
import { withLimits } from '../../backend/import/limits';
import { renderError } from '../../shared/errors';
import { readRegularFile } from './cli-kit';

/**
 * An input workbook's bytes for any command that reads one (import, decision, compare, process import): a folder,
 * a FIFO or a device is refused at once, a file over the import limit by its size, before a byte is read.
 */
export function readInputWorkbook(file: string): Buffer {
  const { maxFileBytes } = withLimits(undefined);
  const mb = (n: number) => (n / 1048576).toFixed(1);
  return readRegularFile(file, maxFileBytes, (size) =>
    renderError(
      'IMPORT_FILE_TOO_BIG',
      { file: basename(file), size: mb(size), limit: mb(maxFileBytes) },
      'vi',
    ),
  );
}

/** Small text inputs (a resolution file): the same checks, at most 1 MB. */
export function readInputText(file: string): string {
  return readRegularFile(
    file,
    1 << 20,
    (size) => `Tệp "${basename(file)}" quá lớn (${size} byte, tối đa 1 MB). / The file is too big.`,
  ).toString('utf8');
}
