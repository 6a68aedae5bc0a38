// The event streams open per login session (GET /api/me/events), kept with the session's id so that
// whatever ends a session (logout, deactivating the account) can end its streams too: `endSession`,
// `endUser`. In-process, like the presence registry: each server ends the streams it holds.

export interface SessionStream {
  sessionId: string;
  userId: string;
  /** Ends the stream (the HTTP response); called at most once. */
  end(): void;
}

export class SessionStreams {
  private readonly streams = new Set<SessionStream>();

  /** Registers an open stream; returns the function that forgets it (when it closes by itself). */
  add(stream: SessionStream): () => void {
    this.streams.add(stream);
    return () => void this.streams.delete(stream);
  }

  /** Ends every stream of the session; returns how many. */
  endSession(sessionId: string): number {
    return this.endWhere((stream) => stream.sessionId === sessionId);
  }

  /** Ends every stream of the user, whatever the session; returns how many. */
  endUser(userId: string): number {
    return this.endWhere((stream) => stream.userId === userId);
  }

  get size(): number {
    return this.streams.size;
  }

  private endWhere(matches: (stream: SessionStream) => boolean): number {
    const ending = [...this.streams].filter(matches);
    for (const stream of ending) {
      this.streams.delete(stream);
      stream.end();
    }
    return ending.length;
  }
}
