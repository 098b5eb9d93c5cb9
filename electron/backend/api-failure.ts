import type { ErrorParams } from '../shared/errors';

/**
 * The one way a handler refuses a request: a code from the catalogue (electron/shared/errors.ts) and its
 * parameters. The dispatcher renders the message in the user's language; nothing else reaches the UI.
 */
export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    readonly params: ErrorParams = {},
  ) {
    super(code);
    this.name = 'ApiFailure';
  }
}
