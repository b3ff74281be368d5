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
