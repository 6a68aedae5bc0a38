/**
 * Tests are TypeScript compiled by ts-jest without type information (fast; type checking is
 * `npm run typecheck`, which `npm test` runs first).
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }] },
  testTimeout: 20000,
  maxWorkers: 2,
};
