/**
 * How long the cursor rests on a segment before the workspace acts on it (fetches its details,
 * announces editing it): a segment passed through with Alt+↓ in a moment costs nothing.
 */
export const SETTLE_MS = 120;
