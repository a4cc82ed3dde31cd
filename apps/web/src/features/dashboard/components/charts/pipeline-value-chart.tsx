import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import type { PipelineBreakdown } from '../../api/get-pipeline-breakdown';
import { formatCompactMoney } from '../../../../lib/format';
import { formatCount, formatSummaryMoney } from '../../format';
import { EmptyState } from '../panel';

/** Deal value per stage: working stages in the brand colour, won in green, lost in red. */
export function PipelineValueChart({ breakdown }: { breakdown: PipelineBreakdown }) {
  const theme = useTheme();
  const stages = breakdown.stages;
  if (!stages.some((s) => s.count > 0)) return <EmptyState height={260}>No deals in this pipeline yet</EmptyState>;

  const colorOf = (outcome: string | null) =>
    outcome === 'won' ? theme.palette.success.main : outcome === 'lost' ? theme.palette.error.light : theme.palette.primary.main;
  const names = stages.map((s) => s.name);
  return (
    <BarChart
      height={260}
      margin={{ left: 0, right: 8, top: 16, bottom: 0 }}
      grid={{ horizontal: true }}
      hideLegend
      borderRadius={6}
      xAxis={[
        {
          scaleType: 'band',
          data: names,
          categoryGapRatio: 0.35,
          tickLabelStyle: { fontSize: 11 },
          colorMap: { type: 'ordinal', values: names, colors: stages.map((s) => colorOf(s.outcome)) },
        },
      ]}
      yAxis={[{ valueFormatter: (v: number) => formatCompactMoney(v), tickLabelStyle: { fontSize: 11 }, width: 56 }]}
      series={[
        {
          id: 'value',
          label: 'Value',
          data: stages.map((s) => s.value),
          valueFormatter: (v, { dataIndex }) => `${formatSummaryMoney(v ?? 0)} · ${formatCount(stages[dataIndex].count)} ${stages[dataIndex].count === 1 ? 'deal' : 'deals'}`,
        },
      ]}
    />
  );
}
