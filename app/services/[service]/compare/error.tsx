'use client';
// The segment's error boundary: components/ErrorPanel.tsx.
export { ErrorPanel as default } from '@/components/ErrorPanel';
