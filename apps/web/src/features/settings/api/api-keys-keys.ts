/** Query keys of the API keys list; its mutations invalidate `apiKeysKeys.all`. */
export const apiKeysKeys = {
  all: ['api-keys'] as const,
  list: (query: { limit: number; offset: number }) => ['api-keys', 'list', query] as const,
};
