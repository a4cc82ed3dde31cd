import { ComingSoon } from '../../../lib/ui/coming-soon';

export function Component() {
  return <ComingSoon feature="Dashboard" description="Key numbers for contacts, deals, email campaigns and workflows will appear here." />;
}
