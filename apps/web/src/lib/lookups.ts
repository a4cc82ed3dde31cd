import { unwrap } from '@corral/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './api';

/*
 * Lists that several features pick from (a campaign's template, a workflow step's owner, a
 * dashboard's or a workflow trigger's pipeline). One
 * page of each is plenty: accounts have tens of templates and users. The keys start with the
 * owning feature's root key ('templates', 'users', 'pipelines'), so the invalidation those features do after
 * a change refreshes the pickers too.
 */

export interface TemplateOption {
  id: string;
  name: string;
  subject: string;
  /** Null: the account's default sender (Settings → Email sending). */
  fromEmail: string | null;
}

export interface UserOption {
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'manager' | 'member';
  isActive: boolean;
}

export function useTemplateOptions() {
  return useQuery({
    queryKey: ['templates', 'options'],
    queryFn: () => unwrap(api.GET('/api/templates', { params: { query: { limit: 200, sort: 'name' } } })),
    select: (page): TemplateOption[] => page.data.map((t) => ({ id: t.id, name: t.name, subject: t.subject, fromEmail: t.fromEmail })),
  });
}

/**
 * Users, deactivated ones included (a campaign may still target their contacts; new assignments
 * leave them out). Only admins and managers may list users: pass `enabled: false` for a member.
 */
export function useUserOptions(enabled = true) {
  return useQuery({
    queryKey: ['users', 'options'],
    queryFn: () => unwrap(api.GET('/api/users', { params: { query: { limit: 200, sort: 'name' } } })),
    select: (page): UserOption[] => page.data.map((u) => ({ id: u.id, name: u.name, email: u.email, role: u.role, isActive: u.isActive })),
    enabled,
  });
}

/** Active users, whom new contacts and deals can be assigned to (same cache as useUserOptions). */
export function useActiveUserOptions(enabled = true) {
  const query = useUserOptions(enabled);
  return { ...query, data: query.data?.filter((user) => user.isActive) };
}

export interface WebhookEndpointOption {
  id: string;
  url: string;
  description: string;
  isActive: boolean;
}

/** Webhook endpoints (a workflow's “Send webhook” step): only admins may list them, so pass `enabled: false` for anyone else. */
export function useWebhookEndpointOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['webhook-endpoints', 'options'],
    queryFn: () => unwrap(api.GET('/api/webhook-endpoints')),
    select: (list): WebhookEndpointOption[] => list.data.map((e) => ({ id: e.id, url: e.url, description: e.description, isActive: e.isActive })),
    enabled,
  });
}

export interface PipelineOption {
  id: string;
  name: string;
  stages: { id: string; name: string }[];
}

/**
 * Every pipeline with its stages, default first (a workspace has a handful), as the API lists them.
 * The deals feature and the pipeline pickers share this one cache entry; the deals feature
 * invalidates its root key 'pipelines' after a pipeline change.
 */
export function pipelinesQueryOptions() {
  return queryOptions({
    queryKey: ['pipelines', 'list'] as const,
    queryFn: () => unwrap(api.GET('/api/pipelines', { params: { query: { limit: 200 } } })),
  });
}

/** Pipelines with their stage names, default first (same cache as pipelinesQueryOptions). */
export function usePipelineOptions() {
  return useQuery({
    ...pipelinesQueryOptions(),
    select: (page): PipelineOption[] => page.data.map((p) => ({ id: p.id, name: p.name, stages: p.stages.map((s) => ({ id: s.id, name: s.name })) })),
  });
}

/**
 * Tags in use, most used first, matching `search` (GET /api/contacts/tags), for pickers that
 * should offer only tags that exist. Same key as the contacts feature's tag counts, so a tag
 * change there refreshes the pickers.
 */
export function useTagOptions(search = '') {
  return useQuery({
    queryKey: ['contacts', 'tags', search],
    queryFn: () => unwrap(api.GET('/api/contacts/tags', { params: { query: search ? { search } : {} } })),
    select: (tags): string[] => tags.map((t) => t.tag),
    // The last options stay while the next search loads, so what was typed still finds them.
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export interface SegmentOption {
  id: string;
  name: string;
}

/** Saved segments by name, for the campaign builder and segment conditions (key under the segments feature's root). */
export function useSegmentOptions() {
  return useQuery({
    queryKey: ['segments', 'options'],
    queryFn: () => unwrap(api.GET('/api/segments', { params: { query: { limit: 200, sort: 'name' } } })),
    select: (page): SegmentOption[] => page.data.map((s) => ({ id: s.id, name: s.name })),
  });
}
