import { KilnError } from '../errors.js';

export interface PackageRequirements {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}

/**
 * Adds what a generator needs to package.json without taking anything away: a missing dependency or script is
 * added, one the user already has (at any version, with any command) is left as it is. Idempotent.
 */
export function ensurePackageEntries(text: string, requirements: PackageRequirements): string {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new KilnError('package-json/invalid', `package.json is not valid JSON: ${(error as Error).message}`, 'fix package.json, then run gen again');
  }
  const next = { ...manifest };
  for (const section of ['scripts', 'dependencies', 'devDependencies'] as const) {
    const wanted = requirements[section];
    if (!wanted) continue;
    const current = (manifest[section] ?? {}) as Record<string, string>;
    const missing = Object.entries(wanted).filter(([name]) => !(name in current) && !(section === 'dependencies' && name in ((manifest.devDependencies ?? {}) as object)));
    if (missing.length === 0) continue;
    const merged = { ...current, ...Object.fromEntries(missing) };
    next[section] = section === 'scripts' ? merged : sortKeys(merged);
  }
  const output = `${JSON.stringify(next, null, 2)}\n`;
  return JSON.stringify(next) === JSON.stringify(manifest) ? text : output;
}

const sortKeys = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));

/**
 * Takes out scripts a generator added, each only if it still runs exactly the command the generator wrote: a script
 * the user changed is theirs. Idempotent.
 */
export function removePackageScripts(text: string, scripts: Record<string, string>): string {
  const manifest = JSON.parse(text) as { scripts?: Record<string, string> };
  const current = manifest.scripts ?? {};
  const stale = Object.keys(scripts).filter((name) => current[name] === scripts[name]);
  if (stale.length === 0) return text;
  const kept = Object.fromEntries(Object.entries(current).filter(([name]) => !stale.includes(name)));
  return `${JSON.stringify({ ...manifest, scripts: kept }, null, 2)}\n`;
}
