import { ComingSoon } from '../../../lib/ui/coming-soon';

export function Component() {
  return <ComingSoon feature="Deals" description="This page will show your deals as a list and as a Kanban board per pipeline." />;
}
