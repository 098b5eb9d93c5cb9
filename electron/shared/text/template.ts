/** "1" or 1 is one; "1.5", "0", "1,000" and the rest are many (English: "1 day", "1.5 days", "0 days"). */
const isOne = (v: string | number) => (typeof v === 'number' ? v : Number(v.trim())) === 1;

/**
 * Fills `{name}` placeholders of a message (errors, import problems, shell dialogs, UI strings). A name without
 * a value becomes `missing(name)`: empty in messages, the placeholder itself in the UI (so a forgotten parameter
 * shows up on screen instead of vanishing). `{name|one|many}` is the word for that count (English plurals;
 * Vietnamese needs none): `{n} {n|day|days}`.
 */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, string | number>>,
  missing: (name: string) => string = () => '',
): string {
  return template.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (_, name: string, one?: string, many?: string) => {
      // Params cross IPC and worker boundaries as plain JSON, where a null can stand in for a value.
      const value = params[name] as string | number | null | undefined;
      if (many !== undefined) return value === undefined || value === null || !isOne(value) ? many : one!;
      return value === undefined || value === null ? missing(name) : String(value);
    },
  );
}
