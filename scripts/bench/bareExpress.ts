// The baseline for the saves benchmark: a bare express 5 app with express.json() and one handler
// that answers a segment save without storing anything. Started by saves.ts as a child process.
// With BARE_REQUEST_CLASSES=1 it listens through Nysa's createHttpServer (server/http/httpServer.ts)
// instead of app.listen (saves.js --bare-request-classes).
//
//   PORT=4000 [BARE_REQUEST_CLASSES=1] node dist/scripts/bench/bareExpress.js
import express from 'express';
import { createHttpServer } from '../../server/http/httpServer';

const app = express();
app.use(express.json());
app.patch('/echo/:id', (req, res) => {
  const { target, version } = req.body as { target: string; version: number };
  res.json({ id: req.params.id, version: version + 1, target });
});

const port = Number(process.env.PORT ?? 4000);
const withClasses = process.env.BARE_REQUEST_CLASSES === '1';
const server = (withClasses ? createHttpServer(app) : app).listen(port, '127.0.0.1', () =>
  console.log(`bare express${withClasses ? " with Nysa's request classes" : ''} listening on http://127.0.0.1:${port}`),
);
process.once('SIGTERM', () => server.close(() => process.exit(0)));
