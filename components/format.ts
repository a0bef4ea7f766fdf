// Number formatting for the pages: every figure carries its unit.
import type { Resource } from '@/lib/query/types';

/** A resource that can bound throughput, in words. */
export const RESOURCE_NAMES: Record<Resource, string> = {
  'event-loop': 'the event loop',
  'thread-pool': 'the thread pool',
  cpu: 'the CPU',
  'sync-thread': 'the shared sync thread',
};

export function formatMs(ms: number | null): string {
  if (ms === null) return '—';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  return `${(ms * 1000).toFixed(0)} µs`;
}

export function formatRps(rps: number | null): string {
  if (rps === null) return '—';
  return rps >= 100 ? `${Math.round(rps).toLocaleString('en')} req/s` : `${rps.toFixed(1)} req/s`;
}

export function formatShare(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(1)} %`;
}

export function formatCount(n: number | null, digits = 0): string {
  return n === null ? '—' : n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function formatTime(iso: string): string {
  return new Date(iso).toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
}
