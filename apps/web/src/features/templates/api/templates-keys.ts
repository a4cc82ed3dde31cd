/** Query keys of the templates feature; mutations invalidate `templatesKeys.all`. */
export const templatesKeys = {
  all: ['templates'] as const,
  list: (query: { search?: string; limit: number; offset: number }) => ['templates', 'list', query] as const,
  detail: (id: string) => ['templates', 'detail', id] as const,
  mergeTags: ['templates', 'merge-tags'] as const,
};
