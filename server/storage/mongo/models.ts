// The models of one connection. Models are bound to their connection (never to the global mongoose),
// so several stores can live side by side in one process.
import type { Connection, Model } from 'mongoose';
import { prepareIndexes, type IndexAdmin } from './indexes';
import { alignmentSchema, type AlignmentDoc } from './schemas/alignments';
import { auditEventSchema, type AuditEventDoc } from './schemas/auditEvents';
import { changeLogSchema, type ChangeLogDoc } from './schemas/changeLog';
import { counterSchema, type CounterDoc } from './schemas/counters';
import { documentSchema, type DocumentDoc } from './schemas/documents';
import { documentRevisionSchema, type DocumentRevisionDoc } from './schemas/documentRevisions';
import { loginFailureSchema, type LoginFailureDoc } from './schemas/loginFailures';
import { deeplGlossarySchema, type DeeplGlossaryDoc } from './schemas/deeplGlossaries';
import { glossaryTermSchema, type GlossaryTermDoc } from './schemas/glossaryTerms';
import { mtCacheSchema, type MtCacheDoc } from './schemas/mtCache';
import { mtJobSchema, type MtJobDoc } from './schemas/mtJobs';
import { passwordResetSchema, type PasswordResetDoc } from './schemas/passwordResets';
import { projectSchema, type ProjectDoc } from './schemas/projects';
import { segmentEventSchema, type SegmentEventDoc } from './schemas/segmentEvents';
import { segmentSchema, type SegmentDoc } from './schemas/segments';
import { sessionSchema, type SessionDoc } from './schemas/sessions';
import { tmUnitSchema, type TmUnitDoc } from './schemas/tmUnits';
import { tmImportJobSchema, type TmImportJobDoc } from './schemas/tmImportJobs';
import { segmentQaSchema, type SegmentQaDoc } from './schemas/segmentQa';
import { userSchema, type UserDoc } from './schemas/users';
import { assignmentSchema, type AssignmentDoc } from './schemas/assignments';
import { notificationSchema, notificationSettingsSchema, type NotificationDoc, type NotificationSettingsDoc } from './schemas/notifications';
import { segmentCommentSchema, type SegmentCommentDoc } from './schemas/segmentComments';
import { lqaAnnotationSchema, postEditSchema, type LqaAnnotationDoc, type PostEditDoc } from './schemas/quality';
import { webhookDeliverySchema, webhookSchema, type WebhookDeliveryDoc, type WebhookDoc } from './schemas/webhooks';

export interface MongoModels {
  User: Model<UserDoc>;
  Project: Model<ProjectDoc>;
  Document: Model<DocumentDoc>;
  Segment: Model<SegmentDoc>;
  SegmentEvent: Model<SegmentEventDoc>;
  MtJob: Model<MtJobDoc>;
  MtCache: Model<MtCacheDoc>;
  Session: Model<SessionDoc>;
  Counter: Model<CounterDoc>;
  Alignment: Model<AlignmentDoc>;
  TmUnit: Model<TmUnitDoc>;
  TmImportJob: Model<TmImportJobDoc>;
  SegmentQa: Model<SegmentQaDoc>;
  GlossaryTerm: Model<GlossaryTermDoc>;
  DeeplGlossary: Model<DeeplGlossaryDoc>;
  PasswordReset: Model<PasswordResetDoc>;
  AuditEvent: Model<AuditEventDoc>;
  SegmentComment: Model<SegmentCommentDoc>;
  Assignment: Model<AssignmentDoc>;
  Notification: Model<NotificationDoc>;
  NotificationSettings: Model<NotificationSettingsDoc>;
  DocumentRevision: Model<DocumentRevisionDoc>;
  ChangeLog: Model<ChangeLogDoc>;
  LoginFailure: Model<LoginFailureDoc>;
  LqaAnnotation: Model<LqaAnnotationDoc>;
  PostEdit: Model<PostEditDoc>;
  Webhook: Model<WebhookDoc>;
  WebhookDelivery: Model<WebhookDeliveryDoc>;
}

