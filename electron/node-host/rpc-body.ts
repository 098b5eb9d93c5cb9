/**
 * The method and input of a POST /rpc body, or null when the body is not a JSON object (unparseable text, `null`,
 * a number, an array): the server then answers BAD_REQUEST instead of failing on it (HTTP 500).
 */
export function rpcRequestOf(body: string): { method: unknown; input: unknown } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    parsed = null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const o = parsed as { method?: unknown; input?: unknown };
  return { method: o.method, input: o.input };
}
