/**
 * JSON-safe views of engine results for IPC/HTTP and reports (architecture.md §6.3: DTOs carry no bigint).
 * Each money figure comes twice: `…` is whole đồng rounded half-up from the exact value (what the form
 * shows), `…Exact` is the exact value as a decimal string ("405476.5"). Percentages: `…Bp` in hundredths
 * of a percent and `…Pct` as a fixed 2-decimal string ("68.40"); null when the cost before is 0.
 */
import type { AggregateResult, Comparison, ScenarioResult } from './engine';
import { bpToFixed2, milliToDongNumber, milliToExactString } from './money';

export interface MoneyDto {
  dong: number;
  exact: string;
}

export interface ScenarioDto {
  hourlyIncome: number;
  population: number;
  frequency: number;
  totalHoursMilli: number;
  timeCost: MoneyDto;
  serviceCost: MoneyDto;
  otherCost: MoneyDto;
  fee: MoneyDto;
  perDossier: MoneyDto;
  perYear: MoneyDto;
  rows: {
    ord: number;
    name: string;
    isOverride: boolean;
    timeCost: MoneyDto;
    perDossier: MoneyDto;
    perYear: MoneyDto;
  }[];
}

export interface ComparisonDto {
  before: ScenarioDto;
  after: ScenarioDto;
  perDossierSaving: MoneyDto;
  saving: MoneyDto;
  reductionBp: number | null;
  reductionPct: string | null;
}

export interface AggregateDto {
  count: number;
  before: MoneyDto;
  after: MoneyDto;
  saving: MoneyDto;
  reductionBp: number | null;
  reductionPct: string | null;
}

export function moneyDto(milli: bigint): MoneyDto {
  return { dong: milliToDongNumber(milli), exact: milliToExactString(milli) };
}

export function scenarioToDto(s: ScenarioResult): ScenarioDto {
  return {
    hourlyIncome: s.params.hourlyIncome,
    population: s.params.population,
    frequency: s.params.frequency,
    totalHoursMilli: s.totalHoursMilli,
    timeCost: moneyDto(s.timeCostMilli),
    serviceCost: moneyDto(s.serviceCostMilli),
    otherCost: moneyDto(s.otherCostMilli),
    fee: moneyDto(s.feeMilli),
    perDossier: moneyDto(s.perDossierMilli),
    perYear: moneyDto(s.perYearMilli),
    rows: s.rows.map((r) => ({
      ord: r.activity.ord,
      name: r.activity.name,
      isOverride: r.activity.isOverride,
      timeCost: moneyDto(r.timeCostMilli),
      perDossier: moneyDto(r.perDossierMilli),
      perYear: moneyDto(r.perYearMilli),
    })),
  };
}

export function comparisonToDto(c: Comparison): ComparisonDto {
  return {
    before: scenarioToDto(c.before),
    after: scenarioToDto(c.after),
    perDossierSaving: moneyDto(c.perDossierSavingMilli),
    saving: moneyDto(c.savingMilli),
    reductionBp: c.reductionBp,
    reductionPct: c.reductionBp === null ? null : bpToFixed2(c.reductionBp),
  };
}

export function aggregateToDto(a: AggregateResult): AggregateDto {
  return {
    count: a.count,
    before: moneyDto(a.beforePerYearMilli),
    after: moneyDto(a.afterPerYearMilli),
    saving: moneyDto(a.savingMilli),
    reductionBp: a.reductionBp,
    reductionPct: a.reductionBp === null ? null : bpToFixed2(a.reductionBp),
  };
}
