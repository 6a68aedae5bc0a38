// The app's HTTP server (server/http/httpServer.ts) makes each request and response an express one
// when node creates it, so express's own prototype change on arrival changes nothing; every express
// method works as before.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createHttpServer } from '../../server/http/httpServer';

async function listening(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the HTTP server of the app', () => {
  let server: http.Server;
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it("creates requests and responses with express's prototypes, which express then leaves as they are", async () => {
    const app = express();
    app.use(express.json());
    const seen: { atArrival: [unknown, unknown]; inHandler: [unknown, unknown] }[] = [];
    let atArrival: [unknown, unknown] = [null, null];
    app.patch('/segments/:id', (req, res) => {
      seen.push({ atArrival, inHandler: [Object.getPrototypeOf(req), Object.getPrototypeOf(res)] });
      res.set('X-Segment', req.params.id!).status(201).json({ target: req.body.target, accept: req.get('accept'), app: req.app === app });
    });
    server = createHttpServer(app);
    // Before express has seen the request (the app is the server's first listener).
    server.prependListener('request', (req, res) => void (atArrival = [Object.getPrototypeOf(req), Object.getPrototypeOf(res)]));
    const base = await listening(server);

    const answer = await fetch(`${base}/segments/s-7`, { method: 'PATCH', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ target: 'Wnioski można składać' }) });

    expect(answer.status).toBe(201);
    expect(answer.headers.get('x-segment')).toBe('s-7');
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await answer.json()).toEqual({ target: 'Wnioski można składać', accept: 'application/json', app: true });
    expect(seen).toEqual([{ atArrival: [app.request, app.response], inHandler: [app.request, app.response] }]);
  });

  it('keeps node\'s request and response underneath: streams, sockets and headers as node made them', async () => {
    const app = express();
    let checks: boolean[] = [];
    app.get('/health', (req, res) => {
      checks = [req instanceof http.IncomingMessage, res instanceof http.ServerResponse, typeof req.on === 'function', req.socket.remoteAddress === '127.0.0.1'];
      res.send('ok');
    });
    server = createHttpServer(app);
    const base = await listening(server);

    const answer = await fetch(`${base}/health`);

    expect(await answer.text()).toBe('ok');
    expect(checks).toEqual([true, true, true, true]);
  });
});
