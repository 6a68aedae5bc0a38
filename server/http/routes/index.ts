// The /api routers, mounted in this order under /api. Each is `(deps) => Router` with paths relative
// to /api. Every /api route requires a signed-in user except those listed in PUBLIC_API_ROUTES.
import type { Router } from 'express';
import type { AppDeps } from '../deps';
import { alignmentRoutes } from './alignments';
import { authRoutes } from './auth';
import { documentRoutes } from './documents';
import { glossaryRoutes } from './glossary';
import { liveRoutes } from './live';
import { overviewRoutes } from './overview';
import { segmentationRoutes } from './segmentation';
import { segmentRoutes } from './segments';
import { tmRoutes } from './tm';
import { tmxRoutes } from './tmx';
import { meRoutes } from './me';
import { projectRoutes } from './projects';
import { tokenRoutes } from './tokens';
import { userRoutes } from './users';

export type ApiRoutes = (deps: AppDeps) => Router;

export const apiRoutes: ApiRoutes[] = [authRoutes, meRoutes, tokenRoutes, userRoutes, projectRoutes, documentRoutes, segmentRoutes, liveRoutes, overviewRoutes, alignmentRoutes, tmRoutes, tmxRoutes, glossaryRoutes, segmentationRoutes];

/** `METHOD /path` (relative to /api, path in lower case) reachable without signing in. */
export const PUBLIC_API_ROUTES: ReadonlySet<string> = new Set(['POST /auth/login', 'POST /auth/logout']);
