import BusinessOutlined from '@mui/icons-material/BusinessOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import PersonOutline from '@mui/icons-material/PersonOutlineOutlined';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { SvgIconComponent } from '@mui/icons-material';
import { useEffect, useRef } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Deal } from '../api/keys';
import { formatMoney } from '../../../lib/format';
import { formatDay, today } from '../format';
import { OwnerAvatar } from './owner-avatar';

function Detail({ icon: Icon, text }: { icon: SvgIconComponent; text: string }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 0, color: 'text.secondary' }}>
      <Icon sx={{ fontSize: 15, flexShrink: 0, color: 'grey.400' }} />
      <Typography variant="body2" noWrap sx={{ fontSize: '0.78rem' }}>
        {text}
      </Typography>
    </Box>
  );
}

interface DealCardProps {
  deal: Deal;
  dragging?: boolean;
  /** The element telling screen reader users how to drag with the keyboard, read with the title. */
  dragInstructionsId?: string;
  /** Focus the title on mount if nothing holds the focus: the card was just moved here by keyboard. */
  refocus?: boolean;
}

/** A deal on the board: what it is, what it is worth, who it is with, who owns it, when it should close. */
export function DealCard({ deal, dragging = false, dragInstructionsId, refocus = false }: DealCardProps) {
  const overdue = deal.closeDate !== null && deal.closeDate < today();
  const title = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    // Only when the focus was lost with the old card: never take it from a field the user moved to.
    if (refocus && (document.activeElement === null || document.activeElement === document.body)) title.current?.focus();
  }, [refocus]);

  return (
    <Paper
      component="article"
      variant="outlined"
      aria-label={deal.title}
      sx={{
        p: 1.5,
        borderRadius: 2,
        bgcolor: 'background.paper',
        cursor: 'grab',
        transition: 'box-shadow 120ms, border-color 120ms',
        borderColor: dragging ? 'primary.light' : 'grey.200',
        boxShadow: dragging ? '0 12px 28px -10px rgba(15,23,42,0.35)' : '0 1px 2px rgba(15,23,42,0.04)',
        transform: dragging ? 'rotate(1.5deg)' : undefined,
        '&:hover': { borderColor: 'grey.300', boxShadow: '0 4px 12px -6px rgba(15,23,42,0.18)' },
      }}
    >
      <Link
        ref={title}
        component={RouterLink}
        to={`/deals/${deal.id}`}
        aria-describedby={dragInstructionsId}
        underline="hover"
        color="text.primary"
        variant="subtitle2"
        sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', lineHeight: 1.35 }}
      >
        {deal.title}
      </Link>
      <Typography variant="body1" sx={{ fontWeight: 700, mt: 0.5, fontVariantNumeric: 'tabular-nums' }}>
        {formatMoney(deal.value, deal.currency)}
      </Typography>
      {(deal.contact || deal.company) && (
        <Box sx={{ mt: 1, display: 'grid', gap: 0.25 }}>
          {deal.contact && <Detail icon={PersonOutline} text={deal.contact.name} />}
          {deal.company && <Detail icon={BusinessOutlined} text={deal.company.name} />}
        </Box>
      )}
      <Box sx={{ mt: 1.25, pt: 1, borderTop: 1, borderColor: 'grey.100', display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <OwnerAvatar owner={deal.assignedTo} size={22} />
        {deal.closeDate ? (
          <Box
            title={overdue ? 'Expected close date has passed' : 'Expected close date'}
            sx={{ display: 'flex', alignItems: 'center', gap: 0.5, color: overdue ? 'error.main' : 'text.secondary' }}
          >
            <EventOutlined sx={{ fontSize: 14 }} />
            <Typography variant="caption" sx={{ fontWeight: overdue ? 600 : 500 }}>
              {formatDay(deal.closeDate)}
            </Typography>
          </Box>
        ) : (
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            No close date
          </Typography>
        )}
      </Box>
    </Paper>
  );
}
