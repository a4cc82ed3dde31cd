const { TestEnvironment } = require('jest-environment-jsdom');

/**
 * jsdom without fetch is not a browser the SPA can run in: hand it Node's fetch, Request,
 * Response and Headers so the real api-client runs and tests fake only the network answers,
 * and structuredClone, which every browser has and @mui/x-charts uses.
 */
class JsdomWithFetch extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of ['fetch', 'Request', 'Response', 'Headers', 'structuredClone']) this.global[name] = globalThis[name];
  }
}

module.exports = JsdomWithFetch;
