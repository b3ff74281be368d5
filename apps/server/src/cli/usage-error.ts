/** A command used wrongly: printed with the usage text, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
