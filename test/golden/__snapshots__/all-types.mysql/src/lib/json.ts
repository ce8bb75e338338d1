export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** MariaDB stores JSON as text and returns a string; MySQL returns the parsed value. */
export function parseJson(value: Json | string): Json {
  return typeof value === 'string' ? (JSON.parse(value) as Json) : value;
}
