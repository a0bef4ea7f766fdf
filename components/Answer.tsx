// A page's answer from a query function: what the query returns rendered, a question it
// cannot answer as asked said in words (a 400's message), an unknown service or
// middleware as the segment's not-found page; anything else goes to the segment's error.tsx.
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { HttpError } from '@/lib/http/errors';

export async function Answer<T>({ load, children }: { load: () => Promise<T>; children: (answer: T) => ReactNode }) {
  let answer: T;
  try {
    answer = await load();
  } catch (err) {
    if (err instanceof HttpError && err.status === 404) notFound();
    if (err instanceof HttpError) return <p role="alert">{err.message}</p>;
    throw err;
  }
  return <>{children(answer)}</>;
}
