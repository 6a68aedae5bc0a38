// Assignments: who translates and reviews which segments of a document by when; "My work"; the
// coordinator's overview of assignees and late steps.
import { Router } from 'express';
import { createAssignment } from '../../../commands/assignments/create';
import { assigneesOf, listDocumentAssignments, viewAssignment } from '../../../commands/assignments/list';
import { myWork } from '../../../commands/assignments/myWork';
import { assignmentOverview } from '../../../commands/assignments/overview';
import { deleteAssignment, updateAssignment } from '../../../commands/assignments/update';
import type { Assignment } from '../../../domain/assignments/types';
import type { AppDeps } from '../../deps';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { presentAssignmentOverview, presentAssignmentView, presentWorkItem } from '../../presenters/assignment';
import { assignmentParams, createAssignmentBody, documentParams, updateAssignmentBody } from './schemas';

export function assignmentRoutes(deps: AppDeps): Router {
  const router = Router();
  const listRequest = validate({ params: documentParams });
  const createRequest = validate({ params: documentParams, body: createAssignmentBody });
  const updateRequest = validate({ params: assignmentParams, body: updateAssignmentBody });
  const deleteRequest = validate({ params: assignmentParams });

  /** An assignment as the list shows it: with its progress now. */
  const present = async (assignment: Assignment) => {
    const segments = await deps.store.segments.listByDocument(assignment.documentId);
    return presentAssignmentView(viewAssignment(assignment, segments, deps.clock.now()), await assigneesOf(deps, [assignment]));
  };

  router.get('/documents/:id/assignments', listRequest, async (_req, res) => {
    const list = await listDocumentAssignments(deps, { user: currentUser(res), documentId: listRequest.parsed(res).params.id });
    res.json({ items: list.assignments.map((view) => presentAssignmentView(view, list.people)) });
  });

  router.post('/documents/:id/assignments', createRequest, async (_req, res) => {
    const { params, body } = createRequest.parsed(res);
    const assignment = await createAssignment(deps, { user: currentUser(res), documentId: params.id, ...body });
    res.status(201).json(await present(assignment));
  });

  router.patch('/assignments/:id', updateRequest, async (_req, res) => {
    const { params, body } = updateRequest.parsed(res);
    const { after } = await updateAssignment(deps, { user: currentUser(res), assignmentId: params.id, ...body });
    res.json(await present(after));
  });

  router.delete('/assignments/:id', deleteRequest, async (_req, res) => {
    await deleteAssignment(deps, { user: currentUser(res), assignmentId: deleteRequest.parsed(res).params.id });
    res.status(204).end();
  });

  router.get('/me/work', async (_req, res) => {
    res.json({ items: (await myWork(deps, { user: currentUser(res) })).map(presentWorkItem) });
  });

  router.get('/overview/assignments', async (_req, res) => {
    res.json(presentAssignmentOverview(await assignmentOverview(deps, { user: currentUser(res) })));
  });

  return router;
}
