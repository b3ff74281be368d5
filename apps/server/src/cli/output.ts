/** Where CLI results go: a named file, standard output, or a file named after the result. */
import fs from 'node:fs';
import { parseReportMoment } from '../features/reports/report-moment.ts';
import { UsageError } from './usage-error.ts';

export function writeText(text: string, out: unknown): void {
  if (typeof out === 'string' && out !== '') fs.writeFileSync(out, text);
  else process.stdout.write(text);
}

/** Writes a rendered file to `--out`, or under its own name in the current folder. */
export function writeFile(file: { fileName: string; body: Buffer }, out: unknown): void {
  const target = typeof out === 'string' && out !== '' ? out : file.fileName;
  fs.writeFileSync(target, file.body);
  console.error(`Đã ghi ${target}`);
}

/** `--as-of` and the like: Vietnam time, or an instant with its offset. */
export function optionalMoment(values: Record<string, unknown>, name: string): Date | undefined {
  const text = values[name];
  if (text === undefined) return undefined;
  const date = parseReportMoment(String(text));
  if (!date) throw new UsageError(`--${name} không đúng: ${String(text)} (ví dụ 2022-06-01T00:00 hoặc 31/05/2022)`);
  return date;
}
