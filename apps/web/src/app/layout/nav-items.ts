import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import ArticleOutlined from '@mui/icons-material/ArticleOutlined';
import BusinessOutlined from '@mui/icons-material/BusinessOutlined';
import CampaignOutlined from '@mui/icons-material/CampaignOutlined';
import DynamicFormOutlined from '@mui/icons-material/DynamicFormOutlined';
import FilterAltOutlined from '@mui/icons-material/FilterAltOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import SpaceDashboardOutlined from '@mui/icons-material/SpaceDashboardOutlined';
import ViewKanbanOutlined from '@mui/icons-material/ViewKanbanOutlined';
import type SvgIcon from '@mui/material/SvgIcon';

type SvgIconComponent = typeof SvgIcon;

export interface NavItem {
  label: string;
  path: string;
  icon: SvgIconComponent;
}

export interface NavSection {
  /** Shown above the items; the first section has none. */
  heading?: string;
  items: NavItem[];
}

export const NAV_SECTIONS: NavSection[] = [
  { items: [{ label: 'Dashboard', path: '/dashboard', icon: SpaceDashboardOutlined }] },
  {
    heading: 'CRM',
    items: [
      { label: 'Contacts', path: '/contacts', icon: PeopleAltOutlined },
      { label: 'Companies', path: '/companies', icon: BusinessOutlined },
      { label: 'Deals', path: '/deals', icon: ViewKanbanOutlined },
    ],
  },
  {
    heading: 'Marketing',
    items: [
      { label: 'Templates', path: '/templates', icon: ArticleOutlined },
      { label: 'Segments', path: '/segments', icon: FilterAltOutlined },
      { label: 'Campaigns', path: '/campaigns', icon: CampaignOutlined },
      { label: 'Forms', path: '/forms', icon: DynamicFormOutlined },
      { label: 'Workflows', path: '/workflows', icon: AccountTreeOutlined },
    ],
  },
];

export const SETTINGS_ITEM: NavItem = { label: 'Settings', path: '/settings', icon: SettingsOutlined };

export const ALL_NAV_ITEMS: NavItem[] = [...NAV_SECTIONS.flatMap((s) => s.items), SETTINGS_ITEM];
