/** Query keys of the users feature; mutations invalidate `usersKeys.all`. */
export const usersKeys = {
  all: ['users'] as const,
  list: (query: { search?: string; limit: number; offset: number }) => ['users', 'list', query] as const,
};
