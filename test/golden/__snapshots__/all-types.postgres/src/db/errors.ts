function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return errorCode(error) === '23505';
}

/** A write naming a row that does not exist, or a delete of a row others still reference (restrict). */
export function isForeignKeyViolation(error: unknown): boolean {
  return errorCode(error) === '23503';
}
