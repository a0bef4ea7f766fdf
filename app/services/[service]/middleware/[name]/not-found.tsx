import { NotFound } from '@/components/NotFound';

export default function MiddlewareNotFound() {
  return <NotFound what="The service has no middleware of that name." back={{ label: 'Services', href: '/' }} />;
}
