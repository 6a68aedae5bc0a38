import { z } from 'zod';
import { COMMENT_TEXT_MAX_LENGTH } from '../../../domain/comments/types';

export const segmentParams = z.strictObject({ id: z.string().min(1).max(200) });
export const commentParams = z.strictObject({ id: z.string().min(1).max(200), commentId: z.string().min(1).max(200) });
export const documentParams = z.strictObject({ id: z.string().min(1).max(200) });

/** The length limit counts characters after trimming (the command checks it exactly); this bounds the request. */
const text = z.string().max(COMMENT_TEXT_MAX_LENGTH * 2);

export const postCommentBody = z.strictObject({ text, replyTo: z.string().min(1).max(200).optional() });

export const updateCommentBody = z
  .strictObject({ text: text.optional(), resolved: z.boolean().optional() })
  .refine((body) => body.text !== undefined || body.resolved !== undefined, { message: 'give text or resolved' });
