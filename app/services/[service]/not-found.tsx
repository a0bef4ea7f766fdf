import { NotFound } from '@/components/NotFound';

export default function ServiceNotFound() {
  return (
    <NotFound what="No service of that name has sent data to this dashboard." back={{ label: 'Services', href: '/' }} />
  );
}
