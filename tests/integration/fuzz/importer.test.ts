import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../electron/backend/api-failure';
import { withLimits } from '../../../electron/backend/import/limits';
import { parseInWorker } from '../../../electron/backend/import/parse-in-worker';
import { importParsed } from '../../../electron/backend/import/run-import';
import { isKnownErrorCode, renderError } from '../../../electron/shared/errors';
import { BTP, emptyBackend, readBytes } from '../../fixtures/import/helpers';
import { readZip, replaceEntry, writeZip } from '../../fixtures/import/zip-surgery';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir('tinhgon-fuzz-import-');
const valid = readBytes(BTP);
const entries = readZip(valid);
const SHEET = 'xl/worksheets/sheet1.xml';

/** The mutated-workbook corpus (reliability-perf.md §2.5): each arbitrary turns the valid file into a broken one. */
const byteFlips = fc
  .array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 1, max: 255 })), {
    minLength: 1,
    maxLength: 24,
  })
  .map((flips) => {
    const b = Buffer.from(valid);
    for (const [at, x] of flips) b[at] = b[at]! ^ x;
    return { kind: 'byte flips', bytes: b };
  });

const truncation = fc
  .integer({ min: 0, max: valid.length - 1 })
  .map((n) => ({ kind: 'truncation', bytes: valid.subarray(0, n) }));

const entrySwap = fc
  .tuple(fc.nat(entries.length - 1), fc.nat(entries.length - 1))
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => {
    const swapped = entries.map((e) => ({ ...e }));
    const da = swapped[a]!.data;
    swapped[a]!.data = swapped[b]!.data;
    swapped[b]!.data = da;
    return { kind: `zip entry swap ${entries[a]!.name} ↔ ${entries[b]!.name}`, bytes: writeZip(swapped) };
  });

const giantDimensions = fc
  .constantFrom('A1:XFD1048576', 'A1:ZZZ999999999', 'A0:A0', 'XFD1048576')
  .map((ref) => {
    const xml = entries.find((e) => e.name === SHEET)!.data.toString('utf8');
    const withDim = /<dimension ref="[^"]*"\/>/.test(xml)
      ? xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${ref}"/>`)
      : xml;
    const farCell =
      '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>ô xa nhất</t></is></c></row></sheetData>';
    return {
      kind: `giant dimension ${ref}`,
      bytes: writeZip(replaceEntry(entries, SHEET, Buffer.from(withDim.replace('</sheetData>', farCell)))),
    };
  });

const mutated = fc.oneof(byteFlips, truncation, entrySwap, giantDimensions);

describe('importer fuzzing with a mutated-workbook corpus', () => {
  it('each mutated workbook is imported or refused cleanly; a refusal leaves the database unchanged', async () => {
    const { backend, unitId } = emptyBackend(tmp());
    const db = backend.ctx.db;
    const changes = () => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const procedures = () => (db.prepare('SELECT count(*) AS n FROM procedures').get() as { n: number }).n;
    const tally = { imported: 0, refused: 0, codes: new Set<string>() };
    await fc.assert(
      fc.asyncProperty(mutated, async ({ kind, bytes }) => {
        const before = { changes: changes(), procedures: procedures() };
        let refusal: unknown = null;
        try {
          const raw = await parseInWorker(
            bytes,
            'fuzz.xlsx',
            withLimits({ maxWallMs: 30_000, maxMemoryMb: 256 }),
          ).promise;
          const outcome = importParsed(backend.ctx, raw, {
            fileName: 'fuzz.xlsx',
            unitId,
            dryRun: false,
            update: false,
          });
          expect(typeof outcome.committed, kind).toBe('boolean');
          tally.imported++;
        } catch (err) {
          refusal = err;
        }
        if (refusal) {
          tally.refused++;
          expect(
            refusal,
            `${kind}: ${refusal instanceof Error ? refusal.message : typeof refusal}`,
          ).toBeInstanceOf(ApiFailure);
          const { code, params } = refusal as ApiFailure;
          tally.codes.add(code);
          expect(isKnownErrorCode(code), `${kind}: ${code}`).toBe(true);
          expect(renderError(code, params, 'vi'), kind).not.toMatch(/\n\s+at |\.ts:\d+/);
          expect({ changes: changes(), procedures: procedures() }, kind).toEqual(before);
        }
        expect(db.pragma('quick_check', { simple: true }), kind).toBe('ok');
      }),
      { numRuns: 36, seed: 20261126, endOnFailure: true },
    );
    expect(tally.refused).toBeGreaterThan(10);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    backend.close();
  }, 600_000);
});
