/** SQLite has no time type: ISO 8601 text in UTC, which sorts and compares in time order. */
export type StoredTime = string;

export function toStoredTime(date: Date): StoredTime {
  return date.toISOString();
}

export function fromStoredTime(value: StoredTime): Date {
  return new Date(value);
}
