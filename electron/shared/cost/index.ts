/** Compliance-cost engine (chi phí tuân thủ, SCM per TT 02/2017/TT-VPCP): the public surface. */
export * from './engine';
export * from './derive-after';
export * from './dto';
export * from './worked-example';
export * from './item-cost';
export * from './step-time';
export * from './internal-process';
export * from './cost-defaults';
export * from './derive-activities';
export * from './channel-days';
export * from './procedure-model';
export * from './step-class';
export * from './citizen-steps';
export * from './step-outcome';
