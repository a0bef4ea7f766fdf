export function EmptyState({ endpoint }: { endpoint: string }) {
  return (
    <div className="panel" role="status">
      <p>
        <strong>No data yet.</strong> Add two lines to your Node service and start it; data appears within a minute.
      </p>
      <pre>{`npm install @hopscope/instrumentation
// first line of your entry file, before express/koa/fastify are required:
require('@hopscope/instrumentation').register({ serviceName: 'my-api', endpoint: '${endpoint}' });`}</pre>
      <p className="muted">
        Any OpenTelemetry SDK or Collector can also export OTLP/HTTP to <code>{endpoint}/v1/traces</code> and{' '}
        <code>{endpoint}/v1/metrics</code>.
      </p>
    </div>
  );
}
