import CalendarMonthOutlined from '@mui/icons-material/CalendarMonthOutlined';
import ExpandMore from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import MenuList from '@mui/material/MenuList';
import Popover from '@mui/material/Popover';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type FormEvent, useId, useState } from 'react';
import { type DateRange, PRESETS, presetOf, presetRange, rangeLabel } from '../date-range';

interface DateRangePickerProps {
  value: DateRange;
  onChange(range: DateRange): void;
}

/** A button showing the period; its popover offers presets and a custom from–to. */
export function DateRangePicker({ value, onChange }: DateRangePickerProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [draft, setDraft] = useState(value);
  const popoverId = useId();
  const preset = presetOf(value);
  const presetLabel = preset ? PRESETS.find((p) => p.id === preset)!.label : 'Custom';
  const invalid = !draft.from || !draft.to || draft.from > draft.to;

  const open = (element: HTMLElement) => {
    setDraft(value);
    setAnchor(element);
  };
  const choose = (range: DateRange) => {
    onChange(range);
    setAnchor(null);
  };
  const applyCustom = (event: FormEvent) => {
    event.preventDefault();
    if (!invalid) choose(draft);
  };

  return (
    <>
      <Button
        variant="outlined"
        color="secondary"
        startIcon={<CalendarMonthOutlined />}
        endIcon={<ExpandMore />}
        aria-haspopup="dialog"
        aria-controls={anchor ? popoverId : undefined}
        // Every word shown, in order (WCAG 2.5.3, label in name), and the dates even where the screen is too narrow to show them.
        aria-label={`Period: ${presetLabel}, ${rangeLabel(value)}`}
        onClick={(event) => open(event.currentTarget)}
        sx={{ bgcolor: 'background.paper', borderColor: 'grey.300', whiteSpace: 'nowrap' }}
      >
        <Box component="span" sx={{ fontWeight: 600 }}>
          {presetLabel}
        </Box>{' '}
        <Box component="span" sx={{ color: 'text.secondary', fontWeight: 500, ml: 0.5, display: { xs: 'none', sm: 'inline' } }}>
          {rangeLabel(value)}
        </Box>
      </Button>
      <Popover
        id={popoverId}
        open={!!anchor}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { role: 'dialog', 'aria-label': 'Choose a period', sx: { mt: 1, width: 360, maxWidth: 'calc(100vw - 32px)', borderRadius: 3 } } }}
      >
        <MenuList dense autoFocusItem sx={{ py: 1 }}>
          {PRESETS.map((p) => (
            <MenuItem key={p.id} selected={p.id === preset} onClick={() => choose(presetRange(p.id))}>
              <ListItemText primary={p.label} secondary={rangeLabel(presetRange(p.id))} slotProps={{ secondary: { variant: 'caption' } }} />
            </MenuItem>
          ))}
        </MenuList>
        <Divider />
        <Box component="form" onSubmit={applyCustom} sx={{ p: 2, display: 'grid', gap: 1.5 }}>
          <Typography variant="subtitle2">Custom period</Typography>
          <Box sx={{ display: 'flex', gap: 1 }}>
            <TextField
              label="From"
              type="date"
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: draft.to || undefined } }}
              fullWidth
            />
            <TextField
              label="To"
              type="date"
              value={draft.to}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: draft.from || undefined } }}
              error={!!draft.from && !!draft.to && draft.from > draft.to}
              helperText={draft.from && draft.to && draft.from > draft.to ? 'must not be before From' : undefined}
              fullWidth
            />
          </Box>
          <Button type="submit" variant="contained" disabled={invalid}>
            Apply
          </Button>
        </Box>
      </Popover>
    </>
  );
}
