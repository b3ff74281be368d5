/** Compares a report with an expected file key by key (floats to 0.01), as examples/README says. */
export function reportDifferences(actual: unknown, expected: unknown, path = ''): string[] {
  if (typeof expected === 'number') {
    return typeof actual === 'number' && Math.abs(actual - expected) <= 0.01
      ? []
      : [`${path}: ${String(actual)} ≠ ${expected}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: not a list`];
    const out = actual.length === expected.length ? [] : [`${path}: ${actual.length} items ≠ ${expected.length}`];
    expected.forEach((item, i) => out.push(...reportDifferences(actual[i], item, `${path}[${i}]`)));
    return out;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return [`${path}: not an object`];
    return Object.entries(expected).flatMap(([key, value]) =>
      key in actual
        ? reportDifferences((actual as Record<string, unknown>)[key], value, `${path}.${key}`)
        : [`${path}.${key}: missing`],
    );
  }
  return actual === expected ? [] : [`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
}
