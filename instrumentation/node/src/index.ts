export { MiddlewareInstrumentation, middlewareMetricProducer } from './instrumentation';
export { MiddlewareMetricProducer } from './metric-producer';
export { wrapMiddleware } from './wrap';
export { register, type RegisterOptions, type Registration } from './register';
export * from './types';
export * as semconv from './semconv';
