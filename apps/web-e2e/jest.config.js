const { swc } = require('../../jest.preset');

/**
 * Browser journeys: each file starts the built API serving the built SPA on a throwaway database
 * and drives Debian's chromium through it (build first: `npm test` does).
 */
module.exports = {
  displayName: 'web-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.journey.ts'],
  transform: { '^.+\\.ts$': swc(false) },
  testTimeout: 120_000,
};
