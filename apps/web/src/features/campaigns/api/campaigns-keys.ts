/** Query keys of the campaigns feature; mutations invalidate `campaignsKeys.all`. */
export const campaignsKeys = {
  all: ['campaigns'] as const,
  list: (query: object) => ['campaigns', 'list', query] as const,
  detail: (id: string) => ['campaigns', 'detail', id] as const,
  report: (id: string, part: string, query?: object) => ['campaigns', 'detail', id, part, query] as const,
  audience: (filter: object) => ['campaigns', 'audience', filter] as const,
  suppressions: ['suppressions'] as const,
  emailSettings: ['settings', 'email'] as const,
};
