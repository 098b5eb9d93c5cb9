import { CONTENT_SECURITY_POLICY } from '../../node-host/http-policy';

/**
 * Checklist item 7 (define a CSP): the same policy as browser mode, sent as a response header by the app
 * protocol (renderer/index.html also carries a meta copy without `frame-ancestors`, which meta cannot set).
 */
export const APP_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY;

/** Directive name → source list, lower-cased names, for checks and tests. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** What makes a CSP too weak for this app; empty when it is fine. */
export function cspWeaknesses(policy: string): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  const scripts = csp.get('script-src') ?? csp.get('default-src');
  if (!scripts) problems.push('no script-src or default-src');
  else {
    if (scripts.length !== 1 || scripts[0] !== "'self'") problems.push("script-src must be exactly 'self'");
  }
  for (const [name, sources] of csp) {
    if (sources.includes("'unsafe-eval'") || sources.includes("'wasm-unsafe-eval'"))
      problems.push(`${name} allows eval`);
    if (sources.includes('*') || sources.some((s) => /^(https?|wss?):$/.test(s)))
      problems.push(`${name} allows any host`);
  }
  if (csp.get('default-src')?.join(' ') !== "'self'") problems.push("default-src must be 'self'");
  if (csp.get('object-src')?.join(' ') !== "'none'") problems.push("object-src must be 'none'");
  if (csp.get('base-uri')?.join(' ') !== "'none'") problems.push("base-uri must be 'none'");
  return problems;
}
