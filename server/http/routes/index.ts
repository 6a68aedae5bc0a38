// The /api routers, mounted in this order under /api. Each is `(deps) => Router` with paths relative
// to /api. Every /api route requires a signed-in user except those listed in PUBLIC_API_ROUTES.
import type { Router } from 'express';
import type { AppDeps } from '../deps';
import { alignmentRoutes } from './alignments';
import { auditRoutes } from './audit';
import { assignmentRoutes } from './assignments';
import { authRoutes } from './auth';
import { commentRoutes } from './comments';
import { meRoutes } from './auth/me';
import { tokenRoutes } from './auth/tokens';
import { documentRoutes } from './documents';
import { revisionRoutes } from './documents/revisions';
import { glossaryRoutes } from './glossary';
import { liveRoutes } from './live';
import { mtRoutes } from './mt';
import { notificationRoutes } from './notifications';
import { overviewRoutes } from './overview';
import { projectRoutes } from './projects';
import { segmentationRoutes } from './projects/segmentation';
import { qaRoutes } from './qa';
import { segmentRoutes } from './segments';
import { tmRoutes } from './tm';
import { tmxRoutes } from './tm/tmx';
import { userRoutes } from './users';
import { lqaRoutes } from './lqa';
import { qualityRoutes } from './quality';
import { webhookRoutes } from './webhooks';
import { openApiRoutes } from './openapi';

export type ApiRoutes = (deps: AppDeps) => Router;

// The segment routes first: a translator's saves are most of all requests, and each router before them
// costs every save a walk through its routes (no two routers share a method and path, so the order
// decides nothing else).
export const apiRoutes: ApiRoutes[] = [segmentRoutes, authRoutes, meRoutes, tokenRoutes, userRoutes, projectRoutes, documentRoutes, mtRoutes, qaRoutes, liveRoutes, overviewRoutes, alignmentRoutes, tmRoutes, tmxRoutes, glossaryRoutes, segmentationRoutes, commentRoutes, assignmentRoutes, notificationRoutes, auditRoutes, revisionRoutes, lqaRoutes, qualityRoutes, webhookRoutes, openApiRoutes];

export { PUBLIC_API_ROUTES } from './publicRoutes';
