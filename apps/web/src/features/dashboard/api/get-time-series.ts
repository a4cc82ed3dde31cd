import { type components, unwrap } from '@corral/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { DateRange } from '../date-range';
import { dashboardKeys } from './dashboard-keys';

export type TimeSeries = components['schemas']['TimeSeriesDto'];

export function getTimeSeries(range: DateRange, interval: 'day' | 'week') {
  return unwrap(api.GET('/api/dashboard/timeseries', { params: { query: { ...range, interval } } }));
}

export function timeSeriesQueryOptions(range: DateRange, interval: 'day' | 'week') {
  return queryOptions({
    queryKey: dashboardKeys.timeSeries(range, interval),
    queryFn: () => getTimeSeries(range, interval),
    placeholderData: keepPreviousData,
  });
}

export function useTimeSeries(range: DateRange, interval: 'day' | 'week') {
  return useQuery(timeSeriesQueryOptions(range, interval));
}
