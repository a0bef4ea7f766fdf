// The Python that runs the Django producer: Debian's, where python3-django,
// python3-uvicorn and python3-asgiref install (HOPSCOPE_PYTHON picks another).
import { execFileSync } from 'node:child_process';

export const PYTHON = process.env.HOPSCOPE_PYTHON ?? '/usr/bin/python3';

export const DJANGO_PACKAGES = 'python3-django python3-uvicorn python3-asgiref';

export function hasDjango(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import django, uvicorn, asgiref'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
