'use client';
// Pages' writes to the JSON API (settings, alerts): call, refresh the server-rendered data
// on success, or show the API's error message where the user acted.
import { useRouter } from 'next/navigation';
import { useState } from 'react';

export async function callApi<T>(path: string, method: 'POST' | 'DELETE', body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new Error(answer.error ?? `${method} ${path}: ${res.status}`);
  return answer;
}

/** run(): calls the API; on success refreshes the page's data, on failure keeps the message in error. */
export function useApiAction() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await action();
      setError(null);
      router.refresh();
      return result;
    } catch (err) {
      setError((err as Error).message);
      return undefined;
    }
  }
  return { error, run };
}

export function ActionError({ error }: { error: string | null }) {
  return error === null ? null : (
    <p role="alert" className="error">
      {error}
    </p>
  );
}
