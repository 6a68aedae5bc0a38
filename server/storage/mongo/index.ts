// MongoDB adapter: schemas, mappers and repositories behind the Store port.
export { createMongoStore, type MongoStoreOptions } from './store';
export { defineModels, syncModels, type MongoModels } from './models';
export { fromUserDoc, toUserDoc, type UserDoc } from './schemas/users';
export { fromProjectDoc, toProjectDoc, type ProjectDoc } from './schemas/projects';
export { fromDocumentDoc, toDocumentDoc, type DocumentDoc } from './schemas/documents';
export { fromSegmentDoc, toSegmentDoc, type SegmentDoc } from './schemas/segments';
export { fromSegmentEventDoc, toSegmentEventDoc, type SegmentEventDoc } from './schemas/segmentEvents';
export { fromMtJobDoc, toMtJobDoc, type MtJobDoc } from './schemas/mtJobs';
export { fromMtCacheDoc, toMtCacheDoc, type MtCacheDoc } from './schemas/mtCache';
export { fromSessionDoc, toSessionDoc, type SessionDoc } from './schemas/sessions';
export { fromAlignmentDoc, toAlignmentDoc, type AlignmentDoc } from './schemas/alignments';
export { fromTmUnitDoc, toTmUnitDoc, type TmUnitDoc } from './schemas/tmUnits';
export { fromGlossaryTermDoc, toGlossaryTermDoc, type GlossaryTermDoc } from './schemas/glossaryTerms';
export { fromDeeplGlossaryDoc, toDeeplGlossaryDoc, type DeeplGlossaryDoc } from './schemas/deeplGlossaries';
export { fromTmImportJobDoc, toTmImportJobDoc, type TmImportJobDoc } from './schemas/tmImportJobs';
export { fromSegmentQaDoc, toSegmentQaDoc, type SegmentQaDoc } from './schemas/segmentQa';
export { fromPasswordResetDoc, toPasswordResetDoc, type PasswordResetDoc } from './schemas/passwordResets';
export { fromAuditEventDoc, toAuditEventDoc, type AuditEventDoc } from './schemas/auditEvents';
export { fromSegmentCommentDoc, toSegmentCommentDoc, type SegmentCommentDoc } from './schemas/segmentComments';
export { fromAssignmentDoc, toAssignmentDoc, type AssignmentDoc } from './schemas/assignments';
export {
  fromNotificationDoc,
  fromNotificationSettingsDoc,
  toNotificationDoc,
  toNotificationSettingsDoc,
  type NotificationDoc,
  type NotificationSettingsDoc,
} from './schemas/notifications';
export { fromDocumentRevisionDoc, toDocumentRevisionDoc, type DocumentRevisionDoc } from './schemas/documentRevisions';
export { fromChangeLogDoc, toChangeLogDoc, type ChangeLogDoc } from './schemas/changeLog';
export { fromLqaAnnotationDoc, fromPostEditDoc, toLqaAnnotationDoc, toPostEditDoc, type LqaAnnotationDoc, type PostEditDoc } from './schemas/quality';
export { fromWebhookDoc, toWebhookDoc, fromWebhookDeliveryDoc, toWebhookDeliveryDoc, type WebhookDoc, type WebhookDeliveryDoc } from './schemas/webhooks';
