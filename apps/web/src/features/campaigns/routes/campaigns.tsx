import { ComingSoon } from '../../../lib/ui/coming-soon';

export function Component() {
  return <ComingSoon feature="Campaigns" description="This page will let you send email campaigns to a segment of contacts and follow their results." />;
}
