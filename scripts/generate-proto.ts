// Compiles lib/otlp/proto/*.proto into the static protobufjs decoder the receiver uses.
// Static code (not reflection at run time) is what Langfuse's OTLP route runs, and it is
// the fastest decoder protobufjs has.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const PROTO_DIR = path.join(ROOT, 'lib', 'otlp', 'proto');
const OUT_DIR = path.join(ROOT, 'lib', 'otlp', 'generated');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

fs.mkdirSync(OUT_DIR, { recursive: true });
const js = path.join(OUT_DIR, 'otlp.js');
execFileSync(
  bin('pbjs'),
  [
    '--target',
    'static-module',
    '--wrap',
    'commonjs',
    // Only what the receiver needs: decode, encode (responses, tests), toObject.
    '--no-verify',
    '--no-convert',
    '--no-delimited',
    '--no-service',
    '--no-beautify',
    '--path',
    PROTO_DIR,
    '--out',
    js,
    ...['common.proto', 'resource.proto', 'trace.proto', 'metrics.proto', 'status.proto'].map((f) =>
      path.join(PROTO_DIR, f),
    ),
  ],
  { stdio: 'inherit' },
);
execFileSync(bin('pbts'), ['--no-comments', '--out', path.join(OUT_DIR, 'otlp.d.ts'), js], { stdio: 'inherit' });
// The trace messages' descriptor: span-view.ts reads field numbers from it, so its walk
// over the wire format and the static decoder come from the same .proto files.
execFileSync(
  bin('pbjs'),
  [
    '--target',
    'json',
    '--path',
    PROTO_DIR,
    '--out',
    path.join(OUT_DIR, 'trace-descriptor.json'),
    ...['common.proto', 'resource.proto', 'trace.proto'].map((f) => path.join(PROTO_DIR, f)),
  ],
  { stdio: 'inherit' },
);
