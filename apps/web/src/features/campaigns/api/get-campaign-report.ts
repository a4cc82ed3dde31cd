import { type components, unwrap } from '@corral/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignsKeys } from './campaigns-keys';

export type EmailLog = components['schemas']['EmailLogDto'];
export type EmailLogStatus = EmailLog['status'];

export interface LogsQuery {
  status?: EmailLogStatus;
  search?: string;
  limit: number;
  offset: number;
}

export function getCampaignLogs(id: string, query: LogsQuery) {
  return unwrap(api.GET('/api/campaigns/{id}/logs', { params: { path: { id }, query } }));
}

export function getCampaignTimeline(id: string) {
  return unwrap(api.GET('/api/campaigns/{id}/timeline', { params: { path: { id } } }));
}

export function getCampaignLinks(id: string) {
  return unwrap(api.GET('/api/campaigns/{id}/links', { params: { path: { id } } }));
}

export function getUnsubscribeReasons(id: string) {
  return unwrap(api.GET('/api/campaigns/{id}/unsubscribe-reasons', { params: { path: { id } } }));
}

type Refresh = number | false;

export function useCampaignLogs(id: string, query: LogsQuery, refetchInterval: Refresh) {
  return useQuery({ queryKey: campaignsKeys.report(id, 'logs', query), queryFn: () => getCampaignLogs(id, query), placeholderData: keepPreviousData, refetchInterval });
}

export function useCampaignTimeline(id: string, refetchInterval: Refresh) {
  return useQuery({ queryKey: campaignsKeys.report(id, 'timeline'), queryFn: () => getCampaignTimeline(id), refetchInterval });
}

export function useUnsubscribeReasons(id: string, refetchInterval: Refresh) {
  return useQuery({ queryKey: campaignsKeys.report(id, 'unsubscribe-reasons'), queryFn: () => getUnsubscribeReasons(id), refetchInterval });
}

export function useCampaignLinks(id: string, refetchInterval: Refresh) {
  return useQuery({ queryKey: campaignsKeys.report(id, 'links'), queryFn: () => getCampaignLinks(id), refetchInterval });
}
