import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS config module without types
import { layerRules } from '../../../eslint.layers.js';

/** Lints a one-line import as if it were in `file`, with only the layer rules on. */
async function violations(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } },
      ...(layerRules as object[]),
    ],
  });
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules (docs/ARCHITECTURE.md) are enforced by ESLint', () => {
  it.each([
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/src/x.ts', "import fs from 'fs';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import { openDatabase } from '../../db/open';"],
    ['renderer/src/x.ts', "import { handlers } from '../../electron/backend/handlers';"],
    ['renderer/src/x.ts', "import Database from 'better-sqlite3';"],
    ['electron/shared/x.ts', "import { join } from 'node:path';"],
    ['electron/shared/x.ts', "import { openDatabase } from '../../db/open';"],
    ['db/x.ts', "import { app } from 'electron';"],
    ['db/x.ts', "import { dispatch } from '../electron/backend/dispatcher';"],
    ['electron/backend/x.ts', "import { dialog } from 'electron';"],
    ['electron/node-host/x.ts', "import { app } from 'electron';"],
    ['electron/tools/cli/x.ts', "import { App } from '../../../renderer/src/app/App';"],
    ['electron/server/x.ts', "import { app } from 'electron';"],
    ['electron/server/x.ts', "import { App } from '../../renderer/src/app/App';"],
    ['renderer/src/x.ts', "import { consolidate } from '../../electron/server/consolidate';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await violations(file, code)).not.toEqual([]);
  });

  it.each([
    ['renderer/src/x.ts', "import { call } from './api/client';"],
    ['renderer/src/x.ts', "import type { InventoryRow } from '../../electron/shared/contract/inventory';"],
    ['electron/backend/x.ts', "import { join } from 'node:path';"],
    ['db/x.ts', "import Database from 'better-sqlite3';"],
    ['db/pg/x.ts', "import pg from 'pg';"],
    ['electron/server/x.ts', "import { dispatch } from '../backend/dispatcher';"],
    ['electron/main/x.ts', "import { app } from 'electron';"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';"],
  ])('%s may: %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });
});
