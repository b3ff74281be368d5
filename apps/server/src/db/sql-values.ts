/** Array parameters that behave the same on PostgreSQL and PGlite (`${intArray(ids)}::int[]`). */
export function intArray(values: readonly number[]): string {
  return `{${values.map((v) => Math.trunc(v)).join(',')}}`;
}

export function textArray(values: readonly (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

/** Converts a timestamptz read through raw SQL (text on both drivers) to a Date. */
export function dbInstant(value: string | Date | null): Date | null {
  if (value === null) return null;
  if (value instanceof Date) return value;
  const iso = value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  return new Date(iso);
}
