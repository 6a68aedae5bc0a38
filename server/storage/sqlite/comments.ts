// Comment threads on segments (table segment_comments, migration 010).
import { Conflict, NotFound } from '../../domain/errors';
import type { CommentKind, SegmentComment, SegmentCommentCount } from '../../domain/comments/types';
import type { CommentRepository } from '../../ports/commentRepository';
import type { Db } from './database';
import { isForeignKeyViolation, isUniqueViolation } from './shared';

interface CommentRow {
  id: string;
  segment_id: string;
  document_id: string;
  project_id: string;
  thread_id: string;
  reply_to: string | null;
  kind: string;
  author_id: string;
  text: string;
  mentions: string;
  resolved: number;
  resolved_by: string | null;
  resolved_at: string | null;
  created_at: string;
  edited_at: string | null;
}

interface CountRow {
  segment_id: string;
  comments: number;
  open_threads: number;
}

const toComment = (row: CommentRow): SegmentComment => ({
  id: row.id,
  segmentId: row.segment_id,
  documentId: row.document_id,
  projectId: row.project_id,
  threadId: row.thread_id,
  replyTo: row.reply_to,
  kind: row.kind as CommentKind,
  authorId: row.author_id,
  text: row.text,
  mentions: JSON.parse(row.mentions) as string[],
  resolved: row.resolved === 1,
  resolvedBy: row.resolved_by,
  resolvedAt: row.resolved_at,
  createdAt: row.created_at,
  editedAt: row.edited_at,
});

const commentParams = (comment: SegmentComment) => ({
  ...comment,
  mentions: JSON.stringify(comment.mentions),
  resolved: comment.resolved ? 1 : 0,
});

export function createCommentRepository(db: Db): CommentRepository {
  const insert = db.prepare(
    `INSERT INTO segment_comments (id, segment_id, document_id, project_id, thread_id, reply_to, kind, author_id, text, mentions,
       resolved, resolved_by, resolved_at, created_at, edited_at)
     VALUES (@id, @segmentId, @documentId, @projectId, @threadId, @replyTo, @kind, @authorId, @text, @mentions,
       @resolved, @resolvedBy, @resolvedAt, @createdAt, @editedAt)`,
  );
  const replace = db.prepare(
    `UPDATE segment_comments SET text = @text, mentions = @mentions, resolved = @resolved, resolved_by = @resolvedBy,
       resolved_at = @resolvedAt, edited_at = @editedAt WHERE id = @id`,
  );
  const byId = db.prepare<[string], CommentRow>('SELECT * FROM segment_comments WHERE id = ?');
  const bySegment = db.prepare<[string], CommentRow>('SELECT * FROM segment_comments WHERE segment_id = ? ORDER BY created_at, seq');
  const counts = db.prepare<[string], CountRow>(
    `SELECT segment_id, COUNT(*) AS comments,
       SUM(CASE WHEN thread_id = id AND resolved = 0 THEN 1 ELSE 0 END) AS open_threads
     FROM segment_comments WHERE document_id = ? GROUP BY segment_id ORDER BY segment_id`,
  );

  return {
    async create(comment) {
      try {
        insert.run(commentParams(comment));
      } catch (error) {
        if (isForeignKeyViolation(error)) throw new NotFound('segment', comment.segmentId);
        if (isUniqueViolation(error)) throw new Conflict('comment already exists', { entity: 'comment' });
        throw error;
      }
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toComment(row) : null;
    },
    async update(comment) {
      if (replace.run(commentParams(comment)).changes === 0) throw new NotFound('comment', comment.id);
    },
    async listBySegment(segmentId) {
      return bySegment.all(segmentId).map(toComment);
    },
    async countByDocument(documentId) {
      return counts.all(documentId).map((row): SegmentCommentCount => ({ segmentId: row.segment_id, comments: row.comments, openThreads: row.open_threads }));
    },
  };
}
