import type { QueryClient } from '@tanstack/react-query';
import type { Template } from './get-template';
/** Query keys of the templates feature; mutations invalidate `templatesKeys.all`. */
export const templatesKeys = {
  all: ['templates'] as const,
  list: (query: { search?: string; limit: number; offset: number }) => ['templates', 'list', query] as const,
  detail: (id: string) => ['templates', 'detail', id] as const,
  mergeTags: ['templates', 'merge-tags'] as const,
};

/**
 * After a save the API answers with the template: it becomes the cached detail, and only what
 * lists templates refetches (lists, other features' pickers) — not the open editor's preview or
 * the merge tags, which a save does not change.
 */
export function storeSavedTemplate(queryClient: QueryClient, template: Template): Promise<void> {
  queryClient.setQueryData(templatesKeys.detail(template.id), template);
  return queryClient.invalidateQueries({ queryKey: templatesKeys.all, predicate: (query) => query.queryKey[1] === 'list' || query.queryKey[1] === 'options' });
}
