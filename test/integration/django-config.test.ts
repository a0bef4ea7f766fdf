// The Django producer's settings: settings.HOPSCOPE is honoured with the documented setup
// (install() in asgi.py, before the application is built), and every wrong value stops
// the start with a message that names the setting and the value. On the newest Django of
// the matrix: reading settings does not depend on Django's version.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startPythonApp } from '../helpers/python-apps';

async function refused(env: Record<string, string>): Promise<string> {
  try {
    const app = await startPythonApp({ HOPSCOPE_ENDPOINT: 'http://127.0.0.1:9', ...env });
    await app.stop();
  } catch (err) {
    return (err as { stderr?: string }).stderr ?? String(err);
  }
  throw new Error(`started with ${JSON.stringify(env)}`);
}

describe('django: configuration', () => {
  for (const [variable, value] of [
    ['HOPSCOPE_POLICY', 'bogus'],
    ['HOPSCOPE_SPAN_SAMPLE_RATIO', '2'],
    ['HOPSCOPE_SPAN_SAMPLE_RATIO', 'abc'],
    ['HOPSCOPE_EXPORT_INTERVAL', '0'],
    ['HOPSCOPE_EXPORT_INTERVAL', '-1'],
    ['HOPSCOPE_EXPORT_INTERVAL', 'abc'],
    ['HOPSCOPE_ENDPOINT', 'dashboard:3000'],
  ]) {
    test(`${variable}=${value} is refused at start, by name`, async () => {
      const stderr = await refused({ [variable]: value });
      assert.ok(
        stderr.includes(`ImproperlyConfigured: hopscope: ${variable} = '${value}' is not valid`),
        stderr.slice(-600),
      );
    });
  }

  test('settings.HOPSCOPE is read with install() in asgi.py: a wrong value there is refused by its key', async () => {
    const stderr = await refused({ TEST_SETTINGS_HOPSCOPE: JSON.stringify({ policy: 'bogus' }) });
    assert.ok(
      stderr.includes(
        `hopscope: settings.HOPSCOPE['policy'] = 'bogus' is not valid: expected one of record, warn, strict`,
      ),
      stderr.slice(-600),
    );
  });

  test("settings.HOPSCOPE's policy takes effect: 'strict' refuses the sync-only middleware", async () => {
    const stderr = await refused({ TEST_SETTINGS_HOPSCOPE: JSON.stringify({ policy: 'strict' }) });
    assert.match(
      stderr,
      /synchronous-only middleware in an asynchronous \(ASGI\) stack: project\.middleware\.SyncBusy\./,
    );
  });

  test('an unknown key in settings.HOPSCOPE is refused', async () => {
    const stderr = await refused({ TEST_SETTINGS_HOPSCOPE: JSON.stringify({ polcy: 'warn' }) });
    assert.match(stderr, /settings\.HOPSCOPE has unknown keys \['polcy'\]/);
  });
});
