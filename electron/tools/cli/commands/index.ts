import type { CliCommand } from '../cli-kit';
import { checkCommand, demoCommand, initCommand } from './database';
import { listCommand } from './list';

/** Every CLI command. Features add theirs (import, export, cost, backup, restore) to this list. */
export const commands: CliCommand[] = [initCommand, demoCommand, listCommand, checkCommand];
