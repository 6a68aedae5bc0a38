// A long answer written a part at a time (server/http/writeInTurns.ts): each part is made in a later turn
// of the event loop than the one before, so other requests get in between; the client receives the
// parts joined; once the client has left, no more parts are made.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { writeInTurns } from '../../server/http/writeInTurns';
import { withTurns } from '../support/turns';

describe('writeInTurns', () => {
  let server: http.Server;
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  /** Serves `parts` at / through writeInTurns; answers its address and when it finished. */
  async function serve(parts: () => Iterable<string>): Promise<{ url: string; finished: Promise<void> }> {
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const app = express();
    app.get('/', (_req, res) => {
      res.type('text/plain');
      void writeInTurns(res, parts()).then(finish);
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, finished };
  }

  test('makes each part in a later turn of the event loop, and the client gets them joined', async () => {
    const madeAt: number[] = [];
    const { result: body } = await withTurns(async (turn) => {
      function* parts(): Generator<string> {
        for (let i = 0; i < 5; i++) {
          madeAt.push(turn());
          yield `Teil ${i};`;
        }
      }
      const { url, finished } = await serve(parts);
      const text = await (await fetch(url)).text();
      await finished;
      return text;
    });

    expect(body).toBe('Teil 0;Teil 1;Teil 2;Teil 3;Teil 4;');
    expect(madeAt.every((turn, i) => i === 0 || turn > madeAt[i - 1]!)).toBe(true);
  });

  test('stops making parts once the client has left', async () => {
    let made = 0;
    function* parts(): Generator<string> {
      for (let i = 0; i < 10_000; i++) {
        made++;
        yield 'x'.repeat(64 * 1024);
      }
    }
    const { url, finished } = await serve(parts);
    // A client that reads the first bytes and hangs up.
    await new Promise<void>((resolve) => {
      const request = http.get(url, (response) => {
        response.once('data', () => {
          request.destroy();
          resolve();
        });
      });
    });
    await finished;

    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThan(10_000);
  });
});
