import type { DateRange } from '../date-range';

/** Query keys of the dashboard feature. */
export const dashboardKeys = {
  all: ['dashboard'] as const,
  summary: (range: DateRange) => ['dashboard', 'summary', range] as const,
  timeSeries: (range: DateRange, interval: 'day' | 'week') => ['dashboard', 'time-series', range, interval] as const,
  pipeline: (range: DateRange, pipelineId: string | undefined) => ['dashboard', 'pipeline', range, pipelineId ?? 'default'] as const,
};
