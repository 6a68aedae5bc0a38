// Node's HTTP server for the app, making each request and response an express one from the start.
//
// Why: express gives a request and its response their methods (req.get, res.json …) by changing their
// prototype on arrival (Object.setPrototypeOf in app.handle). V8 does not take an object's prototype
// changing after it was made lightly: every request paid for it in time, and what it left behind
// outlived the request, so that young collections copied megabytes of it into the old generation and
// full collections came often (docs/performance.md, "Requests made as express's").
// Node builds a request and a response with the classes it is given (http.createServer's
// IncomingMessage and ServerResponse options); these classes have express's prototypes, so express finds
// the prototype already set and changes nothing. Every express method and property stays as it was:
// the classes add nothing of their own.
import http from 'node:http';
import type { Express } from 'express';

export function createHttpServer(app: Express): http.Server {
  class ExpressRequest extends http.IncomingMessage {}
  Object.setPrototypeOf(ExpressRequest.prototype, app.request);
  class ExpressResponse extends http.ServerResponse<ExpressRequest> {}
  Object.setPrototypeOf(ExpressResponse.prototype, app.response);
  // What app.handle sets on every request is now what they already have.
  app.request = ExpressRequest.prototype as unknown as Express['request'];
  app.response = ExpressResponse.prototype as unknown as Express['response'];
  return http.createServer<typeof ExpressRequest, typeof ExpressResponse>({ IncomingMessage: ExpressRequest, ServerResponse: ExpressResponse }, app);
}
