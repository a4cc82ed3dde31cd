import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlined';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { BrandLogo } from '../../../lib/ui/brand';

const HIGHLIGHTS = ['Contacts, companies and deal pipelines', 'Email campaigns with open and click tracking', 'Workflows that follow up for you'];

interface AuthLayoutProps {
  /** The page's one h1. */
  title: string;
  intro: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The frame of the signed-out pages (login, forgot and reset password): the form beside the product's promise. */
export function AuthLayout({ title, intro, children, footer }: AuthLayoutProps) {
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, bgcolor: 'background.paper' }}>
      <Box sx={{ display: 'flex', flexDirection: 'column', px: { xs: 3, sm: 6 }, py: 4 }}>
        <BrandLogo />
        <Box sx={{ flexGrow: 1, display: 'grid', placeItems: 'center' }}>
          <Box sx={{ width: '100%', maxWidth: 380, py: 6 }}>
            <Typography variant="h3" component="h1">
              {title}
            </Typography>
            <Typography variant="body1" sx={{ color: 'text.secondary', mt: 1, mb: 4 }}>
              {intro}
            </Typography>
            {children}
          </Box>
        </Box>
        {footer && (
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {footer}
          </Typography>
        )}
      </Box>
      <Box
        sx={{
          display: { xs: 'none', md: 'flex' },
          flexDirection: 'column',
          justifyContent: 'center',
          px: 8,
          color: 'common.white',
          background: 'radial-gradient(circle at 20% 15%, #6366f1 0%, transparent 45%), linear-gradient(150deg, #4338ca 0%, #312e81 100%)',
        }}
      >
        <Box sx={{ maxWidth: 440 }}>
          <Typography variant="h2" component="p" sx={{ fontWeight: 700, lineHeight: 1.2 }}>
            Your customers, deals and email in one place.
          </Typography>
          <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, mt: 4 }}>
            {HIGHLIGHTS.map((text) => (
              <Box component="li" key={text} sx={{ display: 'flex', alignItems: 'center', gap: 1.5, color: 'rgba(255,255,255,0.85)' }}>
                <CheckCircleOutline fontSize="small" sx={{ color: '#a5b4fc' }} />
                <Typography variant="body1">{text}</Typography>
              </Box>
            ))}
          </Stack>
        </Box>
      </Box>
    </Box>
  );
}
