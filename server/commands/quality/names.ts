// Display names of the people a quality figure is about.
import type { CommandContext } from '../context';

export async function namesOf(ctx: CommandContext, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const distinct = [...new Set([...ids].filter((id): id is string => id !== null))];
  const users = distinct.length === 0 ? [] : await ctx.store.users.findByIds(distinct);
  return new Map(users.map((user) => [user.id, user.name]));
}
