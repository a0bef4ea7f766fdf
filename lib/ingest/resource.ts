// The service a resource describes, with OpenTelemetry's defaults when attributes are missing.
import * as sc from '@hopscope/instrumentation/semconv';
import * as c from '../contract';
import { attrStr, attributes, obj } from '../otlp/values';
import type { ServiceId } from './batch';

const MAX_NAME = 200;

export function serviceOf(resource: unknown): ServiceId {
  const a = attributes(obj(resource)?.attributes);
  return {
    service: clip(attrStr(a, sc.RESOURCE_SERVICE_NAME) || 'unknown_service'),
    version: clip(attrStr(a, sc.RESOURCE_SERVICE_VERSION) || 'unknown'),
    environment: clip(attrStr(a, sc.RESOURCE_ENVIRONMENT) || attrStr(a, c.RESOURCE_ENVIRONMENT_OLD) || 'default'),
  };
}

/** Names from telemetry are untrusted: bounded length, no control characters. */
export function clip(s: string): string {
  const clean = s.replace(/[\u0000-\u001f\u007f]/g, '');
  return clean.length > MAX_NAME ? clean.slice(0, MAX_NAME - 1) + '…' : clean;
}
