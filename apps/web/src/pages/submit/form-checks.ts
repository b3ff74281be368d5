/** Checks the page makes before submitting (the server checks again); keys are the API's field names. */
import { readMoney, readPercent, type FormValues } from './form-values.ts';

export type FieldErrors = Record<string, string>;

/** Keys of `vi/initiatives.json` messages, per field. */
export function checkForSubmit(values: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (values.title.trim() === '') errors.title = 'submit.check.title';
  const secret = values.confidentiality === 'confidential';
  if (!secret && values.problem.trim() === '') errors.problem = 'submit.check.problem';
  if (!secret && values.solution.trim() === '') errors.solution = 'submit.check.solution';
  if (values.benefit.trim() === '') errors.benefit = 'submit.check.benefit';
  Object.assign(errors, checkWhileTyping(values));
  return errors;
}

/** What can be said as soon as it is typed: unreadable money, percentages not adding up to 100. */
export function checkWhileTyping(values: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (readMoney(values.benefit_vnd) === undefined) errors.benefit_vnd = 'submit.check.benefitVnd';
  if (values.form_kind === 'full' && values.authors.length > 1) {
    const percents = values.authors.map((a) => readPercent(a.contribution_percent));
    if (percents.some((p) => p === undefined || (p !== null && (p < 0 || p > 100)))) {
      errors.authors = 'submit.check.percentUnreadable';
    } else if (percents.some((p) => p !== null)) {
      const sum = percents.reduce<number>((total, p) => total + (p ?? 0), 0);
      if (Math.abs(sum - 100) > 0.001) errors.authors = 'submit.check.percentSum';
    }
  }
  return errors;
}

export function percentSum(values: FormValues): number {
  return values.authors.reduce((total, a) => total + (readPercent(a.contribution_percent) ?? 0), 0);
}
