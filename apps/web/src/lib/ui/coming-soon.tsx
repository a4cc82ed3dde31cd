import ConstructionOutlined from '@mui/icons-material/ConstructionOutlined';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { PageHeader } from './page-header';

interface ComingSoonProps {
  /** The feature's name, also the page title. */
  feature: string;
  /** One sentence on what the page will do. */
  description: string;
}

/** Stands in for a feature page that is not built yet, and says so plainly. */
export function ComingSoon({ feature, description }: ComingSoonProps) {
  return (
    <>
      <PageHeader title={feature} />
      <Paper variant="outlined" sx={{ py: 8, px: 3, textAlign: 'center', borderStyle: 'dashed', borderRadius: 3 }}>
        <Box
          sx={{
            width: 48,
            height: 48,
            mx: 'auto',
            mb: 2,
            borderRadius: 3,
            display: 'grid',
            placeItems: 'center',
            bgcolor: 'grey.100',
            color: 'grey.500',
          }}
        >
          <ConstructionOutlined />
        </Box>
        <Typography variant="h6" component="p">
          {feature} is not built yet
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1, maxWidth: 440, mx: 'auto' }}>
          {description}
        </Typography>
      </Paper>
    </>
  );
}
