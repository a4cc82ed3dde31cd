import { isCustomFilterParam } from '../../lib/list-filters/custom-field-filters';
import type { SearchParamsPatch } from '../../lib/use-search-params-state';

/**
 * The contacts list's filters as the API's query parameters (`search`, `status`, `tag`,
 * `companyId`, `assignedToId`, `cf.<key>…`): what the list, the export, a bulk action by filter
 * and a saved view all send. The URL keeps its own shorter names for the built-in ones.
 */
export type ListFilters = Record<string, string | string[]>;

/** URL parameter → API parameter, for the built-in filters. */
const URL_TO_API: Record<string, string> = { q: 'search', status: 'status', tag: 'tag', company: 'companyId', owner: 'assignedToId' };
const API_TO_URL = Object.fromEntries(Object.entries(URL_TO_API).map(([url, apiName]) => [apiName, url]));
/** API parameters that take a list (comma-separated in the URL). */
const LISTS = new Set(['status', 'tag']);
/** Held beside a filter, for display only (the company filter's name). */
const DISPLAY_ONLY = ['companyName'];


/** The filters the URL holds, as API parameters; `search` is passed in (the list sends it debounced). */
export function apiFiltersOf(params: URLSearchParams, search: string): ListFilters {
  const filters: ListFilters = {};
  if (search) filters.search = search;
  for (const [urlName, apiName] of Object.entries(URL_TO_API)) {
    const value = params.get(urlName);
    if (urlName === 'q' || !value) continue;
    filters[apiName] = LISTS.has(apiName) ? value.split(',').filter(Boolean) : value;
  }
  for (const key of new Set([...params.keys()].filter(isCustomFilterParam))) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values.length === 1 ? values[0] : values;
  }
  return filters;
}

/** The URL changes that replace every filter of the URL by `filters` (API parameters), and go back to the first page. */
export function filtersPatch(params: URLSearchParams, filters: ListFilters): SearchParamsPatch {
  const patch: SearchParamsPatch = { page: null };
  for (const key of [...Object.keys(URL_TO_API), ...DISPLAY_ONLY, ...[...params.keys()].filter(isCustomFilterParam)]) patch[key] = null;
  for (const [apiName, value] of Object.entries(filters)) {
    const urlName = API_TO_URL[apiName] ?? (isCustomFilterParam(apiName) ? apiName : null);
    if (urlName) patch[urlName] = Array.isArray(value) ? value.join(',') : value;
  }
  return patch;
}
