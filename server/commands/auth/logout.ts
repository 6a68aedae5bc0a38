// Ends a login session, and with it the event streams it opened. API tokens are not ended by a logout.
import type { AuthSession } from '../../domain/users/types';
import type { CommandContext } from '../context';

export interface LogoutProps {
  /** The session that authenticated the request, if any. */
  session: AuthSession | null;
}

export async function logout(ctx: CommandContext, props: LogoutProps): Promise<void> {
  if (props.session?.kind === 'session') await ctx.store.sessions.delete(props.session.id);
}
