import Cancel from '@mui/icons-material/Cancel';
import LocalOfferOutlined from '@mui/icons-material/LocalOfferOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';

interface TagChipsProps {
  tags: string[];
  /** Keep to one line (table cells); otherwise chips wrap. */
  nowrap?: boolean;
  /** Show at most this many, then "+N". */
  max?: number;
  onDelete?: (tag: string) => void;
}

export function TagChips({ tags, max = tags.length, onDelete, nowrap }: TagChipsProps) {
  const shown = tags.slice(0, max);
  const hidden = tags.slice(max);
  return (
    <Box sx={{ display: 'flex', flexWrap: nowrap ? 'nowrap' : 'wrap', gap: 0.5 }}>
      {shown.map((tag) => (
        <Chip
          key={tag}
          size="small"
          variant="outlined"
          icon={<LocalOfferOutlined sx={{ fontSize: 14 }} />}
          label={tag}
          onDelete={onDelete ? () => onDelete(tag) : undefined}
          deleteIcon={onDelete ? <Cancel aria-label={`Remove tag ${tag}`} /> : undefined}
          sx={{ borderRadius: 1.5, borderColor: 'grey.300', color: 'grey.700', maxWidth: nowrap ? 96 : undefined, '& .MuiChip-icon': { color: 'grey.400' } }}
        />
      ))}
      {hidden.length > 0 && (
        <Tooltip title={hidden.join(', ')}>
          <Chip size="small" label={`+${hidden.length}`} sx={{ borderRadius: 1.5, bgcolor: 'grey.100', color: 'grey.600', flexShrink: 0 }} />
        </Tooltip>
      )}
    </Box>
  );
}
