const { swc } = require('../../jest.preset');

/** Black-box suites: each file starts the built API on its own throwaway database and queue prefix. */
module.exports = {
  displayName: 'api-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': swc(false) },
  testTimeout: 60_000,
};
