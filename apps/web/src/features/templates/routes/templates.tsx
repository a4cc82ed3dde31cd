import { ComingSoon } from '../../../lib/ui/coming-soon';

export function Component() {
  return <ComingSoon feature="Templates" description="This page will hold your email templates with merge tags and a live preview." />;
}
