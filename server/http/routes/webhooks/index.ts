// Webhooks of a project: POST/GET /api/projects/:id/webhooks, PATCH/DELETE /api/webhooks/:id, the
// delivery log GET /api/webhooks/:id/deliveries and POST /api/webhooks/:id/deliveries/:deliveryId/redeliver.
// Coordinators and admins only (commands/webhooks/access.ts).
import { Router } from 'express';
import { createWebhook } from '../../../commands/webhooks/create';
import { deleteWebhook } from '../../../commands/webhooks/delete';
import { listDeliveries, listWebhooks } from '../../../commands/webhooks/list';
import { redeliver } from '../../../commands/webhooks/redeliver';
import { updateWebhook } from '../../../commands/webhooks/update';
import type { AppDeps } from '../../deps';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { requestOrigin } from '../../origin';
import { presentDelivery, presentDeliveryPage, presentWebhook } from '../../presenters/webhook';
import { createWebhookBody, deliveriesQuery, deliveryParams, updateWebhookBody, webhookParams, webhookProjectParams } from './schemas';

export function webhookRoutes(deps: AppDeps): Router {
  const router = Router();
  const createRequest = validate({ params: webhookProjectParams, body: createWebhookBody });
  const listRequest = validate({ params: webhookProjectParams });
  const updateRequest = validate({ params: webhookParams, body: updateWebhookBody });
  const deleteRequest = validate({ params: webhookParams });
  const deliveriesRequest = validate({ params: webhookParams, query: deliveriesQuery });
  const redeliverRequest = validate({ params: deliveryParams });

  router.post('/projects/:id/webhooks', createRequest, async (req, res) => {
    const { params, body } = createRequest.parsed(res);
    const webhook = await createWebhook(deps, { user: currentUser(res), projectId: params.id, ...body, origin: requestOrigin(req) });
    res.status(201).json(presentWebhook(webhook));
  });

  router.get('/projects/:id/webhooks', listRequest, async (_req, res) => {
    const webhooks = await listWebhooks(deps, currentUser(res), listRequest.parsed(res).params.id);
    res.json({ items: webhooks.map(presentWebhook) });
  });

  router.patch('/webhooks/:id', updateRequest, async (req, res) => {
    const { params, body } = updateRequest.parsed(res);
    const webhook = await updateWebhook(deps, { user: currentUser(res), webhookId: params.id, patch: body, origin: requestOrigin(req) });
    res.json(presentWebhook(webhook));
  });

  router.delete('/webhooks/:id', deleteRequest, async (req, res) => {
    await deleteWebhook(deps, { user: currentUser(res), webhookId: deleteRequest.parsed(res).params.id, origin: requestOrigin(req) });
    res.status(204).end();
  });

  router.get('/webhooks/:id/deliveries', deliveriesRequest, async (_req, res) => {
    const { params, query } = deliveriesRequest.parsed(res);
    const page = await listDeliveries(deps, { user: currentUser(res), webhookId: params.id, ...query });
    res.json(presentDeliveryPage(page, query.offset, query.limit));
  });

  router.post('/webhooks/:id/deliveries/:deliveryId/redeliver', redeliverRequest, async (_req, res) => {
    const { params } = redeliverRequest.parsed(res);
    const delivery = await redeliver(deps, { user: currentUser(res), webhookId: params.id, deliveryId: params.deliveryId });
    res.status(202).json(presentDelivery(delivery));
  });

  return router;
}
