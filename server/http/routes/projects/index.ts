// Projects: create, list, read, change settings (and list the QA checks they switch), add members.
import { Router } from 'express';
import { createProject } from '../../../commands/projectCreator';
import { addProjectMember } from '../../../commands/projectMemberAdder';
import { getProject, listProjects } from '../../../commands/projectReader';
import { updateProjectSettings } from '../../../commands/projectSettingsUpdater';
import { projectStatus } from '../../../commands/documentStatusReader';
import { projectQaChecks } from '../../../commands/qa/qaReader';
import type { AppDeps } from '../../deps';
import { presentProjectStatus } from '../../presenters/document';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { presentProject } from '../../presenters/project';
import { presentConfiguredCheck } from '../../presenters/qa';
import { addMemberBody, createProjectBody, projectParams, projectSettingsBody } from './schemas';

export function projectRoutes(deps: AppDeps): Router {
  const router = Router();
  const createRequest = validate({ body: createProjectBody });
  const readRequest = validate({ params: projectParams });
  const settingsRequest = validate({ params: projectParams, body: projectSettingsBody });
  const memberRequest = validate({ params: projectParams, body: addMemberBody });

  router.post('/projects', createRequest, async (_req, res) => {
    const project = await createProject(deps, { user: currentUser(res), ...createRequest.parsed(res).body });
    res.status(201).json(presentProject(project));
  });

  router.get('/projects', async (_req, res) => {
    const projects = await listProjects(deps, { user: currentUser(res) });
    res.json({ items: projects.map(presentProject) });
  });

  router.get('/projects/:id', readRequest, async (_req, res) => {
    const user = currentUser(res);
    const project = await getProject(deps, { user, projectId: readRequest.parsed(res).params.id });
    res.json({ ...presentProject(project), summary: presentProjectStatus(await projectStatus(deps, user, project)) });
  });

  router.patch('/projects/:id/settings', settingsRequest, async (_req, res) => {
    const { params, body } = settingsRequest.parsed(res);
    const project = await updateProjectSettings(deps, { user: currentUser(res), projectId: params.id, settings: body });
    res.json(presentProject(project));
  });

  router.get('/projects/:id/qa/checks', readRequest, async (_req, res) => {
    const checks = await projectQaChecks(deps, currentUser(res), readRequest.parsed(res).params.id);
    res.json({ items: checks.map(presentConfiguredCheck) });
  });

  router.post('/projects/:id/members', memberRequest, async (_req, res) => {
    const { params, body } = memberRequest.parsed(res);
    const project = await addProjectMember(deps, { user: currentUser(res), projectId: params.id, memberId: body.userId, roles: body.roles });
    res.json(presentProject(project));
  });

  return router;
}
