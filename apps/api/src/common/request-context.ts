import { AsyncLocalStorage } from 'async_hooks';
import type { NextFunction, Request, Response } from 'express';

interface RequestContext {
  /** The API key the request is authenticated with, once the auth guard has checked it. */
  apiKey?: { id: string; name: string };
}

/**
 * What every piece of code run for a request may need to know without being passed it: today the
 * API key a request came with, so each activity written while handling it is attributed to the
 * key (ActivitiesService) however deep in which module the write happens.
 */
const storage = new AsyncLocalStorage<RequestContext>();

/** Express middleware: the rest of the request runs inside its own (initially empty) context. */
export function requestContextMiddleware(_req: Request, _res: Response, next: NextFunction): void {
  storage.run({}, next);
}

export function setRequestApiKey(apiKey: { id: string; name: string }): void {
  const store = storage.getStore();
  if (store) store.apiKey = apiKey;
}

/** The id of the API key of the request being handled, or null (a user's request, a job, a worker). */
export function currentApiKeyId(): string | null {
  return storage.getStore()?.apiKey?.id ?? null;
}
