import { ApiError, isProblem } from '@corral/api-client';
import { api, corral } from '../../../lib/api';

/**
 * fetch with the session's token, for what the typed client cannot express (multipart uploads) or
 * does not know yet (endpoints of modules still being built). A 401 means the access token expired:
 * one typed call lets the client refresh it, then the request is sent once more.
 */
export async function authorizedFetch(path: string, init: { method?: string; body?: () => BodyInit } = {}): Promise<Response> {
  const send = () => fetch(path, { method: init.method ?? 'GET', headers: { Authorization: `Bearer ${corral.tokens.accessToken ?? ''}` }, body: init.body?.() });
  const response = await send();
  if (response.status !== 401) return response;
  await api.GET('/api/auth/me');
  return send();
}

/** The JSON body of a successful answer, or an ApiError carrying the problem details. */
export async function readJson<T>(response: Response): Promise<T> {
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    throw new ApiError(response.status, isProblem(body) ? body : { type: 'about:blank', title: response.statusText || 'Request failed', status: response.status });
  }
  return body as T;
}

