/**
 * Every suite of the project, run by `npm test` in one jest invocation so one summary counts them all.
 * The e2e and browser suites need the built app (`npm test` builds first).
 */
module.exports = {
  projects: [
    '<rootDir>/apps/api/jest.config.js',
    '<rootDir>/apps/api/jest.e2e.config.js',
    '<rootDir>/apps/web/jest.config.js',
    '<rootDir>/libs/api-client/jest.config.js',
    '<rootDir>/apps/web-e2e/jest.config.js',
  ],
};
