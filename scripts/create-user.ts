// Creates an account from the command line, with the same rules as POST /api/users (run as a system action):
//   npm run create-user -- --email anna@example.pl --name "Anna Nowak" --password secret123 --roles translator,reviewer
// Prints the created user as JSON; exits 1 on bad input or a taken e-mail, 2 on bad usage.
import { createUser } from '../server/commands/users/create';
import { loadConfig, type Config } from '../server/config';
import { ROLES } from '../server/domain/users/types';
import { presentUser } from '../server/http/presenters/user';
import { CliUsageError, parseFlags } from './cli';
import { consoleIo, optionsOrUsage, runAsScript, type CliIo } from './cliOutput';
import { withScriptContext } from './scriptContext';

export const USAGE = `usage: npm run create-user -- --email <e-mail> --name <name> --password <password> --roles <role,role…>
roles: ${ROLES.join(', ')}`;

function parse(argv: readonly string[]) {
  const values = parseFlags(argv, { email: {}, name: {}, password: {}, roles: {} });
  const missing = (['email', 'name', 'password', 'roles'] as const).filter((key) => values[key] === undefined);
  if (missing.length > 0) throw new CliUsageError(`missing ${missing.map((key) => `--${key}`).join(', ')}`);
  return {
    email: values.email as string,
    name: values.name as string,
    password: values.password as string,
    roles: (values.roles as string).split(',').map((role) => role.trim()).filter((role) => role !== ''),
  };
}

/** Runs the tool; returns the exit code. `config` defaults to the environment's. */
export async function main(argv: readonly string[], io: CliIo = consoleIo, config: Config = loadConfig()): Promise<number> {
  const parsed = optionsOrUsage(argv, USAGE, io, parse);
  if (!parsed) return 2;
  const input = parsed.options;
  return withScriptContext(config, io, async (ctx) => {
    const user = await createUser(ctx, { actor: 'system', ...input });
    io.out(JSON.stringify(presentUser(user), null, 2));
    return 0;
  });
}

if (require.main === module) runAsScript('create-user', () => main(process.argv.slice(2)));
