const { swc } = require('../../jest.preset');

/** SPA component tests: whole routes rendered in jsdom, the network faked at fetch. */
module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: '<rootDir>/jest.environment.js',
  testMatch: ['<rootDir>/src/**/__tests__/**/*.test.{ts,tsx}'],
  testTimeout: 30_000,
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc(true) },
  moduleNameMapper: {
    '^@corral/api-client$': '<rootDir>/../../libs/api-client/src/index.ts',
    '\\.(css|less|scss)$': '<rootDir>/src/testing/style-stub.js',
    '\\.(png|jpe?g|gif|svg|webp|woff2?)$': '<rootDir>/src/testing/file-stub.js',
  },
};
