import { alpha, createTheme } from '@mui/material/styles';

const brand = { main: '#4f46e5', light: '#818cf8', dark: '#4338ca', contrastText: '#ffffff' };
const neutral = {
  50: '#f8fafc',
  100: '#f1f5f9',
  200: '#e2e8f0',
  300: '#cbd5e1',
  400: '#94a3b8',
  500: '#64748b',
  600: '#475569',
  700: '#334155',
  800: '#1e293b',
  900: '#0f172a',
};

const fontFamily = [
  '"Inter Variable"',
  'Inter',
  'ui-sans-serif',
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  '"Liberation Sans"',
  'Arial',
  'sans-serif',
].join(',');

/** One brand colour (indigo) on a slate neutral scale, compact controls, soft borders instead of shadows. */
export const theme = createTheme({
  palette: {
    mode: 'light',
    primary: brand,
    secondary: { main: neutral[700] },
    // The 700 shades of Tailwind's green, amber and sky: white text on a filled chip, button or
    // alert, and the colour as text on white, need 4.5:1 (the 600 shades give 3.3, 3.2 and 4.1).
    success: { main: '#15803d' },
    warning: { main: '#b45309' },
    error: { main: '#dc2626' },
    info: { main: '#0369a1' },
    grey: neutral,
    // Secondary text sits on white and on the grey.50/grey.100 washes of columns, table heads and
    // selected rows: slate 500 gives 4.3:1 on grey.100, slate 600 keeps 6.9:1. Disabled text is also
    // what pages use for empty values ("—", "None", zero counts), which must stay readable (4.5:1 on
    // white), so it is slate 500 rather than MUI's 38 % black (2.7:1).
    text: { primary: neutral[900], secondary: neutral[600], disabled: neutral[500] },
    divider: neutral[200],
    background: { default: neutral[50], paper: '#ffffff' },
    action: { hover: alpha(neutral[500], 0.06), selected: alpha(brand.main, 0.08) },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily,
    fontSize: 14,
    h1: { fontSize: '2rem', fontWeight: 700, letterSpacing: '-0.02em' },
    h2: { fontSize: '1.75rem', fontWeight: 700, letterSpacing: '-0.02em' },
    h3: { fontSize: '1.5rem', fontWeight: 700, letterSpacing: '-0.01em' },
    h4: { fontSize: '1.375rem', fontWeight: 650, letterSpacing: '-0.01em' },
    h5: { fontSize: '1.125rem', fontWeight: 650 },
    h6: { fontSize: '1rem', fontWeight: 650 },
    subtitle1: { fontWeight: 600 },
    subtitle2: { fontWeight: 600, fontSize: '0.8125rem' },
    body2: { fontSize: '0.8125rem' },
    overline: { fontWeight: 600, letterSpacing: '0.08em', fontSize: '0.6875rem' },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  components: {
    MuiCssBaseline: {
      styleOverrides: {
        body: { WebkitFontSmoothing: 'antialiased', MozOsxFontSmoothing: 'grayscale' },
      },
    },
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: { root: { borderRadius: 8, paddingInline: 14 }, sizeSmall: { paddingInline: 10 } },
    },
    MuiPaper: {
      defaultProps: { elevation: 0 },
      styleOverrides: { outlined: { borderColor: neutral[200] } },
    },
    MuiCard: {
      defaultProps: { variant: 'outlined' },
      styleOverrides: { root: { borderRadius: 12 } },
    },
    MuiAppBar: {
      defaultProps: { elevation: 0, color: 'inherit' },
      styleOverrides: { root: { backgroundColor: '#ffffff', borderBottom: `1px solid ${neutral[200]}` } },
    },
    MuiDrawer: {
      styleOverrides: { paper: { borderRight: `1px solid ${neutral[200]}`, backgroundColor: '#ffffff' } },
    },
    MuiListItemButton: {
      styleOverrides: {
        root: {
          borderRadius: 8,
          color: neutral[600],
          '&.Mui-selected': {
            backgroundColor: alpha(brand.main, 0.08),
            color: brand.dark,
            '& .MuiListItemIcon-root': { color: brand.main },
          },
          '&.Mui-selected:hover': { backgroundColor: alpha(brand.main, 0.12) },
        },
      },
    },
    MuiListItemIcon: { styleOverrides: { root: { minWidth: 34, color: neutral[400] } } },
    MuiTableCell: {
      styleOverrides: {
        root: { borderBottomColor: neutral[100] },
        head: {
          color: neutral[500],
          fontWeight: 600,
          fontSize: '0.75rem',
          textTransform: 'uppercase',
          letterSpacing: '0.04em',
          backgroundColor: neutral[50],
          borderBottomColor: neutral[200],
        },
      },
    },
    MuiChip: { styleOverrides: { root: { fontWeight: 600 }, sizeSmall: { height: 22, fontSize: '0.75rem' } } },
    MuiTab: { styleOverrides: { root: { textTransform: 'none', fontWeight: 600, minHeight: 44 } } },
    MuiTabs: { styleOverrides: { root: { minHeight: 44 } } },
    MuiTextField: { defaultProps: { size: 'small' } },
    MuiOutlinedInput: { styleOverrides: { root: { backgroundColor: '#ffffff' }, notchedOutline: { borderColor: neutral[300] } } },
    MuiDialog: { styleOverrides: { paper: { borderRadius: 14 } } },
    MuiDialogTitle: { styleOverrides: { root: { fontSize: '1.125rem', fontWeight: 650 } } },
    MuiTooltip: { styleOverrides: { tooltip: { backgroundColor: neutral[800], fontSize: '0.75rem' } } },
    MuiMenuItem: { styleOverrides: { root: { fontSize: '0.875rem', minHeight: 38 } } },
    MuiMenu: { styleOverrides: { paper: { border: `1px solid ${neutral[200]}`, boxShadow: '0 10px 30px -12px rgba(15,23,42,0.25)' } } },
  },
});
