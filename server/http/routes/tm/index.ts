// The translation memory a project sees: its units, fuzzy lookups and concordance search.
import { Router } from 'express';
import { lookupTm } from '../../../commands/tm/lookup';
import { searchTm } from '../../../commands/tm/search';
import { pageTmUnits } from '../../../commands/tm/listUnits';
import type { AppDeps } from '../../deps';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { presentTmUnit } from '../../presenters/alignment';
import { presentConcordanceHit, presentTmMatch } from '../../presenters/tm';
import { lookupQuery, projectParams, searchQuery, tmUnitPageQuery } from './schemas';

export function tmRoutes(deps: AppDeps): Router {
  const router = Router();
  const unitsRequest = validate({ params: projectParams, query: tmUnitPageQuery });
  const lookupRequest = validate({ params: projectParams, query: lookupQuery });
  const searchRequest = validate({ params: projectParams, query: searchQuery });

  /** The project's own units (alignments, approved segments, imports), oldest first. */
  router.get('/projects/:id/tm/units', unitsRequest, async (_req, res) => {
    const { params, query } = unitsRequest.parsed(res);
    const page = await pageTmUnits(deps, { user: currentUser(res), projectId: params.id, offset: query.offset, limit: query.limit });
    res.json({ items: page.items.map(presentTmUnit), total: page.total, offset: query.offset, limit: query.limit });
  });

  router.get('/projects/:id/tm/lookup', lookupRequest, async (_req, res) => {
    const { params, query } = lookupRequest.parsed(res);
    const matches = await lookupTm(deps, {
      user: currentUser(res),
      projectId: params.id,
      text: query.text,
      // Present but empty: the document's edge (null); absent: unknown.
      prevSource: query.prev === undefined ? undefined : query.prev === '' ? null : query.prev,
      nextSource: query.next === undefined ? undefined : query.next === '' ? null : query.next,
      limit: query.limit,
    });
    res.json({ items: matches.map(presentTmMatch) });
  });

  router.get('/projects/:id/tm/search', searchRequest, async (_req, res) => {
    const { params, query } = searchRequest.parsed(res);
    const result = await searchTm(deps, { user: currentUser(res), projectId: params.id, query: query.q, lang: query.lang, offset: query.offset, limit: query.limit });
    res.json({ items: result.items.map(presentConcordanceHit), total: result.total, offset: query.offset, limit: query.limit });
  });

  return router;
}
