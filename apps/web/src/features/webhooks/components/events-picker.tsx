import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { EVENT_GROUPS, type WebhookEventType } from './event-types';

interface EventsPickerProps {
  value: string[];
  onChange(value: string[]): void;
  error?: string;
}

/** The event types by object; each object's box selects or clears all of its types (indeterminate when some are chosen). */
export function EventsPicker({ value, onChange, error }: EventsPickerProps) {
  const chosen = new Set(value);
  const toggle = (types: readonly WebhookEventType[], on: boolean) => {
    const next = new Set(chosen);
    for (const type of types) {
      if (on) next.add(type);
      else next.delete(type);
    }
    onChange(EVENT_GROUPS.flatMap((group) => group.types.filter((type) => next.has(type))));
  };
  return (
    <FormControl component="fieldset" error={Boolean(error)} variant="standard">
      <FormLabel component="legend">Events</FormLabel>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, rowGap: 1, mt: 1 }}>
        {EVENT_GROUPS.map((group) => {
          const count = group.types.filter((type) => chosen.has(type)).length;
          return (
            <Box key={group.object}>
              <FormControlLabel
                label={group.object}
                slotProps={{ typography: { variant: 'body2', sx: { fontWeight: 600 } } }}
                control={
                  <Checkbox
                    size="small"
                    checked={count === group.types.length}
                    indeterminate={count > 0 && count < group.types.length}
                    onChange={(event) => toggle(group.types, event.target.checked)}
                  />
                }
              />
              <Box sx={{ display: 'flex', flexDirection: 'column', ml: 3 }}>
                {group.types.map((type) => (
                  <FormControlLabel
                    key={type}
                    label={type}
                    slotProps={{ typography: { variant: 'body2', sx: { fontFamily: 'monospace' } } }}
                    control={<Checkbox size="small" checked={chosen.has(type)} onChange={(event) => toggle([type], event.target.checked)} />}
                  />
                ))}
              </Box>
            </Box>
          );
        })}
      </Box>
      <FormHelperText>{error ?? `${value.length} selected`}</FormHelperText>
    </FormControl>
  );
}
