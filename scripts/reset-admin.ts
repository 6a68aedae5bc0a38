// For a lost admin password, from a terminal on the server:
//   npm run reset-admin                           a new password is generated and shown once
//   npm run reset-admin -- --password '<new>'     this one is set (it must pass the password policy)
// The first admin (the oldest active one) gets the new password and is reactivated if needed; its
// login sessions end. In the Docker image: docker compose exec app node dist/scripts/reset-admin.js
// Exits 1 when there is no admin or the password is refused, 2 on bad usage.
import { resetFirstAdmin } from '../server/commands/users/resetAdmin';
import { loadConfig, type Config } from '../server/config';
import { passwordNotice } from '../server/consoleNotice';
import { parseFlags } from './cli';
import { consoleIo, optionsOrUsage, runAsScript, type CliIo } from './cliOutput';
import { withScriptContext } from './scriptContext';

export const USAGE = "usage: npm run reset-admin [-- --password '<new password>']";

export async function main(argv: readonly string[], io: CliIo = consoleIo, config: Config = loadConfig()): Promise<number> {
  const parsed = optionsOrUsage(argv, USAGE, io, (args) => parseFlags(args, { password: {} }));
  if (!parsed) return 2;
  const { password } = parsed.options;
  return withScriptContext(config, io, async (ctx) => {
    const result = await resetFirstAdmin(ctx, { password });
    const heading = `The password of the admin account was reset${result.reactivated ? ' and the account reactivated' : ''}.`;
    if (result.generated) io.out(passwordNotice(heading, result.user.email, result.password));
    else io.out(`${heading} ${result.user.email} signs in with the password you gave.`);
    if (result.sessionsEnded > 0) io.out(`${result.sessionsEnded} open session(s) of ${result.user.email} were ended.`);
    return 0;
  });
}

if (require.main === module) runAsScript('reset-admin', () => main(process.argv.slice(2)));
