// Comments on segments: threads to read, write, edit and resolve; and per segment of a document, the counts.
import { Router } from 'express';
import { documentCommentCounts } from '../../../commands/comments/counts';
import { listSegmentComments, peopleOf } from '../../../commands/comments/list';
import { postComment } from '../../../commands/comments/post';
import { updateComment } from '../../../commands/comments/update';
import type { AppDeps } from '../../deps';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { presentComment, presentCommentCount, presentCommentsView } from '../../presenters/comment';
import { commentParams, documentParams, postCommentBody, segmentParams, updateCommentBody } from './schemas';
import { sendJsonInSlices } from '../../jsonInSlices';

export function commentRoutes(deps: AppDeps): Router {
  const router = Router();
  const listRequest = validate({ params: segmentParams });
  const postRequest = validate({ params: segmentParams, body: postCommentBody });
  const updateRequest = validate({ params: commentParams, body: updateCommentBody });
  const countsRequest = validate({ params: documentParams });

  router.get('/segments/:id/comments', listRequest, async (_req, res) => {
    const view = await listSegmentComments(deps, { user: currentUser(res), segmentId: listRequest.parsed(res).params.id });
    res.json(presentCommentsView(view));
  });

  router.post('/segments/:id/comments', postRequest, async (_req, res) => {
    const { params, body } = postRequest.parsed(res);
    const user = currentUser(res);
    const posted = await postComment(deps, { user, segmentId: params.id, text: body.text, replyTo: body.replyTo });
    res.status(201).json(presentComment(posted.comment, await peopleOf(deps, [posted.comment]), posted.mayResolve));
  });

  router.patch('/segments/:id/comments/:commentId', updateRequest, async (_req, res) => {
    const { params, body } = updateRequest.parsed(res);
    const updated = await updateComment(deps, { user: currentUser(res), segmentId: params.id, commentId: params.commentId, ...body });
    res.json(presentComment(updated.comment, await peopleOf(deps, [updated.comment]), updated.mayResolve));
  });

  router.get('/documents/:id/comments', countsRequest, async (_req, res) => {
    const counts = await documentCommentCounts(deps, { user: currentUser(res), documentId: countsRequest.parsed(res).params.id });
    await sendJsonInSlices(res, {}, 'items', counts, presentCommentCount);
  });

  return router;
}
