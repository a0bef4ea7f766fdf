// The telemetry contract lives once, in the Node package: the Python producers' own file of
// names must say the same, constant by constant, and the dashboard reads the Node file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import * as sc from '@hopscope/instrumentation/semconv';
import { ExpHistogram } from '../../instrumentation/node/src/exp-histogram';
import { bucketsOf, emptyHistogram, record } from '../../lib/rollup/histogram';
import { ensurePythonEnv } from '../../scripts/python';

const PYTHON = path.resolve(__dirname, '../../instrumentation/python');
const PYTHON_FILE = path.join(PYTHON, 'hopscope', 'semconv.py');
const VECTORS = path.resolve(__dirname, '../fixtures/histogram-vectors.json');

function pythonNames(file: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of fs.readFileSync(file, 'utf8').matchAll(/^([A-Z][A-Z0-9_]*) = "([^"]*)"$/gm)) names.set(m[1], m[2]);
  return names;
}

test("the Python producers' names are the contract's, constant by constant", () => {
  const names = pythonNames(PYTHON_FILE);
  assert.ok(names.size > 20, `read ${names.size} names from ${PYTHON_FILE}`);
  const contract = sc as unknown as Record<string, unknown>;
  for (const [constant, value] of names) {
    const hopKind = /^ATTR_HOPS_([A-Z]+)$/.exec(constant) ?? /^HOP_KIND_([A-Z]+)$/.exec(constant);
    if (hopKind !== null) {
      const kind = hopKind[1].toLowerCase() as sc.HopKindName;
      assert.ok(sc.HOP_KINDS.includes(kind), `${constant}: ${kind} is not one of ${sc.HOP_KINDS.join(', ')}`);
      assert.equal(value, constant.startsWith('ATTR_') ? sc.ATTR_HOPS_BY_KIND[kind] : kind, constant);
      continue;
    }
    assert.ok(constant in contract, `${constant} is not in instrumentation/node/src/semconv.ts`);
    assert.equal(value, contract[constant], constant);
  }
});

test("the dashboard's own names are none of the contract's", async () => {
  const dashboard = await import('../../lib/contract');
  for (const name of Object.keys(dashboard))
    assert.ok(!(name in sc), `${name} is defined in lib/contract.ts and in the contract`);
});

for (const [producer, framework] of [
  ['hopscope_django', 'django'],
  ['hopscope_starlette', 'starlette'],
]) {
  test(`${producer}'s framework and own step, as it names them, are the contract's framework steps`, () => {
    const names = pythonNames(path.join(PYTHON, producer, 'names.py'));
    assert.equal(names.get('SCOPE'), producer);
    assert.equal(names.get('FRAMEWORK'), framework);
    assert.ok(
      sc.isFrameworkStep(framework, names.get('HANDLER_STEP')!),
      `${names.get('HANDLER_STEP')} is not in FRAMEWORK_STEPS.${framework}`,
    );
  });
}

test('the histogram layout: every shared test vector lands in the same bucket in the Node producer, the dashboard and the Python producers', () => {
  const vectors = JSON.parse(fs.readFileSync(VECTORS, 'utf8')) as {
    scale: number;
    zeroThreshold: number;
    cases: [number, number | null][];
  };
  assert.equal(sc.HISTOGRAM_SCALE, vectors.scale);
  assert.equal(sc.HISTOGRAM_ZERO_THRESHOLD, vectors.zeroThreshold);
  /** Where one recorded value went: its bucket's index, or null for the zero bucket. */
  const node = (v: number) => {
    const h = new ExpHistogram();
    h.record(v);
    return h.zeroCount === 1 ? null : h.offset;
  };
  const dashboard = (v: number) => {
    const h = emptyHistogram();
    record(h, v);
    return h.zero === 1 ? null : bucketsOf(h)[0][0];
  };
  // The Python producers' own ExpHistogram (hopscope/export.py), in a Python that runs it.
  const python = JSON.parse(
    execFileSync(
      ensurePythonEnv('django-5.2'),
      [
        '-c',
        'import json, sys\nfrom hopscope.export import ExpHistogram\nout = []\nfor v, _ in json.load(sys.stdin)["cases"]:\n    h = ExpHistogram()\n    h.record(v)\n    out.append(None if h.zero else next(iter(h.buckets)))\nprint(json.dumps(out))',
      ],
      { input: JSON.stringify(vectors), encoding: 'utf8' },
    ),
  ) as (number | null)[];
  for (const [i, [value, bucket]] of vectors.cases.entries()) {
    assert.equal(node(value), bucket, `Node producer, ${value}`);
    assert.equal(dashboard(value), bucket, `dashboard, ${value}`);
    assert.equal(python[i], bucket, `Python producers, ${value}`);
  }
});
