/** Fills `{name}` placeholders; values may be strings or rich parts (React nodes). */
const PLACEHOLDER = /\{(\w+)\}/g;

export type TemplateParams<T> = Record<string, T>;

export function fillTemplate<T>(template: string, params: TemplateParams<T> = {}): Array<string | T> {
  const parts: Array<string | T> = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (!(name in params)) continue;
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push(params[name]!);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

export function interpolate(template: string, params: TemplateParams<string | number> = {}): string {
  return fillTemplate(template, params).join('');
}
