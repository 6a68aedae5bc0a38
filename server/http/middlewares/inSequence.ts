// Middlewares that every request passes, run one after another as a single layer of the app.
//
// Why: express's router walks its layers one by one, and each layer a request enters costs it a path
// match, a call through the layer's error guard and a step of the router's `next` (docs/performance.md,
// "What a save costs"). Five layers that every request passes anyway are one here.
//
// What stays as it was: each middleware runs in the order given, and the request goes on only when it
// calls `next()`; an error (passed to `next`, thrown, or a rejected promise, as express 5 treats an
// async middleware) skips the rest and goes to the app's error handler, exactly as from its own layer.
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export function inSequence(handlers: readonly RequestHandler[]): RequestHandler {
  return (req: Request, res: Response, done: NextFunction) => {
    let index = 0;
    const next = (error?: unknown): void => {
      if (error) return done(error);
      const handler = handlers[index++];
      if (!handler) return done();
      try {
        const result: unknown = handler(req, res, next);
        if (result instanceof Promise) result.then(undefined, (rejected: unknown) => next(rejected ?? new Error('Rejected promise')));
      } catch (thrown) {
        next(thrown);
      }
    };
    next();
  };
}
