import { type components, unwrap } from '@corral/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { DateRange } from '../date-range';
import { dashboardKeys } from './dashboard-keys';

export type Dashboard = components['schemas']['DashboardDto'];

export function getDashboard(range: DateRange) {
  return unwrap(api.GET('/api/dashboard', { params: { query: range } }));
}

export function dashboardQueryOptions(range: DateRange) {
  return queryOptions({ queryKey: dashboardKeys.summary(range), queryFn: () => getDashboard(range), placeholderData: keepPreviousData });
}

export function useDashboard(range: DateRange) {
  return useQuery(dashboardQueryOptions(range));
}
