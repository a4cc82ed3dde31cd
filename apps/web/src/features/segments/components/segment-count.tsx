import Skeleton from '@mui/material/Skeleton';
import { useSegmentCount } from '../api/segments';

/** A saved segment's live count (contacts the caller may see). */
export function SegmentCount({ id }: { id: string }) {
  const count = useSegmentCount(id);
  if (count.isError) return <>—</>;
  return count.data ? <>{count.data.count.toLocaleString()}</> : <Skeleton width={40} sx={{ display: 'inline-block' }} />;
}
