import type { ApiScope } from '../api/create-api-key';

/** What each area's scopes open, in the order the create dialog lists them (API.md "Integrations"). */
export const SCOPE_AREAS: { area: string; label: string; read?: ApiScope; write?: ApiScope }[] = [
  { area: 'contacts', label: 'Contacts, companies, segments, imports', read: 'contacts:read', write: 'contacts:write' },
  { area: 'deals', label: 'Deals and pipelines', read: 'deals:read', write: 'deals:write' },
  { area: 'emails', label: 'Templates, campaigns, email logs', read: 'emails:read', write: 'emails:write' },
  { area: 'automations', label: 'Workflows and their runs', read: 'automations:read', write: 'automations:write' },
  { area: 'dashboard', label: 'Dashboard figures', read: 'dashboard:read' },
  { area: 'webhooks', label: 'Webhook endpoints and deliveries', write: 'webhooks:write' },
];
