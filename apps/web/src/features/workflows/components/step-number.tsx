import Box from '@mui/material/Box';

/** A step's number in its round badge; grey when the step is switched off. */
export function StepNumber({ index, enabled }: { index: number; enabled: boolean }) {
  return (
    <Box
      aria-hidden
      sx={{
        width: 28,
        height: 28,
        flexShrink: 0,
        borderRadius: '50%',
        display: 'grid',
        placeItems: 'center',
        fontSize: '0.8125rem',
        fontWeight: 700,
        bgcolor: enabled ? 'primary.main' : 'grey.300',
        color: 'primary.contrastText',
      }}
    >
      {index + 1}
    </Box>
  );
}
