import { NotFound } from '@/components/NotFound';

export default function NotFoundPage() {
  return <NotFound what="There is no page at this address." back={{ label: 'Services', href: '/' }} />;
}
