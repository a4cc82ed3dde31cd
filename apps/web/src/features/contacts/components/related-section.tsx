import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactElement, ReactNode } from 'react';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';

interface RelatedSectionProps<T> {
  title: string;
  icon: ReactElement;
  query: UseQueryResult<{ data: T[]; total: number }>;
  empty: string;
  children(items: T[]): ReactNode;
}

/** A card on the contact page for records another module keeps (deals, emails, workflow runs). */
export function RelatedSection<T>({ title, icon, query, empty, children }: RelatedSectionProps<T>) {
  const page = query.data;
  return (
    <Card component="section" aria-label={title}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1.5, color: 'text.secondary' }}>
          {icon}
          <Typography variant="subtitle1" component="h2" sx={{ color: 'text.primary', flexGrow: 1 }}>
            {title}
          </Typography>
          {page && page.total > 0 && (
            <Typography variant="caption" sx={{ color: 'text.secondary' }}>
              {page.total}
            </Typography>
          )}
        </Box>
        {query.isPending && <Skeleton variant="rounded" height={48} />}
        {query.isError && <QueryErrorAlert query={query} />}
        {page && page.data.length === 0 && (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {empty}
          </Typography>
        )}
        {page && page.data.length > 0 && children(page.data)}
      </CardContent>
    </Card>
  );
}

export function RelatedRow({ primary, secondary, trailing }: { primary: ReactNode; secondary?: ReactNode; trailing?: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, py: 1, borderTop: 1, borderColor: 'divider', '&:first-of-type': { borderTop: 0, pt: 0 } }}>
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Typography variant="subtitle2" noWrap>
          {primary}
        </Typography>
        {secondary && (
          <Typography variant="caption" sx={{ color: 'text.secondary' }} noWrap component="div">
            {secondary}
          </Typography>
        )}
      </Box>
      {trailing}
    </Box>
  );
}
