import ScheduleOutlined from '@mui/icons-material/ScheduleOutlined';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
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

const PARTS: { key: keyof Delay; unit: string; label: string; max: number }[] = [
  { key: 'days', unit: 'd', label: 'days', max: 365 },
  { key: 'hours', unit: 'h', label: 'hours', max: 23 },
  { key: 'minutes', unit: 'min', label: 'minutes', max: 59 },
];

/** "Wait [3 d] [0 h] [0 min] after …": the delay of a step in the units people think in. */
export function DelayInput({ value, onChange, after, error, idPrefix }: DelayInputProps) {
  const none = value.days === 0 && value.hours === 0 && value.minutes === 0;
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <ScheduleOutlined fontSize="small" sx={{ color: none ? 'grey.400' : 'primary.main' }} />
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          Wait
        </Typography>
        {PARTS.map((part) => (
          <TextField
            key={part.key}
            id={`${idPrefix}-${part.key}`}
            type="number"
            value={value[part.key]}
            error={Boolean(error)}
            onChange={(e) => {
              const n = Math.max(0, Math.min(part.max, Math.floor(Number(e.target.value) || 0)));
              onChange({ ...value, [part.key]: n });
            }}
            sx={{
              width: part.key === 'minutes' ? 92 : 76,
              // The browser's spin arrows crowd a two-digit field; arrow keys still step the value.
              '& input': { py: 0.75, textAlign: 'right', MozAppearance: 'textfield' },
              '& input::-webkit-inner-spin-button, & input::-webkit-outer-spin-button': { WebkitAppearance: 'none', m: 0 },
            }}
            slotProps={{
              input: { endAdornment: <InputAdornment position="end">{part.unit}</InputAdornment> },
              htmlInput: { min: 0, max: part.max, 'aria-label': `Delay ${part.label}` },
            }}
          />
        ))}
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
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
