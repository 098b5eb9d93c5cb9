/**
 * Fills `{name}` placeholders of a message (errors, import problems, shell dialogs, UI strings). A name without
 * a value becomes `missing(name)`: empty in messages, the placeholder itself in the UI (so a forgotten parameter
 * shows up on screen instead of vanishing).
 */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, string | number>>,
  missing: (name: string) => string = () => '',
): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    // Params cross IPC and worker boundaries as plain JSON, where a null can stand in for a value.
    const value = params[name] as string | number | null | undefined;
    return value === undefined || value === null ? missing(name) : String(value);
  });
}
