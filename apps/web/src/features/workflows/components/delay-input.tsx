import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Delay } from '../workflow-form';

interface DelayInputProps {
  value: Delay;
  onChange: (value: Delay) => void;
  /** "after the trigger" or "after the previous step". */
  after: string;
  error?: string;
  idPrefix: string;
}

const PARTS: { key: keyof Delay; label: string; max: number }[] = [
  { key: 'days', label: 'days', max: 365 },
  { key: 'hours', label: 'hours', max: 23 },
  { key: 'minutes', label: 'minutes', max: 59 },
];

/** "Wait [3] days [0] hours [0] minutes after …": the delay of a step in the units people think in. */
export function DelayInput({ value, onChange, after, error, idPrefix }: DelayInputProps) {
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary">
          Wait
        </Typography>
        {PARTS.map((part) => (
          <Box key={part.key} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <TextField
              id={`${idPrefix}-${part.key}`}
              type="number"
              value={value[part.key]}
              error={Boolean(error)}
              onChange={(e) => {
                const n = Math.max(0, Math.min(part.max, Math.floor(Number(e.target.value) || 0)));
                onChange({ ...value, [part.key]: n });
              }}
              slotProps={{ htmlInput: { min: 0, max: part.max, 'aria-label': `Delay ${part.label}`, style: { width: 44, textAlign: 'right' } } }}
            />
            <Typography variant="body2" color="text.secondary">
              {part.label}
            </Typography>
          </Box>
        ))}
        <Typography variant="body2" color="text.secondary">
          {after}
        </Typography>
      </Box>
      {error && (
        <Typography variant="caption" color="error" sx={{ display: 'block', mt: 0.5 }}>
          {error}
        </Typography>
      )}
    </Box>
  );
}
