import { parseArgs } from 'node:util';
import { loadConfig, loadEnvFile } from '../../config.js';
import { createDatabase } from '../../db/database.js';
import { authSettings } from './auth-settings.js';
import { createPasswordHasher } from './password-hashing.js';
import { passwordProblem } from './password-policy.js';
import { createUserRepository, isRole } from './users.js';

/** The password comes from stdin, never from an argument: arguments show up in `ps` and shell history. */
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (then Enter and Ctrl-D): ');
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.replace(/\r?\n$/, '');
}

async function main(): Promise<string> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string', default: authSettings.defaultRole } },
  });
  if (!values.email)
    throw new Error('usage: npm run user:create -- --email <address> [--role <role>] < password-file');
  const role = values.role;
  if (!isRole(role)) throw new Error(`unknown role "${role}": one of ${authSettings.roles.join(', ')}`);
  const password = await readStdin();
  const problem = passwordProblem(password);
  if (problem) throw new Error(`the password ${problem}`);
  loadEnvFile();
  const config = loadConfig();
  const db = createDatabase(config.DATABASE_URL);
  try {
    const users = createUserRepository(db);
    if (await users.findByEmail(values.email))
      throw new Error(`a user with the email ${values.email} already exists`);
    const passwordHash = await createPasswordHasher(config.PASSWORD_SCRYPT_LOG_N).hash(password);
    const user = await users.create({ email: values.email, passwordHash, role });
    return `Created ${user.role} ${user.email} (${user.id})`;
  } finally {
    await db.destroy();
  }
}

try {
  console.log(await main());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
