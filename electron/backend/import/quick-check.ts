import type { z } from 'zod';
import { ProcedureRecord, UnitProcedureFields } from '../../shared/domain';
import { isStorableText } from '../../shared/text/invalid-text';

/**
 * A fast check of the record an imported row becomes, read off the domain schema itself (so it follows every
 * change to domain.ts): true only when the schema would accept the object and give back an equal one. It knows
 * strings (lengths, patterns), enums, booleans, whole numbers with bounds, nullable values and arrays; an array of
 * objects passes only when empty. Anything else — a check it does not know, a nested record, an unknown key —
 * makes it answer false, and the caller validates with the schema as before. Zod builds a new object per field
 * and dominated the validation of a 10,000-row list.
 */
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  entries?: Record<string, unknown>;
  element?: z.ZodType;
  innerType?: z.ZodType;
}
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
  value?: number;
  inclusive?: boolean;
  fn?: unknown;
}

/** What one field must be; plain data, so one loop checks every field without a closure per rule. */
interface FieldRule {
  type: 'string' | 'number' | 'boolean' | 'enum' | 'array';
  nullable: boolean;
  /** Length bounds (strings, arrays) or value bounds (numbers). */
  min: number;
  max: number;
  pattern: RegExp | null;
  /** Text that must pass isStorableText (domain.ts storedText). */
  storable: boolean;
  whole: boolean;
  values: ReadonlySet<unknown> | null;
  /** Rule of an array's elements; null: only an empty array passes. */
  element: FieldRule | null;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The rule of a field schema, or null when the schema has something this module does not know. */
export function ruleOf(schema: z.ZodType): FieldRule | null {
  const def = defOf(schema);
  if (def.type === 'nullable') {
    const inner = def.innerType ? ruleOf(def.innerType) : null;
    return inner && !inner.nullable ? { ...inner, nullable: true } : null;
  }
  if (!['string', 'number', 'boolean', 'enum', 'array'].includes(def.type)) return null;
  const rule: FieldRule = {
    type: def.type as FieldRule['type'],
    nullable: false,
    min: def.type === 'number' ? -Infinity : 0,
    max: Infinity,
    pattern: null,
    storable: false,
    whole: false,
    values: def.type === 'enum' ? new Set(Object.values(def.entries ?? {})) : null,
    element: def.type === 'array' && def.element ? ruleOf(def.element) : null,
  };
  const sized = def.type === 'string' || def.type === 'array';
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def;
    if (c.check === 'max_length' && sized) rule.max = Math.min(rule.max, c.maximum ?? 0);
    else if (c.check === 'min_length' && sized) rule.min = Math.max(rule.min, c.minimum ?? 0);
    else if (c.check === 'string_format' && c.format === 'regex' && c.pattern && !rule.pattern)
      rule.pattern = c.pattern;
    else if (c.check === 'custom' && c.fn === isStorableText && def.type === 'string') rule.storable = true;
    else if (c.check === 'number_format' && c.format === 'safeint' && def.type === 'number')
      rule.whole = true;
    else if (c.check === 'greater_than' && c.inclusive && def.type === 'number')
      rule.min = Math.max(rule.min, c.value ?? 0);
    else if (c.check === 'less_than' && c.inclusive && def.type === 'number')
      rule.max = Math.min(rule.max, c.value ?? 0);
    else return null;
  }
  return rule;
}

function passes(rule: FieldRule, v: unknown): boolean {
  if (v === null) return rule.nullable;
  switch (rule.type) {
    case 'string':
      if (typeof v !== 'string' || v.length < rule.min || v.length > rule.max) return false;
      if (rule.storable && !isStorableText(v)) return false;
      if (rule.pattern) {
        rule.pattern.lastIndex = 0;
        return rule.pattern.test(v);
      }
      return true;
    case 'number':
      return (
        typeof v === 'number' &&
        Number.isFinite(v) &&
        (!rule.whole || Number.isSafeInteger(v)) &&
        v >= rule.min &&
        v <= rule.max
      );
    case 'boolean':
      return typeof v === 'boolean';
    case 'enum':
      return typeof v === 'string' && rule.values!.has(v);
    case 'array': {
      if (!Array.isArray(v) || v.length < rule.min || v.length > rule.max) return false;
      if (v.length === 0) return true;
      const element = rule.element;
      return element !== null && v.every((x) => passes(element, x));
    }
  }
}

/** A check of a whole object schema: exactly its keys, each passing its field's rule. */
export function objectCheck(shape: Record<string, z.ZodType>): (v: unknown) => boolean {
  const keys = Object.keys(shape);
  const rules = keys.map((k) => ruleOf(shape[k]!));
  if (rules.some((r) => r === null)) return () => false;
  return (v) => {
    if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
    const o = v as Record<string, unknown>;
    // Counted without Object.keys (an array per record): on a plain object, for…in lists exactly its own keys.
    let count = 0;
    for (const _ in o) count++;
    if (count !== keys.length) return false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (!Object.hasOwn(o, key) || !passes(rules[i]!, o[key])) return false;
    }
    return true;
  };
}

/** True only when ProcedureRecord.parse(record) would succeed and return an equal object. */
export const quickRecordCheck = objectCheck(ProcedureRecord.shape);
/** True only when UnitProcedureFields.parse(fields) would succeed and return an equal object. */
export const quickUnitCheck = objectCheck(UnitProcedureFields.shape);
