/** The API's `fields` (`authors.1.contribution_percent`, `title`) folded onto the form's fields. */
export function byFormField(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const base = key.split(/[.[]/)[0] ?? key;
    out[base] ??= message;
  }
  return out;
}

/** Fields in the order they appear on the page, to move focus to the first one in error. */
export const FIELD_ORDER = [
  'title',
  'problem',
  'solution',
  'benefit',
  'benefit_vnd',
  'benefit_period',
  'field_code',
  'confidentiality',
  'authors',
  'investor',
  'application_field',
  'award_info',
  'first_applied_on',
  'confidential_info',
  'application_conditions',
  'benefit_by_appliers',
  'recognition_evidence',
];

export function focusFirstError(errors: Record<string, string>): void {
  const first = FIELD_ORDER.find((name) => errors[name]) ?? Object.keys(errors)[0];
  if (!first) return;
  const target = document.getElementById(first === 'authors' ? 'author-search' : `f-${first}`);
  target?.focus();
}
