import { ComingSoon } from '../../../lib/ui/coming-soon';

export function Component() {
  return <ComingSoon feature="Contacts" description="This page will list your contacts with search, filters, tags, activities and CSV import and export." />;
}
