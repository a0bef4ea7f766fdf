import { toNextJsHandler } from 'better-auth/next-js';
import { signInHandler } from '@/lib/auth/auth';

export const dynamic = 'force-dynamic';

export const { GET, POST } = toNextJsHandler(signInHandler);
