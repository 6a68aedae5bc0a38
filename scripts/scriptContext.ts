// The command context of a command-line tool: the configured store, no machine translation, the real
// clock and ids, the password policy's list.
import type { CommandContext } from '../server/commands/context';
import type { Config } from '../server/config';
import { DomainError } from '../server/domain/errors';
import { commonPasswords } from '../server/integrations/commonPasswords';
import { createDisabledTranslator } from '../server/integrations/deepl';
import { uuidGenerator } from '../server/ports/ids';
import { systemClock } from '../server/ports/system';
import { createStore } from '../server/storage';
import { describeFailure, type CliIo } from './cliOutput';

export async function scriptContext(config: Config): Promise<CommandContext> {
  const store = await createStore(config);
  return { config, store, translator: createDisabledTranslator(), clock: systemClock, ids: uuidGenerator, commonPasswords: commonPasswords() };
}

/**
 * Opens the store, runs `work` and closes the store again. A command's refusal (a DomainError) is
 * printed as the API would say it, and is exit code 1; anything else is thrown on.
 */
export async function withScriptContext(config: Config, io: CliIo, work: (ctx: CommandContext) => Promise<number>): Promise<number> {
  const ctx = await scriptContext(config);
  try {
    return await work(ctx);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    for (const line of describeFailure(error)) io.err(line);
    return 1;
  } finally {
    await ctx.store.close();
  }
}
