/**
 * The reliability suite (`npm run test:reliability`, docs/reliability.md): the real server in a child
 * process, killed, raced, fuzzed and fed hostile files, with an event-loop guard on /health. Slow and
 * heavy, so not part of `npm test`: its files end in .reliability.ts, which the main config never matches.
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testMatch: ['**/tests/reliability/**/*.reliability.ts'],
  testTimeout: 300_000,
  maxWorkers: 1,
};
