/**
 * Tests are TypeScript compiled by ts-jest without type information (fast; type checking is
 * `npm run typecheck`, which `npm test` runs first). parse5 and its entities are ES modules only:
 * jest's CommonJS runtime cannot load them, so ts-jest transpiles them to CommonJS too.
 */
const ESM_ONLY = ['parse5', 'entities'];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }],
    [`/node_modules/(?:${ESM_ONLY.join('|')})/.+\\.js$`]: [
      'ts-jest',
      { isolatedModules: true, diagnostics: false, tsconfig: { allowJs: true, module: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(?:${ESM_ONLY.join('|')})/)`],
  testTimeout: 20000,
  maxWorkers: 2,
};
