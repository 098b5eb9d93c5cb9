import fc from 'fast-check';
import type { Backend } from '../../backend/session';
import { contract } from '../../shared/contract';
import { EditableField } from '../../shared/contract/inventory';
import { isKnownErrorCode } from '../../shared/errors';

/** One failure, with what is needed to replay it: the seed, the case's index and its input. */
export interface FuzzFailure {
  seed: number;
  /** Index of the case in its seed's sequence (0-based); replaying runs cases 0…case on a fresh backend. */
  case: number;
  what: string;
  method: string;
  input: string;
  replay: string;
}

export interface FuzzResult {
  seeds: number[];
  cases: number;
  /** A throw out of dispatch, a value that is not an envelope, a stack trace or an unknown code in a refusal. */
  crashes: number;
  /** Refusals that changed the database (total_changes() moved). */
  writesOnRejection: number;
  /** INTERNAL refusals: handled, but a handler met input it did not expect (reported, not hidden). */
  internalErrors: number;
  /** Calls that passed validation and the handler answered ok (the fuzz reaches real handlers, not only zod). */
  accepted: number;
  /** Every failure (a crash, a write on refusal, an INTERNAL), at most 50. */
  failures: FuzzFailure[];
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
    // Writes into a unit that may not exist, and settings keys present with the value undefined (IPC keeps them).
    fc
      .record({
        unitId: id,
        code: fc.constantFrom('1.999991', '1.001193', 'x'),
        name: fc.string({ maxLength: 20 }),
      })
      .map((i) => ['procedures.create', i] as [unknown, unknown]),
    fc
      .record({ unitId: id, name: fc.string({ maxLength: 20 }), state: fc.constantFrom('{}', '', 'null') })
      .map((i) => ['views.save', i] as [unknown, unknown]),
    fc
      .dictionary(
        fc.constantFrom('keepToday', 'keepPerDay', 'maxTotal', 'autoMinutes'),
        fc.oneof(fc.constant(undefined), fc.integer({ min: -1, max: 300 })),
        { maxKeys: 3 },
      )
      .map((i) => ['backups.settings', i] as [unknown, unknown]),
  );
}

/** Every fuzz case: a method name and a payload, mostly random, a quarter nearly valid. */
const fuzzCase = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(methodNames(), payloads()) },
  { weight: 1, arbitrary: plausibleCalls() },
);

/**
 * The cases of one seed, in order: the same seed always gives the same sequence, and a shorter run is a prefix of
 * a longer one, so a case is replayed by running its seed up to its index.
 */
export function fuzzCases(seed: number, count: number): [unknown, unknown][] {
  return fc.sample(fuzzCase, { seed, numRuns: count });
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
 * Drives the real dispatcher (the trust boundary every transport ends in) with `cases` random calls per seed.
 * Every call must return an envelope; a refusal never carries a stack trace and never changes the database.
 * `replay` names the command that runs one failure again.
 */
export async function fuzzDispatcher(
  backend: Backend,
  cases: number,
  seeds: readonly number[],
  replay: (seed: number, index: number) => string = (seed, index) => `seed ${seed} case ${index}`,
): Promise<FuzzResult> {
  const result: FuzzResult = {
    seeds: [...seeds],
    cases: 0,
    crashes: 0,
    writesOnRejection: 0,
    internalErrors: 0,
    accepted: 0,
    failures: [],
  };
  for (const seed of seeds) {
    const list = fuzzCases(seed, cases);
    for (let index = 0; index < list.length; index++) {
      const [method, input] = list[index]!;
      const fail = (what: string) => {
        if (result.failures.length < 50)
          result.failures.push({
            seed,
            case: index,
            what,
            method: fc.stringify(method).slice(0, 100),
            input: fc.stringify(input).slice(0, 500),
            replay: replay(seed, index),
          });
      };
      const outcome = await runCase(backend, method, input);
      result.cases++;
      if (outcome.crash) {
        result.crashes++;
        fail(outcome.crash);
      }
      if (outcome.accepted) result.accepted++;
      if (outcome.internal) {
        result.internalErrors++;
        fail('INTERNAL');
      }
      if (outcome.wroteOn) {
        result.writesOnRejection++;
        fail(`changed the database on ${outcome.wroteOn}`);
      }
    }
  }
  return result;
}

export interface CaseOutcome {
  envelope?: unknown;
  crash?: string;
  accepted?: boolean;
  internal?: boolean;
  /** The refusal code when a refusal changed the database. */
  wroteOn?: string;
}

/** One call through the dispatcher, judged. */
export async function runCase(backend: Backend, method: unknown, input: unknown): Promise<CaseOutcome> {
  const changes = () => (backend.ctx.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  const before = changes();
  let envelope: unknown;
  try {
    envelope = await backend.dispatch(method as string, input);
  } catch (err) {
    return { crash: `threw ${String(err).slice(0, 80)}` };
  }
  if (!isEnvelope(envelope)) return { envelope, crash: 'not an envelope' };
  if (envelope.ok) return { envelope, accepted: true };
  const { code, message } = envelope.error;
  const outcome: CaseOutcome = { envelope };
  if (STACK.test(message) || !isKnownErrorCode(code) || JSON.stringify(envelope).length > 4000)
    outcome.crash = `leaky refusal ${code}`;
  if (code === 'INTERNAL') outcome.internal = true;
  if (changes() !== before) outcome.wroteOn = code;
  return outcome;
}
