// What a user needs: the instrumentation, register(), wrapMiddleware(), the public types
// and the telemetry contract. Nothing exported here can reset the process's measurements.
export { MiddlewareInstrumentation } from './instrumentation';
export { wrapMiddleware } from './wrap';
export { register, type RegisterOptions, type Registration } from './register';
export * from './types';
export * as semconv from './semconv';
