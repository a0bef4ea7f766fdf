// The API's units: durations are stored in seconds (as OpenTelemetry sends them) and
// answered in milliseconds; figures per call are null where there were no calls.

/** Seconds to milliseconds; null for a figure that is not there. */
export function toMs(seconds: number | null | undefined): number | null {
  return seconds === null || seconds === undefined || !Number.isFinite(seconds) ? null : seconds * 1000;
}

export function perCall(total: number, calls: number): number | null {
  return calls > 0 ? total / calls : null;
}
