// The /api routes reachable without signing in (its own module: the API description reads it too).

/** `METHOD /path` (relative to /api, path in lower case) reachable without signing in. */
export const PUBLIC_API_ROUTES: ReadonlySet<string> = new Set([
  'POST /auth/login',
  'POST /auth/logout',
  'POST /auth/password-reset',
  // The API description and its reference page (routes/openapi).
  'GET /openapi.json',
  'GET /reference',
]);
