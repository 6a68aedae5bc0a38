// The MongoDB store: the production adapter, used when MONGODB_URI is set.
import type { Store } from '../../ports/repositories';
import { openConnection, type MongoConnectOptions } from './connection';
import { defineModels, syncModels } from './models';
import { MongoAlignmentRepository } from './repositories/alignmentRepository';
import { MongoAuditRepository } from './repositories/auditRepository';
import { MongoChangeLogRepository } from './repositories/changeLogRepository';
import { MongoDocumentRepository } from './repositories/documentRepository';
import { MongoGlossaryRepository } from './repositories/glossaryRepository';
import { MongoLoginAttemptRepository } from './repositories/loginAttemptRepository';
import { MongoMtCacheRepository } from './repositories/mtCacheRepository';
import { MongoMtJobRepository } from './repositories/mtJobRepository';
import { MongoPasswordResetRepository } from './repositories/passwordResetRepository';
import { MongoProjectRepository } from './repositories/projectRepository';
import { MongoSegmentRepository } from './repositories/segmentRepository';
import { backfillSessionPublicIds, MongoSessionRepository } from './repositories/sessionRepository';
import { backfillTmUnitRevisions, MongoTmUnitRepository } from './repositories/tmUnitRepository';
import { MongoTmImportJobRepository } from './repositories/tmImportJobRepository';
import { MongoQaResultRepository } from './repositories/qaResultRepository';
import { MongoRevisionRepository } from './repositories/revisionRepository';
import { MongoUserRepository } from './repositories/userRepository';
import { MongoAssignmentRepository } from './repositories/assignmentRepository';
import { MongoCommentRepository } from './repositories/commentRepository';
import { MongoNotificationRepository } from './repositories/notificationRepository';
import { MongoLqaAnnotationRepository, MongoPostEditRepository } from './repositories/qualityRepository';
import { MongoWebhookRepository } from './repositories/webhookRepository';

export type MongoStoreOptions = MongoConnectOptions;

/**
 * Connects (a connection of its own, so two stores can coexist), refuses a server without
 * transactions, creates collections and indexes, and returns the repositories.
 */
export async function createMongoStore(uri: string, options: MongoStoreOptions = {}): Promise<Store> {
  const connection = await openConnection(uri, options);
  const models = defineModels(connection);
  try {
    await syncModels(models);
    await backfillTmUnitRevisions(models.TmUnit);
    await backfillSessionPublicIds(models.Session);
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw error;
  }
  return {
    kind: 'mongo',
    users: new MongoUserRepository(models.User, connection, models.Counter),
    projects: new MongoProjectRepository(models.Project),
    documents: new MongoDocumentRepository(connection, models),
    segments: new MongoSegmentRepository(connection, models),
    mtJobs: new MongoMtJobRepository(models.MtJob, models.Counter, models.Document),
    mtCache: new MongoMtCacheRepository(models.MtCache),
    sessions: new MongoSessionRepository(models.Session, models.User),
    alignments: new MongoAlignmentRepository(connection, models),
    tmUnits: new MongoTmUnitRepository(models.TmUnit, models.Counter),
    tmImportJobs: new MongoTmImportJobRepository(models.TmImportJob, models.Counter, models.Project),
    qaResults: new MongoQaResultRepository(models.SegmentQa, models.Segment),
    glossary: new MongoGlossaryRepository(connection, models),
    passwordResets: new MongoPasswordResetRepository(models.PasswordReset, models.User),
    audit: new MongoAuditRepository(models.AuditEvent, models.Counter),
    comments: new MongoCommentRepository(models.SegmentComment, models.Segment, models.Counter),
    assignments: new MongoAssignmentRepository(models.Assignment, models.Document),
    notifications: new MongoNotificationRepository(models.Notification, models.NotificationSettings, models.User, models.Counter),
    revisions: new MongoRevisionRepository(connection, models),
    changeLog: new MongoChangeLogRepository(models.ChangeLog, connection),
    loginAttempts: new MongoLoginAttemptRepository(models.LoginFailure),
    lqaAnnotations: new MongoLqaAnnotationRepository(models.LqaAnnotation, models.Segment),
    postEdits: new MongoPostEditRepository(models.PostEdit, models.Segment),
    webhooks: new MongoWebhookRepository(models.Webhook, models.WebhookDelivery, models.Counter, models.Project),
    close: () => connection.close(),
  };
}
