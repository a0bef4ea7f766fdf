/** The first visit: how to send data, with commands that work today (the package is not
 *  on the npm registry; it installs from a tarball built from this repository). */
export function EmptyState({ endpoint }: { endpoint: string }) {
  return (
    <div className="panel" role="status">
      <p>
        <strong>No data yet.</strong> Build the instrumentation package from this repository, install it in your Node
        service and start the service with it; data appears within a minute.
      </p>
      <pre>{`# in this repository: builds it and writes hopscope-instrumentation-0.1.0.tgz
npm pack ./instrumentation/node
# in your service
npm install /path/to/hopscope-instrumentation-0.1.0.tgz
OTEL_SERVICE_NAME=my-api OTEL_EXPORTER_OTLP_ENDPOINT=${endpoint} node --require @hopscope/instrumentation/register server.js`}</pre>
      <p className="muted">
        Or in code, first thing:{' '}
        <code>{`require('@hopscope/instrumentation').register({ serviceName: 'my-api', endpoint: '${endpoint}' });`}</code>{' '}
        Any OpenTelemetry SDK or Collector can also export OTLP/HTTP to <code>{endpoint}/v1/traces</code> and{' '}
        <code>{endpoint}/v1/metrics</code>.
      </p>
    </div>
  );
}
