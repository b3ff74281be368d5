import { formatNumber } from '@sangkien/shared';
import { AppError } from '../../http/errors.ts';

/** An import problem, printed as `file:row: column: reason` (interchange.md §1). */
export interface ImportIssue {
  file: string;
  /** Spreadsheet row (header = 1); 0 when the problem is the whole source. */
  row: number;
  column?: string;
  message: string;
}

export function formatIssue(issue: ImportIssue): string {
  const where = issue.row > 0 ? `${issue.file}:${issue.row}:` : `${issue.file}:`;
  return issue.column ? `${where} ${issue.column}: ${issue.message}` : `${where} ${issue.message}`;
}

export function sortIssues(issues: ImportIssue[]): ImportIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row);
}

/** At most this many problems go back to a page: a 20,000-row file of mistakes stays readable. */
export const ISSUES_SHOWN = 200;

/**
 * A refused upload as the API's error: the total in the message, and the first problems as
 * `file:row: column` → reason, so the page lists them as the CLI prints them.
 */
export function refusedImport(issues: readonly ImportIssue[]): AppError {
  const fields: Record<string, string> = {};
  for (const issue of sortIssues([...issues]).slice(0, ISSUES_SHOWN)) {
    const where = issue.row > 0 ? `${issue.file}:${issue.row}` : issue.file;
    const key = issue.column ? `${where}: ${issue.column}` : where;
    fields[key] = fields[key] ? `${fields[key]}; ${issue.message}` : issue.message;
  }
  const more = issues.length > ISSUES_SHOWN ? ` Dưới đây là ${ISSUES_SHOWN} lỗi đầu tiên.` : '';
  return new AppError(
    'rule_broken',
    `Không nhập gì: ${formatNumber(issues.length)} lỗi. Hãy sửa tệp rồi nhập lại.${more}`,
    fields,
  );
}
