import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';

interface SelectAllBannerProps {
  /** Rows selected on this page (all of them, or the banner is not shown). */
  pageCount: number;
  /** Every contact matching the filters, as shown ("1,234", "about 12,000"). */
  totalLabel: string;
  /** Whether the selection is already every matching contact. */
  allMatching: boolean;
  onSelectAll(): void;
  onClear(): void;
}

/**
 * Gmail's way out of the page: once a whole page is selected, one click widens the selection to
 * every contact the filters match, on pages not loaded; the bulk actions then send the filters.
 */
export function SelectAllBanner({ pageCount, totalLabel, allMatching, onSelectAll, onClear }: SelectAllBannerProps) {
  return (
    <Box role="status" sx={{ display: 'flex', justifyContent: 'center', alignItems: 'center', gap: 1, flexWrap: 'wrap', px: 2, py: 0.75, bgcolor: 'grey.50', borderBottom: 1, borderColor: 'divider' }}>
      {allMatching ? (
        <>
          <Typography variant="body2">All {totalLabel} matching contacts are selected.</Typography>
          <Button size="small" onClick={onClear}>
            Clear selection
          </Button>
        </>
      ) : (
        <>
          <Typography variant="body2">
            All {pageCount} contact{pageCount === 1 ? '' : 's'} on this page are selected.
          </Typography>
          <Button size="small" onClick={onSelectAll}>
            Select all {totalLabel} matching contacts
          </Button>
        </>
      )}
    </Box>
  );
}
