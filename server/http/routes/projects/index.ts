// Projects: create, list, read, change settings, find people to add, add members.
import { Router } from 'express';
import { createProject } from '../../../commands/projects/create';
import { addProjectMember } from '../../../commands/projects/addMember';
import { getProject } from '../../../commands/projects/get';
import { memberNames } from '../../../commands/projects/memberNames';
import { listProjects } from '../../../commands/projects/list';
import { findMemberCandidates } from '../../../commands/projects/memberCandidates';
import { updateProjectSettings } from '../../../commands/projects/updateSettings';
import { projectStatus } from '../../../commands/projects/status';
import type { AppDeps } from '../../deps';
import { presentProjectStatus } from '../../presenters/document';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { requestOrigin } from '../../origin';
import { presentProject } from '../../presenters/project';
import { presentCandidate } from '../../presenters/user';
import { addMemberBody, createProjectBody, memberCandidatesQuery, projectParams, projectSettingsBody } from './schemas';

export function projectRoutes(deps: AppDeps): Router {
  const router = Router();
  const createRequest = validate({ body: createProjectBody });
  const readRequest = validate({ params: projectParams });
  const settingsRequest = validate({ params: projectParams, body: projectSettingsBody });
  const memberRequest = validate({ params: projectParams, body: addMemberBody });
  const candidatesRequest = validate({ params: projectParams, query: memberCandidatesQuery });

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
    const names = await memberNames(deps, project);
    const view = presentProject(project);
    res.json({
      ...view,
      members: view.members.map((member) => ({ ...member, ...(names.get(member.userId) ?? { name: null, active: false }) })),
      summary: presentProjectStatus(await projectStatus(deps, user, project)),
    });
  });

  router.patch('/projects/:id/settings', settingsRequest, async (req, res) => {
    const { params, body } = settingsRequest.parsed(res);
    const project = await updateProjectSettings(deps, { user: currentUser(res), projectId: params.id, settings: body, origin: requestOrigin(req) });
    res.json(presentProject(project));
  });

  // The project's coordinators (and admins) look people up by name or e-mail: id, name and e-mail only.
  router.get('/projects/:id/member-candidates', candidatesRequest, async (_req, res) => {
    const { params, query } = candidatesRequest.parsed(res);
    const users = await findMemberCandidates(deps, { user: currentUser(res), projectId: params.id, query: query.q, limit: query.limit });
    res.json({ items: users.map(presentCandidate) });
  });

  router.post('/projects/:id/members', memberRequest, async (req, res) => {
    const { params, body } = memberRequest.parsed(res);
    const project = await addProjectMember(deps, { user: currentUser(res), projectId: params.id, memberId: body.userId, roles: body.roles, origin: requestOrigin(req) });
    res.json(presentProject(project));
  });

  return router;
}
