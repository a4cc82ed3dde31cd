import { NotFoundException } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { UserRole } from '../../modules/users/entities/user.entity';
import type { ApiScope } from '../decorators/scope-area.decorator';

/**
 * Who is asking: a signed-in user, or an API key acting as a user with the key's role; either way
 * every rule below decides from the role and the id, never from a session.
 */
export interface Caller {
  id: string;
  role: UserRole;
  /** The API key the request came with, if any: its scopes are checked by the guard, its name attributes activities. */
  apiKey?: { id: string; name: string; scopes: ApiScope[] };
}

/**
 * The one rule of member visibility: a member sees only the contacts and deals assigned to them
 * (and what hangs off those: deals' history, email logs, activities, workflow runs, figures);
 * managers and admins see everything. Every list, search, export, board, dashboard figure,
 * email log and activity feed narrows through the functions of this file (the member-visibility
 * e2e suite walks the OpenAPI document to prove it).
 *
 * `confinedToOwner` is the user a caller is confined to, or undefined when they see everything;
 * called directly only where the confinement must outlive the request (an import job stores it
 * for the worker, which has no caller).
 */
export function confinedToOwner(caller: Caller): string | undefined {
  return caller.role === 'member' ? caller.id : undefined;
}

/** Whether the caller sees everything, i.e. no query of theirs needs narrowing. */
export function seesEverything(caller: Caller): boolean {
  return confinedToOwner(caller) === undefined;
}

/** Whether the caller may see a record assigned to `ownerId` (null: nobody's). */
export function maySeeOwnedBy(caller: Caller, ownerId: string | null | undefined): boolean {
  return withinConfinement(confinedToOwner(caller), ownerId);
}

/** The same rule for a confinement stored earlier from `confinedToOwner` (null or undefined: none). */
export function withinConfinement(confinedTo: string | null | undefined, ownerId: string | null | undefined): boolean {
  return !confinedTo || ownerId === confinedTo;
}

/**
 * Contacts and deals both say whom they belong to in this column; only this file names it, so a
 * change of who owns what (teams, shared records) is made here.
 */
const OWNER_COLUMN = 'assigned_to_id';

function ownerColumn(alias: string): string {
  return alias ? `${alias}.${OWNER_COLUMN}` : OWNER_COLUMN;
}

/**
 * The SQL condition narrowing a query over contacts or deals (`alias`: the table's alias in the
 * query, '' when the query names the table alone) to what the caller may see, or '' when they
 * see everything. `params` is either the positional parameter list of the query (the caller's id
 * is pushed and referenced as `$n`) or a function that adds a parameter and returns its
 * placeholder, for builders with their own numbering.
 */
export function scopeToOwner(alias: string, caller: Caller, params: unknown[] | ((value: string) => string)): string {
  const owner = confinedToOwner(caller);
  if (owner === undefined) return '';
  if (typeof params === 'function') return `${ownerColumn(alias)} = ${params(owner)}`;
  params.push(owner);
  return `${ownerColumn(alias)} = $${params.length}::uuid`;
}

/** `scopeToOwner` ready to follow another condition: ' AND <condition>', or ''. */
export function andScopeToOwner(alias: string, caller: Caller, params: unknown[] | ((value: string) => string)): string {
  const condition = scopeToOwner(alias, caller, params);
  return condition ? ` AND ${condition}` : '';
}

/** `scopeToOwner` ready to start a WHERE clause: ' WHERE <condition>', or ''. */
export function whereScopeToOwner(alias: string, caller: Caller, params: unknown[]): string {
  const condition = scopeToOwner(alias, caller, params);
  return condition ? ` WHERE ${condition}` : '';
}

/** Narrows a TypeORM query builder over contacts or deals (`alias` like `d`) the same way. */
export function scopeQueryToOwner<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, caller: Caller): SelectQueryBuilder<T> {
  const owner = confinedToOwner(caller);
  return owner === undefined ? qb : qb.andWhere(`${ownerColumn(alias)} = :accessOwnerId`, { accessOwnerId: owner });
}

/**
 * The record when the caller may see it; 404 otherwise, worded like a missing record, so a member
 * never learns that someone else's record exists.
 */
export function assertVisible<T extends { assignedToId: string | null }>(caller: Caller, kind: AccessKind, id: string, record: T | null | undefined): T {
  if (!record || !maySeeOwnedBy(caller, record.assignedToId)) throw notFound(kind, id);
  return record;
}

/** What single-record checks are about; the word is the one 404 messages name. */
export type AccessKind = 'Contact' | 'Deal' | 'Workflow execution' | 'Import';

export function notFound(kind: AccessKind, id: string): NotFoundException {
  return new NotFoundException(`${kind} ${id} not found`);
}
