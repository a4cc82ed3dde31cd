import { type components, unwrap } from '@corral/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type PreviewDraftInput = components['schemas']['PreviewDraftDto'];

export function previewDraft(body: PreviewDraftInput) {
  return unwrap(api.POST('/api/templates/preview', { body }));
}

/** The API's rendering of unsaved template text; callers debounce `draft` so typing asks once per pause. */
export function usePreviewDraft(draft: PreviewDraftInput) {
  return useQuery({
    queryKey: ['templates', 'preview', draft],
    queryFn: () => previewDraft(draft),
    placeholderData: keepPreviousData,
    enabled: draft.subject.length > 0 && draft.htmlBody.length > 0,
  });
}
