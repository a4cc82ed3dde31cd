import { Caller, scopeToOwner } from '../../common/access/access-policy';
import { escapeLike } from '../../common/sql';
import { CustomFieldFilter, customFieldConditions } from '../fields/custom-field-filters';
import { ContactStatus } from './entities/contact.entity';

/**
 * Which contacts a list, count, search, export, bulk action or campaign audience means. It is the one
 * description of "these contacts" the product has: every module that selects contacts builds its
 * WHERE clause from it with `contactWhere`, so visibility cannot be forgotten on one of them and a new
 * kind of condition (custom fields, segments) is added here once.
 */
export interface ContactFilter {
  search?: string;
  statuses?: ContactStatus[];
  /** Contacts with none of these statuses (a campaign audience leaves archived contacts out). */
  excludeStatuses?: ContactStatus[];
  /** All of these tags (lower-case). */
  tags?: string[];
  /** At least one of these tags (lower-case). */
  anyTags?: string[];
  companyId?: string;
  /** A user id, or null for unassigned contacts. */
  assignedToId?: string | null;
  /** Visibility: when set, only the contacts this caller may see exist (the access policy). */
  visibleTo?: Caller;
  ids?: string[];
  /** Conditions on custom fields (`cf.*` of the list), checked by FieldsService.resolveFilters. */
  customFields?: CustomFieldFilter[];
  /** A condition built by another module (a segment's definition), over `contact c`. */
  condition?: ContactCondition;
}

/** SQL over `contact c` that numbers its own parameters through `param` (which returns the placeholder). */
export interface ContactCondition {
  sql(param: (value: unknown) => string): string;
}

export interface ContactWhere {
  /** `WHERE …`, or '' without conditions. */
  sql: string;
  /** The conditions joined by AND (`true` without any), to extend a WHERE clause of the caller's. */
  conditions: string;
  params: unknown[];
  /** How many conditions it has (the list's count strategy depends on it). */
  predicates: number;
}

/** Must stay identical to the expression of the `contact_search_trgm` index (migration 1764000100000). */
const SEARCH_EXPRESSION = `(c.first_name || ' ' || c.last_name || ' ' || c.email)`;

/** The conditions of `filter` over `contact c`, with parameters numbered from `startAt`. */
export function contactWhere(filter: ContactFilter, startAt = 1): ContactWhere {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${startAt + params.length - 1}`;
  };
  const scope = filter.visibleTo ? scopeToOwner('c', filter.visibleTo, param) : '';
  if (scope) clauses.push(scope);
  if (filter.ids) clauses.push(`c.id = ANY(${param(filter.ids)}::uuid[])`);
  const search = filter.search?.trim();
  if (search) clauses.push(`${SEARCH_EXPRESSION} ILIKE ${param(`%${escapeLike(search)}%`)}`);
  if (filter.statuses?.length) clauses.push(`c.status = ANY(${param(filter.statuses)}::varchar[])`);
  if (filter.excludeStatuses?.length) clauses.push(`c.status <> ALL(${param(filter.excludeStatuses)}::varchar[])`);
  if (filter.tags?.length) clauses.push(`c.tags @> ${param(filter.tags)}::text[]`);
  if (filter.anyTags?.length) clauses.push(`c.tags && ${param(filter.anyTags)}::text[]`);
  if (filter.companyId) clauses.push(`c.company_id = ${param(filter.companyId)}::uuid`);
  if (filter.assignedToId === null) clauses.push('c.assigned_to_id IS NULL');
  else if (filter.assignedToId) clauses.push(`c.assigned_to_id = ${param(filter.assignedToId)}::uuid`);
  if (filter.customFields?.length) clauses.push(...customFieldConditions('c', filter.customFields, param));
  if (filter.condition) clauses.push(`(${filter.condition.sql(param)})`);
  const conditions = clauses.join(' AND ');
  return { sql: conditions ? `WHERE ${conditions}` : '', conditions: conditions || 'true', params, predicates: clauses.length };
}
