// The embedded default store: one SQLite file (WAL), opened and migrated at start.
// better-sqlite3 is synchronous, so each method runs to completion before the next starts; the
// repositories are async only to match the ports.
import type { Store } from '../../ports/repositories';
import { yieldToEventLoop } from '../../slices';
import { createAlignmentRepository } from './alignments';
import { createAuditRepository } from './audit';
import { createChangeLogRepository } from './changeLog';
import { openDatabase } from './database';
import { checkpointInBackground, type WalCheckpointSettings } from './walCheckpoints';
import { createLoginAttemptStore } from './loginAttempts';
import { createGlossaryRepository } from './glossary';
import { createDocumentRepository } from './documents';
import { createMtCacheRepository } from './mtCache';
import { createMtJobRepository } from './mtJobs';
import { createPasswordResetRepository } from './passwordResets';
import { createProjectRepository } from './projects';
import { createRowCaches } from './rowCache';
import { createSegmentWriter } from './segmentRows';
import { createSegmentRepository } from './segments';
import { createSessionRepository } from './sessions';
import { createTmUnitRepository } from './tmUnits';
import { createTmUnitWriter } from './tmUnitWriter';
import { createQaResultRepository } from './qaResults';
import { createRevisionRepository } from './revisions';
import { createTmImportJobRepository } from './tmImportJobs';
import { createUserRepository } from './users';
import { createAssignmentRepository } from './assignments';
import { createCommentRepository } from './comments';
import { createNotificationRepository } from './notifications';
import { createLqaAnnotationRepository, createPostEditRepository } from './quality';
import { createWebhookRepository } from './webhooks';

export interface SqliteStoreOptions {
  /** Path of the database file (its directory must exist), or ':memory:'. */
  file: string;
  /** Checkpoints of the log on a thread of their own (walCheckpoints.ts); without them, SQLite's own on each commit. */
  checkpoints?: WalCheckpointSettings;
}

export function createSqliteStore(options: SqliteStoreOptions): Store {
  const db = openDatabase(options.file);
  const checkpoints = options.checkpoints && options.file !== ':memory:' ? checkpointInBackground(db, options.file, options.checkpoints) : null;
  const segmentWriter = createSegmentWriter(db);
  const rowCaches = createRowCaches(db);
  return {
    kind: 'sqlite',
    users: createUserRepository(db),
    projects: createProjectRepository(db, rowCaches),
    documents: createDocumentRepository(db, segmentWriter),
    segments: createSegmentRepository(db, segmentWriter, rowCaches, checkpoints?.commitsMayGo),
    mtJobs: createMtJobRepository(db),
    mtCache: createMtCacheRepository(db),
    sessions: createSessionRepository(db),
    alignments: createAlignmentRepository(db, createTmUnitWriter(db)),
    tmUnits: createTmUnitRepository(db),
    tmImportJobs: createTmImportJobRepository(db),
    qaResults: createQaResultRepository(db),
    glossary: createGlossaryRepository(db, rowCaches),
    passwordResets: createPasswordResetRepository(db),
    audit: createAuditRepository(db),
    comments: createCommentRepository(db),
    assignments: createAssignmentRepository(db),
    notifications: createNotificationRepository(db),
    revisions: createRevisionRepository(db, segmentWriter),
    changeLog: createChangeLogRepository(db),
    loginAttempts: createLoginAttemptStore(db),
    lqaAnnotations: createLqaAnnotationRepository(db),
    postEdits: createPostEditRepository(db),
    webhooks: createWebhookRepository(db),
    async close() {
      await checkpoints?.stop(); // lets held commits go
      await yieldToEventLoop(); // the group commit handed over last goes in
      if (db.open) db.close();
    },
  };
}
