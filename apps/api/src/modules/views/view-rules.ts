import type { FieldError } from '../../common/filters/problem';
import { OBJECT_TYPES, type ObjectType } from '../fields/custom-field-rules';

/** A view belongs to a list of one of the records custom fields exist for. */
export const VIEW_OBJECT_TYPES = OBJECT_TYPES;
export type ViewObjectType = ObjectType;

/** A view's filters: the list's query parameters, as the list's URL holds them. */
export type ViewFilters = Record<string, string | string[]>;

export const VIEW_NAME_MAX = 100;
export const VIEW_FILTERS_MAX = 50;
export const VIEW_COLUMNS_MAX = 50;
const FILTER_VALUE_MAX = 1000;
const FILTER_VALUES_MAX = 100;
const PARAM_MAX = 100;

/** `status`, `assignedToId`, `cf.lead_score`, `cf.lead_score[gte]`: a list's query parameter as Express names it. */
const PARAM_PATTERN = /^[A-Za-z][A-Za-z0-9_.]*(\[[a-z]+\])?$/;
/** A column or sort field: `email`, `companyName`, `cf.lead_score` (sort with `-` for descending). */
const FIELD_PATTERN = /^[A-Za-z][A-Za-z0-9_.]*$/;
/**
 * Parameters a view does not hold: the order has its own `sort`, and paging belongs to the moment,
 * not to the view (a view opened at page 3 would hide its first rows).
 */
const NOT_FILTERS = new Set(['sort', 'limit', 'offset']);

/**
 * The problems of a view's filters, each naming `filters.<param>`: an object of query parameters
 * whose values are a string or a list of strings (a repeated parameter, `?tag=a&tag=b`).
 */
export function filtersProblems(filters: unknown): FieldError[] {
  if (typeof filters !== 'object' || filters === null || Array.isArray(filters)) {
    return [{ field: 'filters', message: 'must be an object of query parameters' }];
  }
  const entries = Object.entries(filters);
  if (entries.length > VIEW_FILTERS_MAX) return [{ field: 'filters', message: `must hold at most ${VIEW_FILTERS_MAX} parameters` }];
  const problems: FieldError[] = [];
  for (const [param, value] of entries) {
    const field = `filters.${param}`;
    if (param.length > PARAM_MAX || !PARAM_PATTERN.test(param)) problems.push({ field, message: 'is not a query parameter name' });
    else if (NOT_FILTERS.has(param)) problems.push({ field, message: param === 'sort' ? 'belongs in sort, not in filters' : 'is paging, which a view does not keep' });
    else if (Array.isArray(value)) {
      if (value.length === 0 || value.length > FILTER_VALUES_MAX) problems.push({ field, message: `must hold 1 to ${FILTER_VALUES_MAX} values` });
      else if (!value.every((v) => typeof v === 'string' && v.length <= FILTER_VALUE_MAX)) {
        problems.push({ field, message: `must be strings of at most ${FILTER_VALUE_MAX} characters` });
      }
    } else if (typeof value !== 'string' || value.length > FILTER_VALUE_MAX) {
      problems.push({ field, message: `must be a string of at most ${FILTER_VALUE_MAX} characters, or a list of them` });
    }
  }
  return problems;
}

/** Whether `field` can be a column or (without its `-`) a sort of a view. */
export function isFieldName(field: string): boolean {
  return field.length <= PARAM_MAX && FIELD_PATTERN.test(field);
}

/** The custom field key a filter parameter, column or sort names (`cf.score[gte]`, `-cf.score` → `score`), or null. */
export function customFieldKeyOf(name: string): string | null {
  const match = /^-?cf\.([^[\]]+)(\[[a-z]+\])?$/.exec(name);
  return match ? match[1] : null;
}

/** Every custom field key a view names, in its filters, sort or columns. */
export function customFieldKeysOf(view: { filters: ViewFilters; sort: string | null; columns: string[] }): Set<string> {
  const names = [...Object.keys(view.filters), ...view.columns, ...(view.sort ? [view.sort] : [])];
  return new Set(names.map(customFieldKeyOf).filter((key): key is string => key !== null));
}

/**
 * The problems of custom fields a view names that `objectType` does not have (`known`: its field
 * keys), each naming where: `filters.<param>`, `sort` or `columns.<i>`.
 */
export function unknownFieldProblems(view: { filters: ViewFilters; sort: string | null; columns: string[] }, known: Set<string>): FieldError[] {
  const unknown = (name: string) => {
    const key = customFieldKeyOf(name);
    return key !== null && !known.has(key);
  };
  const message = 'names a custom field that does not exist';
  return [
    ...Object.keys(view.filters).filter(unknown).map((param) => ({ field: `filters.${param}`, message })),
    ...(view.sort && unknown(view.sort) ? [{ field: 'sort', message }] : []),
    ...view.columns.flatMap((column, i) => (unknown(column) ? [{ field: `columns.${i}`, message }] : [])),
  ];
}
