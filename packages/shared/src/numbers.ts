/** Reads whole numbers the way Vietnamese spreadsheets write them: `4.955.909.731`, `4 955 909 731`. */
const GROUPED = /^\d{1,3}([. ]\d{3})+$/;
const PLAIN = /^\d+$/;
const CURRENCY_SUFFIX = /\s*(đồng|đ|vnđ|vnd)\.?$/i;

export function parseVietnameseInteger(text: string): number | null {
  const value = text
    .trim()
    .replace(CURRENCY_SUFFIX, '')
    .replace(/\u00a0/g, ' ');
  let digits: string;
  if (PLAIN.test(value)) digits = value;
  else if (GROUPED.test(value)) digits = value.replace(/[. ]/g, '');
  else return null;
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : null;
}
