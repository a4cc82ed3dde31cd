const { swc } = require('../../jest.preset');

module.exports = {
  displayName: 'api-client',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': swc(false) },
};
