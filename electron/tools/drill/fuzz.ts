import fc from 'fast-check';
import type { Backend } from '../../backend/session';
import { contract } from '../../shared/contract';
import { EditableField } from '../../shared/contract/inventory';
import { isKnownErrorCode } from '../../shared/errors';

export interface FuzzResult {
  cases: number;
  /** A throw out of dispatch, a value that is not an envelope, a stack trace or an unknown code in a refusal. */
  crashes: number;
  /** Refusals that changed the database (total_changes() moved). */
  writesOnRejection: number;
  /** INTERNAL refusals: handled, but a handler met input it did not expect (reported, not hidden). */
  internalErrors: number;
  /** Calls that passed validation and the handler answered ok (the fuzz reaches real handlers, not only zod). */
  accepted: number;
  examples: string[];
}

const STACK = /\n\s+at |\.(ts|js):\d+|node_modules|Error: /;

/** Method names: the real ones, look-alikes that probe the own-key check, and noise. */
function methodNames(): fc.Arbitrary<unknown> {
  const real = Object.keys(contract);
  const tricky = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', ''];
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...real) },
    { weight: 1, arbitrary: fc.constantFrom(...tricky) },
    { weight: 1, arbitrary: fc.constantFrom(...real).map((m) => m.toUpperCase()) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.anything() },
  );
}

/** Payloads: anything at all, JSON-shaped objects with plausible keys, and Vietnamese/odd Unicode text. */
function payloads(): fc.Arbitrary<unknown> {
  const keys = fc.constantFrom(
    'unitId',
    'procedureId',
    'id',
    'name',
    'field',
    'value',
    'search',
    'offset',
    'limit',
    'locale',
    'unitName',
    'unitLevel',
    'keepToday',
    'maxTotal',
    '__proto__',
    'constructor',
  );
  const text = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom(
      'Đăng ký khai sinh',
      'Ðăng ký',
      'e\u0301',
      '\u200B',
      '\0',
      '../../etc/passwd',
      "'; DROP TABLE procedures; --",
      'x'.repeat(25000),
    ),
  );
  const scalar = fc.oneof(
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.bigInt(),
  );
  return fc.oneof(
    { weight: 3, arbitrary: fc.dictionary(keys, scalar, { maxKeys: 5 }) },
    { weight: 1, arbitrary: fc.anything() },
    { weight: 1, arbitrary: fc.jsonValue() },
    { weight: 1, arbitrary: scalar },
  );
}

/** Nearly valid calls, so handlers (not only the schemas) meet odd values: edits of every field, searches. */
function plausibleCalls(): fc.Arbitrary<[unknown, unknown]> {
  const id = fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: -2, max: 2 }), fc.constant(2 ** 31));
  const value = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('', ' ', '1.001193', '9.999999', 'toàn trình', '1.234', 'có', '-5', '31/02/2024'),
  );
  return fc.oneof(
    fc
      .record({ unitId: id, procedureId: id, field: fc.constantFrom(...EditableField.options), value })
      .map((i) => ['procedures.updateField', i] as [unknown, unknown]),
    fc
      .record({
        unitId: id,
        search: fc.string({ maxLength: 20 }),
        offset: fc.nat(50),
        limit: fc.integer({ min: 1, max: 3000 }),
      })
      .map((i) => ['inventory.list', i] as [unknown, unknown]),
    fc.record({ unitId: id, procedureId: id }).map((i) => ['procedures.get', i] as [unknown, unknown]),
    fc
      .record({
        name: fc.oneof(
          fc.string({ maxLength: 30 }),
          fc.constantFrom('x.sqlite', '../test.sqlite', 'test-20261126-150405-123-auto.sqlite'),
        ),
      })
      .map((i) => ['backups.restore', i] as [unknown, unknown]),
  );
}

function isEnvelope(
  e: unknown,
): e is { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } } {
  if (typeof e !== 'object' || e === null) return false;
  const o = e as Record<string, unknown>;
  if (o.ok === true) return 'value' in o;
  const err = o.error as Record<string, unknown> | undefined;
  return o.ok === false && typeof err?.code === 'string' && typeof err.message === 'string';
}

/**
 * Drives the real dispatcher (the trust boundary every transport ends in) with random methods and payloads.
 * Every call must return an envelope; a refusal never carries a stack trace and never changes the database.
 */
export async function fuzzDispatcher(backend: Backend, numRuns: number, seed?: number): Promise<FuzzResult> {
  const result: FuzzResult = {
    cases: 0,
    crashes: 0,
    writesOnRejection: 0,
    internalErrors: 0,
    accepted: 0,
    examples: [],
  };
  const note = (what: string, method: unknown, input: unknown) => {
    if (result.examples.length < 10)
      result.examples.push(`${what}: ${fc.stringify(method)} ${fc.stringify(input).slice(0, 200)}`);
  };
  const changes = () => (backend.ctx.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        { weight: 3, arbitrary: fc.tuple(methodNames(), payloads()) },
        { weight: 1, arbitrary: plausibleCalls() },
      ),
      async ([method, input]) => {
        result.cases++;
        const before = changes();
        let envelope: unknown;
        try {
          envelope = await backend.dispatch(method as string, input);
        } catch (err) {
          result.crashes++;
          note(`threw ${String(err).slice(0, 80)}`, method, input);
          return;
        }
        if (!isEnvelope(envelope)) {
          result.crashes++;
          note('not an envelope', method, input);
          return;
        }
        if (envelope.ok) {
          result.accepted++;
          return;
        }
        const { code, message } = envelope.error;
        if (STACK.test(message) || !isKnownErrorCode(code) || JSON.stringify(envelope).length > 4000) {
          result.crashes++;
          note(`leaky refusal ${code}`, method, input);
        }
        if (code === 'INTERNAL') {
          result.internalErrors++;
          note('INTERNAL', method, input);
        }
        if (changes() !== before) {
          result.writesOnRejection++;
          note(`changed the database on ${code}`, method, input);
        }
      },
    ),
    { numRuns, ...(seed === undefined ? {} : { seed }) },
  );
  return result;
}
