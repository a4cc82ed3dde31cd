export type { components, operations, paths } from './schema';
export { createCorralClient } from './client';
export type { CorralClient, CorralClientOptions, TokenPair, TokenStorage, TokenStore, User } from './client';
export { ApiError, errorMessage, isProblem, problemOf, unwrap } from './problem';
export type { ProblemDetails } from './problem';
