import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

/** The areas an API key's scopes are granted in; each controller open to keys names one. */
export const SCOPE_AREAS = ['contacts', 'deals', 'emails', 'automations', 'dashboard', 'webhooks'] as const;
export type ScopeAreaName = (typeof SCOPE_AREAS)[number];

/** Every scope an API key can hold (API.md "Integrations"); webhooks have no read-only scope. */
export const API_SCOPES = [
  'contacts:read',
  'contacts:write',
  'deals:read',
  'deals:write',
  'emails:read',
  'emails:write',
  'automations:read',
  'automations:write',
  'dashboard:read',
  'webhooks:write',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const SCOPE_AREA = 'scopeArea';
/** The OpenAPI extension naming an operation's area; the document builder turns it into the scope it needs. */
export const SCOPE_AREA_OPERATION_EXTENSION = 'x-scope-area';

/**
 * The scope area of a controller (or of one route, overriding its controller's). A route without
 * one refuses API keys altogether: users, settings, API keys and auth are for people only.
 */
export const ScopeArea = (area: ScopeAreaName) =>
  applyDecorators(SetMetadata(SCOPE_AREA, area), ApiExtension(SCOPE_AREA_OPERATION_EXTENSION, area));

/**
 * The scope a request in `area` with this HTTP method needs: reads need `<area>:read`, anything
 * else `<area>:write`; webhooks hand out secrets and reach outside, so every method needs write.
 */
export function requiredScope(area: ScopeAreaName, method: string): ApiScope {
  const reads = (method === 'GET' || method === 'HEAD') && area !== 'webhooks';
  return `${area}:${reads ? 'read' : 'write'}` as ApiScope;
}
