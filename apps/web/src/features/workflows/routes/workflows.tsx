import { ComingSoon } from '../../../lib/ui/coming-soon';

export function Component() {
  return <ComingSoon feature="Workflows" description="This page will let you automate follow-ups with triggers, delays, emails and tag changes." />;
}
