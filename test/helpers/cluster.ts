// A PostgreSQL cluster of the test's own (Debian's postgresql-common, as root), so that a
// test can stop and restart the server without touching the one every other test uses.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { freePort } from '../../scripts/net';

export type Cluster = { url: string; stop(): void; start(): void; drop(): void };

export async function privateCluster(): Promise<Cluster> {
  if (!fs.existsSync('/usr/bin/pg_createcluster') || process.getuid?.() !== 0) {
    throw new Error(
      "this test makes a PostgreSQL cluster of its own: it needs Debian's postgresql-common (pg_createcluster) and root",
    );
  }
  const version = fs.readdirSync('/etc/postgresql').sort().at(-1)!;
  const name = `hopscope_${crypto.randomBytes(4).toString('hex')}`;
  const port = await freePort();
  const ctl = (action: string) =>
    execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, action], { stdio: 'pipe' });
  execFileSync('pg_createcluster', [version, name, '-p', String(port)], { stdio: 'pipe' });
  fs.writeFileSync(
    `/etc/postgresql/${version}/${name}/pg_hba.conf`,
    'local all all trust\nhost all all 127.0.0.1/32 trust\n',
  );
  ctl('start');
  const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE hopscope');
  await admin.end();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/hopscope`,
    stop: () => ctl('stop'),
    start: () => ctl('start'),
    drop: () => execFileSync('pg_dropcluster', ['--stop', version, name], { stdio: 'pipe' }),
  };
}
