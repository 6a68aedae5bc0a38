// Creates an account from the command line, with the same rules as POST /api/users (run as a system action):
//   npm run create-user -- --email anna@example.pl --name "Anna Nowak" --password secret123 --roles translator,reviewer
// Prints the created user as JSON; exits 1 on bad input or a taken e-mail, 2 on bad usage.
import type { CommandContext } from '../server/commands/context';
import { createUser } from '../server/commands/users/create';
import { loadConfig, type Config } from '../server/config';
import { DomainError } from '../server/domain/errors';
import { ROLES } from '../server/domain/users/types';
import { presentUser } from '../server/http/presenters/user';
import { translateError } from '../server/i18n';
import { createDisabledTranslator } from '../server/integrations/deepl';
import { uuidGenerator } from '../server/ports/ids';
import { systemClock } from '../server/ports/system';
import { createStore } from '../server/storage';
import { CliUsageError, parseFlags } from './cli';

export const USAGE = `usage: npm run create-user -- --email <e-mail> --name <name> --password <password> --roles <role,role…>
roles: ${ROLES.join(', ')}`;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line) };

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

function describeFailure(error: DomainError): string[] {
  const issues = (error.details?.issues ?? []) as { path: string; message: string }[];
  return [`error: ${translateError(error.code, error.params, 'en', error.message)}`, ...issues.map((i) => `  ${i.path}: ${i.message}`)];
}

/** Runs the tool; returns the exit code. `config` defaults to the environment's. */
export async function main(argv: readonly string[], io: CliIo = consoleIo, config: Config = loadConfig()): Promise<number> {
  let input: ReturnType<typeof parse>;
  try {
    input = parse(argv);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    io.err(`error: ${error.message}`);
    io.err(USAGE);
    return 2;
  }
  const store = await createStore(config);
  const ctx: CommandContext = { config, store, translator: createDisabledTranslator(), clock: systemClock, ids: uuidGenerator };
  try {
    const user = await createUser(ctx, { actor: 'system', ...input });
    io.out(JSON.stringify(presentUser(user), null, 2));
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    for (const line of describeFailure(error)) io.err(line);
    return 1;
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error('create-user failed:', error);
      process.exitCode = 1;
    },
  );
}
