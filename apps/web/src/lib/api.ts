import { createCorralClient } from '@corral/api-client';

/**
 * The one API client of the SPA. Same origin as the page: the dev server proxies /api and the
 * production build is served next to the API (nginx or SPA_DIR).
 */
export const corral = createCorralClient({ baseUrl: window.location.origin });

/** Typed calls: `unwrap(api.GET('/api/users', { params: { query: { limit: 50 } } }))`. */
export const api = corral.api;
