import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/** The Corral mark: a rounded square with a loop, drawn inline so it needs no asset request. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <Box component="svg" viewBox="0 0 32 32" sx={{ width: size, height: size, flexShrink: 0 }} aria-hidden>
      <defs>
        <linearGradient id="corral-mark" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#6366f1" />
          <stop offset="1" stopColor="#4338ca" />
        </linearGradient>
      </defs>
      <rect width="32" height="32" rx="9" fill="url(#corral-mark)" />
      <path d="M21.5 11.2a7 7 0 1 0 0 9.6" fill="none" stroke="#fff" strokeWidth="2.8" strokeLinecap="round" />
      <circle cx="21.6" cy="16" r="1.9" fill="#c7d2fe" />
    </Box>
  );
}

export function BrandLogo() {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25 }}>
      <BrandMark />
      <Typography component="span" sx={{ fontWeight: 700, fontSize: '1.125rem', letterSpacing: '-0.02em', color: 'text.primary' }}>
        Corral
      </Typography>
    </Box>
  );
}
