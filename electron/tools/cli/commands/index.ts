import type { CliCommand } from '../cli-kit';
import { backupCommand, restoreCommand } from './backup';
import { costCommand } from './cost';
import { compareCommand } from './compare';
import { checkCommand, demoCommand, initCommand } from './database';
import { decisionCommand } from './decision';
import { unitsCommand } from './units';
import { exportCommand } from './export';
import { importCommand } from './import';
import { listCommand } from './list';
import { packageCommand, provinceCommand, submitCommand } from './submission';
import { processCommand } from './process';

/** Every CLI command. Features add theirs (import, export, cost, backup, restore) to this list. */
export const commands: CliCommand[] = [
  initCommand,
  demoCommand,
  listCommand,
  checkCommand,
  backupCommand,
  restoreCommand,
  importCommand,
  costCommand,
  processCommand,
  exportCommand,
  packageCommand,
  submitCommand,
  provinceCommand,
  decisionCommand,
  unitsCommand,
  compareCommand,
];
