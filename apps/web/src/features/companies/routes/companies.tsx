import { ComingSoon } from '../../../lib/ui/coming-soon';

export function Component() {
  return <ComingSoon feature="Companies" description="This page will list the companies you work with and the contacts and deals of each." />;
}
