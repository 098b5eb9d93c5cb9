/** An error as a worker thread posts it to its parent: plain data (Error objects lose their fields on the way). */
export interface PostedError {
  code: string | null;
  params: unknown;
  message: string;
}

export function postedError(err: unknown): PostedError {
  const e = err as { code?: unknown; params?: unknown; message?: unknown };
  return {
    code: typeof e.code === 'string' ? e.code : null,
    params: e.params ?? {},
    message: String(e.message ?? err),
  };
}
