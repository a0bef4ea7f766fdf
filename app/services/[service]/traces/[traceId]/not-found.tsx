import { NotFound } from '@/components/NotFound';

export default function TraceNotFound() {
  return (
    <NotFound
      what="No sampled request with that trace id is kept (sampled requests are kept for HOPSCOPE_EXEMPLAR_RETENTION_DAYS)."
      back={{ label: 'Services', href: '/' }}
    />
  );
}