export function defineModels(connection: Connection): MongoModels {
  return {
    User: connection.model<UserDoc>('User', userSchema),
    Project: connection.model<ProjectDoc>('Project', projectSchema),
    Document: connection.model<DocumentDoc>('Document', documentSchema),
    Segment: connection.model<SegmentDoc>('Segment', segmentSchema),
    SegmentEvent: connection.model<SegmentEventDoc>('SegmentEvent', segmentEventSchema),
    MtJob: connection.model<MtJobDoc>('MtJob', mtJobSchema),
    MtCache: connection.model<MtCacheDoc>('MtCache', mtCacheSchema),
    Session: connection.model<SessionDoc>('Session', sessionSchema),
    Counter: connection.model<CounterDoc>('Counter', counterSchema),
    Alignment: connection.model<AlignmentDoc>('Alignment', alignmentSchema),
    TmUnit: connection.model<TmUnitDoc>('TmUnit', tmUnitSchema),
    TmImportJob: connection.model<TmImportJobDoc>('TmImportJob', tmImportJobSchema),
    SegmentQa: connection.model<SegmentQaDoc>('SegmentQa', segmentQaSchema),
    GlossaryTerm: connection.model<GlossaryTermDoc>('GlossaryTerm', glossaryTermSchema),
    DeeplGlossary: connection.model<DeeplGlossaryDoc>('DeeplGlossary', deeplGlossarySchema),
    PasswordReset: connection.model<PasswordResetDoc>('PasswordReset', passwordResetSchema),
    AuditEvent: connection.model<AuditEventDoc>('AuditEvent', auditEventSchema),
    SegmentComment: connection.model<SegmentCommentDoc>('SegmentComment', segmentCommentSchema),
    Assignment: connection.model<AssignmentDoc>('Assignment', assignmentSchema),
    Notification: connection.model<NotificationDoc>('Notification', notificationSchema),
    NotificationSettings: connection.model<NotificationSettingsDoc>('NotificationSettings', notificationSettingsSchema),
    DocumentRevision: connection.model<DocumentRevisionDoc>('DocumentRevision', documentRevisionSchema),
    ChangeLog: connection.model<ChangeLogDoc>('ChangeLog', changeLogSchema),
    LoginFailure: connection.model<LoginFailureDoc>('LoginFailure', loginFailureSchema),
    LqaAnnotation: connection.model<LqaAnnotationDoc>('LqaAnnotation', lqaAnnotationSchema),
    PostEdit: connection.model<PostEditDoc>('PostEdit', postEditSchema),
    Webhook: connection.model<WebhookDoc>('Webhook', webhookSchema),
    WebhookDelivery: connection.model<WebhookDeliveryDoc>('WebhookDelivery', webhookDeliverySchema),
  };
}

const MISSING = new Set(['IndexNotFound', 'NamespaceNotFound']);

/** The start-up's index work (indexes.ts) over this connection's models. */
export function indexAdminOf(models: MongoModels): IndexAdmin {
  const all = Object.values(models) as Model<unknown>[];
  const db = () => {
    const handle = models.User.db.db;
    if (!handle) throw new Error('MongoDB connection is not open');
    return handle;
  };
  const migrations = () => db().collection<{ _id: string; appliedAt: Date }>('indexMigrations');
  return {
    async appliedMigrations() {
      return new Set((await migrations().find({}, { projection: { _id: 1 } }).toArray()).map((doc) => doc._id));
    },
    async markApplied(id) {
      await migrations().updateOne({ _id: id }, { $setOnInsert: { appliedAt: new Date() } }, { upsert: true });
    },
    async dropIndex(collection, index) {
      try {
        await db().collection(collection).dropIndex(index);
      } catch (error) {
        if (!MISSING.has((error as { codeName?: string }).codeName ?? '')) throw error;
      }
    },
    async createDeclaredIndexes() {
      for (const model of all) await model.createIndexes();
    },
  };
}

/**
 * Creates every collection (a multi-document transaction must not be the first to write to one), runs
 * the index migrations not yet applied, and creates the indexes the schemas declare, never dropping
 * one (indexes.ts says why).
 */
export async function syncModels(models: MongoModels): Promise<void> {
  for (const model of Object.values(models) as Model<unknown>[]) await model.createCollection();
  await prepareIndexes(indexAdminOf(models));
}
