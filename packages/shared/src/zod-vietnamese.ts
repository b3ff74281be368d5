/** Plain Vietnamese messages for validation errors, for people who are not programmers. */
import { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

function message(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Chưa nhập (bắt buộc).';
      if (issue.expected === 'number' || issue.expected === 'int') return 'Phải là một số.';
      if (issue.expected === 'string') return 'Phải là chữ.';
      if (issue.expected === 'boolean') return 'Chỉ nhận có hoặc không.';
      if (issue.expected === 'array') return 'Phải là một danh sách.';
      return 'Giá trị không đúng kiểu.';
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? 'Chưa nhập (bắt buộc).' : `Cần ít nhất ${issue.minimum} ký tự.`;
      }
      if (issue.origin === 'array') return `Cần ít nhất ${issue.minimum} mục.`;
      return `Phải từ ${issue.minimum} trở lên.`;
    case 'too_big':
      if (issue.origin === 'string') return `Dài quá: tối đa ${issue.maximum} ký tự.`;
      if (issue.origin === 'array') return `Nhiều quá: tối đa ${issue.maximum} mục.`;
      return `Phải không quá ${issue.maximum}.`;
    case 'invalid_format':
      if (issue.format === 'email') return 'Địa chỉ e-mail không đúng (ví dụ ten@congdoan.vn).';
      return 'Không đúng định dạng.';
    case 'invalid_value':
      return 'Giá trị không nằm trong danh sách cho phép.';
    case 'not_multiple_of':
      return 'Phải là số nguyên.';
    case 'unrecognized_keys':
      return `Có trường không được phép: ${issue.keys.join(', ')}.`;
    default:
      return undefined;
  }
}

let installed = false;

/** Installs the Vietnamese messages once per process (server and browser). */
export function useVietnameseValidationMessages(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: (issue) => message(issue as Issue) });
}

/** `{ "author_codes.0": "…" }` from a Zod error, one message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}
