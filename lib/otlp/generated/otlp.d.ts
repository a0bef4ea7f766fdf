import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace opentelemetry {

    namespace proto {

        namespace common {

            namespace v1 {

                interface IAnyValue extends opentelemetry.proto.common.v1.AnyValue.$Properties {
                }

                class AnyValue {
                    constructor(p?: opentelemetry.proto.common.v1.AnyValue.$Properties);
                    $unknowns?: Uint8Array[];
                    stringValue?: (string|null);
                    boolValue?: (boolean|null);
                    intValue?: (number|Long|null);
                    doubleValue?: (number|null);
                    arrayValue?: (opentelemetry.proto.common.v1.ArrayValue.$Properties|null);
                    kvlistValue?: (opentelemetry.proto.common.v1.KeyValueList.$Properties|null);
                    bytesValue?: (Uint8Array|null);
                    value?: ("stringValue"|"boolValue"|"intValue"|"doubleValue"|"arrayValue"|"kvlistValue"|"bytesValue");
                    static create(properties: opentelemetry.proto.common.v1.AnyValue.$Shape): opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.AnyValue.$Properties): opentelemetry.proto.common.v1.AnyValue;
                    static encode(m: opentelemetry.proto.common.v1.AnyValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace AnyValue {
                    interface $Properties {
                        stringValue?: (string|null);
                        boolValue?: (boolean|null);
                        intValue?: (number|Long|null);
                        doubleValue?: (number|null);
                        arrayValue?: (opentelemetry.proto.common.v1.ArrayValue.$Properties|null);
                        kvlistValue?: (opentelemetry.proto.common.v1.KeyValueList.$Properties|null);
                        bytesValue?: (Uint8Array|null);
                        value?: ("stringValue"|"boolValue"|"intValue"|"doubleValue"|"arrayValue"|"kvlistValue"|"bytesValue");
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      stringValue?: string|null;
                      boolValue?: boolean|null;
                      intValue?: number|Long|null;
                      doubleValue?: number|null;
                      arrayValue?: opentelemetry.proto.common.v1.ArrayValue.$Shape|null;
                      kvlistValue?: opentelemetry.proto.common.v1.KeyValueList.$Shape|null;
                      bytesValue?: Uint8Array|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ value?: undefined; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "stringValue"; stringValue: string; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "boolValue"; stringValue?: null; boolValue: boolean; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "intValue"; stringValue?: null; boolValue?: null; intValue: number|Long; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "doubleValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue: number; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "arrayValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue: opentelemetry.proto.common.v1.ArrayValue.$Shape; kvlistValue?: null; bytesValue?: null }|{ value?: "kvlistValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue: opentelemetry.proto.common.v1.KeyValueList.$Shape; bytesValue?: null }|{ value?: "bytesValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue: Uint8Array })
                    );
                }

                interface IArrayValue extends opentelemetry.proto.common.v1.ArrayValue.$Properties {
                }

                class ArrayValue {
                    constructor(p?: opentelemetry.proto.common.v1.ArrayValue.$Properties);
                    $unknowns?: Uint8Array[];
                    values: opentelemetry.proto.common.v1.AnyValue.$Properties[];
                    static create(properties: opentelemetry.proto.common.v1.ArrayValue.$Shape): opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.ArrayValue.$Properties): opentelemetry.proto.common.v1.ArrayValue;
                    static encode(m: opentelemetry.proto.common.v1.ArrayValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ArrayValue {
                    interface $Properties {
                        values?: (opentelemetry.proto.common.v1.AnyValue.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      values?: opentelemetry.proto.common.v1.AnyValue.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IKeyValueList extends opentelemetry.proto.common.v1.KeyValueList.$Properties {
                }

                class KeyValueList {
                    constructor(p?: opentelemetry.proto.common.v1.KeyValueList.$Properties);
                    $unknowns?: Uint8Array[];
                    values: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    static create(properties: opentelemetry.proto.common.v1.KeyValueList.$Shape): opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.KeyValueList.$Properties): opentelemetry.proto.common.v1.KeyValueList;
                    static encode(m: opentelemetry.proto.common.v1.KeyValueList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace KeyValueList {
                    interface $Properties {
                        values?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      values?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IKeyValue extends opentelemetry.proto.common.v1.KeyValue.$Properties {
                }

                class KeyValue {
                    constructor(p?: opentelemetry.proto.common.v1.KeyValue.$Properties);
                    $unknowns?: Uint8Array[];
                    key: string;
                    value?: (opentelemetry.proto.common.v1.AnyValue.$Properties|null);
                    static create(properties: opentelemetry.proto.common.v1.KeyValue.$Shape): opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.KeyValue.$Properties): opentelemetry.proto.common.v1.KeyValue;
                    static encode(m: opentelemetry.proto.common.v1.KeyValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace KeyValue {
                    interface $Properties {
                        key?: (string|null);
                        value?: (opentelemetry.proto.common.v1.AnyValue.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      key?: string|null;
                      value?: opentelemetry.proto.common.v1.AnyValue.$Shape|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IInstrumentationScope extends opentelemetry.proto.common.v1.InstrumentationScope.$Properties {
                }

                class InstrumentationScope {
                    constructor(p?: opentelemetry.proto.common.v1.InstrumentationScope.$Properties);
                    $unknowns?: Uint8Array[];
                    name: string;
                    version: string;
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    droppedAttributesCount: number;
                    static create(properties: opentelemetry.proto.common.v1.InstrumentationScope.$Shape): opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.InstrumentationScope.$Properties): opentelemetry.proto.common.v1.InstrumentationScope;
                    static encode(m: opentelemetry.proto.common.v1.InstrumentationScope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace InstrumentationScope {
                    interface $Properties {
                        name?: (string|null);
                        version?: (string|null);
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        droppedAttributesCount?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      name?: string|null;
                      version?: string|null;
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      droppedAttributesCount?: number|null;
                      $unknowns?: Uint8Array[];
                    };
                }
            }
        }

        namespace resource {

            namespace v1 {

                interface IResource extends opentelemetry.proto.resource.v1.Resource.$Properties {
                }

                class Resource {
                    constructor(p?: opentelemetry.proto.resource.v1.Resource.$Properties);
                    $unknowns?: Uint8Array[];
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    droppedAttributesCount: number;
                    static create(properties: opentelemetry.proto.resource.v1.Resource.$Shape): opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape;
                    static create(properties?: opentelemetry.proto.resource.v1.Resource.$Properties): opentelemetry.proto.resource.v1.Resource;
                    static encode(m: opentelemetry.proto.resource.v1.Resource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Resource {
                    interface $Properties {
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        droppedAttributesCount?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      droppedAttributesCount?: number|null;
                      $unknowns?: Uint8Array[];
                    };
                }
            }
        }

        namespace trace {

            namespace v1 {

                interface IResourceSpans extends opentelemetry.proto.trace.v1.ResourceSpans.$Properties {
                }

                class ResourceSpans {
                    constructor(p?: opentelemetry.proto.trace.v1.ResourceSpans.$Properties);
                    $unknowns?: Uint8Array[];
                    resource?: (opentelemetry.proto.resource.v1.Resource.$Properties|null);
                    scopeSpans: opentelemetry.proto.trace.v1.ScopeSpans.$Properties[];
                    schemaUrl: string;
                    static create(properties: opentelemetry.proto.trace.v1.ResourceSpans.$Shape): opentelemetry.proto.trace.v1.ResourceSpans & opentelemetry.proto.trace.v1.ResourceSpans.$Shape;
                    static create(properties?: opentelemetry.proto.trace.v1.ResourceSpans.$Properties): opentelemetry.proto.trace.v1.ResourceSpans;
                    static encode(m: opentelemetry.proto.trace.v1.ResourceSpans.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.trace.v1.ResourceSpans & opentelemetry.proto.trace.v1.ResourceSpans.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ResourceSpans {
                    interface $Properties {
                        resource?: (opentelemetry.proto.resource.v1.Resource.$Properties|null);
                        scopeSpans?: (opentelemetry.proto.trace.v1.ScopeSpans.$Properties[]|null);
                        schemaUrl?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      resource?: opentelemetry.proto.resource.v1.Resource.$Shape|null;
                      scopeSpans?: opentelemetry.proto.trace.v1.ScopeSpans.$Shape[]|null;
                      schemaUrl?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IScopeSpans extends opentelemetry.proto.trace.v1.ScopeSpans.$Properties {
                }

                class ScopeSpans {
                    constructor(p?: opentelemetry.proto.trace.v1.ScopeSpans.$Properties);
                    $unknowns?: Uint8Array[];
                    scope?: (opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null);
                    spans: opentelemetry.proto.trace.v1.Span.$Properties[];
                    schemaUrl: string;
                    static create(properties: opentelemetry.proto.trace.v1.ScopeSpans.$Shape): opentelemetry.proto.trace.v1.ScopeSpans & opentelemetry.proto.trace.v1.ScopeSpans.$Shape;
                    static create(properties?: opentelemetry.proto.trace.v1.ScopeSpans.$Properties): opentelemetry.proto.trace.v1.ScopeSpans;
                    static encode(m: opentelemetry.proto.trace.v1.ScopeSpans.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.trace.v1.ScopeSpans & opentelemetry.proto.trace.v1.ScopeSpans.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ScopeSpans {
                    interface $Properties {
                        scope?: (opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null);
                        spans?: (opentelemetry.proto.trace.v1.Span.$Properties[]|null);
                        schemaUrl?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      scope?: opentelemetry.proto.common.v1.InstrumentationScope.$Shape|null;
                      spans?: opentelemetry.proto.trace.v1.Span.$Shape[]|null;
                      schemaUrl?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface ISpan extends opentelemetry.proto.trace.v1.Span.$Properties {
                }

                class Span {
                    constructor(p?: opentelemetry.proto.trace.v1.Span.$Properties);
                    $unknowns?: Uint8Array[];
                    traceId: Uint8Array;
                    spanId: Uint8Array;
                    traceState: string;
                    parentSpanId: Uint8Array;
                    flags: number;
                    name: string;
                    kind: opentelemetry.proto.trace.v1.Span.SpanKind;
                    startTimeUnixNano: (number|Long);
                    endTimeUnixNano: (number|Long);
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    droppedAttributesCount: number;
                    events: opentelemetry.proto.trace.v1.Span.Event.$Properties[];
                    droppedEventsCount: number;
                    status?: (opentelemetry.proto.trace.v1.Status.$Properties|null);
                    static create(properties: opentelemetry.proto.trace.v1.Span.$Shape): opentelemetry.proto.trace.v1.Span & opentelemetry.proto.trace.v1.Span.$Shape;
                    static create(properties?: opentelemetry.proto.trace.v1.Span.$Properties): opentelemetry.proto.trace.v1.Span;
                    static encode(m: opentelemetry.proto.trace.v1.Span.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.trace.v1.Span & opentelemetry.proto.trace.v1.Span.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Span {
                    interface $Properties {
                        traceId?: (Uint8Array|null);
                        spanId?: (Uint8Array|null);
                        traceState?: (string|null);
                        parentSpanId?: (Uint8Array|null);
                        flags?: (number|null);
                        name?: (string|null);
                        kind?: (opentelemetry.proto.trace.v1.Span.SpanKind|null);
                        startTimeUnixNano?: (number|Long|null);
                        endTimeUnixNano?: (number|Long|null);
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        droppedAttributesCount?: (number|null);
                        events?: (opentelemetry.proto.trace.v1.Span.Event.$Properties[]|null);
                        droppedEventsCount?: (number|null);
                        status?: (opentelemetry.proto.trace.v1.Status.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      traceId?: Uint8Array|null;
                      spanId?: Uint8Array|null;
                      traceState?: string|null;
                      parentSpanId?: Uint8Array|null;
                      flags?: number|null;
                      name?: string|null;
                      kind?: opentelemetry.proto.trace.v1.Span.SpanKind|null;
                      startTimeUnixNano?: number|Long|null;
                      endTimeUnixNano?: number|Long|null;
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      droppedAttributesCount?: number|null;
                      events?: opentelemetry.proto.trace.v1.Span.Event.$Shape[]|null;
                      droppedEventsCount?: number|null;
                      status?: opentelemetry.proto.trace.v1.Status.$Shape|null;
                      $unknowns?: Uint8Array[];
                    };

                    enum SpanKind {
                        SPAN_KIND_UNSPECIFIED = 0,
                        SPAN_KIND_INTERNAL = 1,
                        SPAN_KIND_SERVER = 2,
                        SPAN_KIND_CLIENT = 3,
                        SPAN_KIND_PRODUCER = 4,
                        SPAN_KIND_CONSUMER = 5
                    }

                    interface IEvent extends opentelemetry.proto.trace.v1.Span.Event.$Properties {
                    }

                    class Event {
                        constructor(p?: opentelemetry.proto.trace.v1.Span.Event.$Properties);
                        $unknowns?: Uint8Array[];
                        timeUnixNano: (number|Long);
                        name: string;
                        attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                        droppedAttributesCount: number;
                        static create(properties: opentelemetry.proto.trace.v1.Span.Event.$Shape): opentelemetry.proto.trace.v1.Span.Event & opentelemetry.proto.trace.v1.Span.Event.$Shape;
                        static create(properties?: opentelemetry.proto.trace.v1.Span.Event.$Properties): opentelemetry.proto.trace.v1.Span.Event;
                        static encode(m: opentelemetry.proto.trace.v1.Span.Event.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.trace.v1.Span.Event & opentelemetry.proto.trace.v1.Span.Event.$Shape;
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace Event {
                        interface $Properties {
                            timeUnixNano?: (number|Long|null);
                            name?: (string|null);
                            attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                            droppedAttributesCount?: (number|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = {
                          timeUnixNano?: number|Long|null;
                          name?: string|null;
                          attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                          droppedAttributesCount?: number|null;
                          $unknowns?: Uint8Array[];
                        };
                    }
                }

                interface IStatus extends opentelemetry.proto.trace.v1.Status.$Properties {
                }

                class Status {
                    constructor(p?: opentelemetry.proto.trace.v1.Status.$Properties);
                    $unknowns?: Uint8Array[];
                    message: string;
                    code: opentelemetry.proto.trace.v1.Status.StatusCode;
                    static create(properties: opentelemetry.proto.trace.v1.Status.$Shape): opentelemetry.proto.trace.v1.Status & opentelemetry.proto.trace.v1.Status.$Shape;
                    static create(properties?: opentelemetry.proto.trace.v1.Status.$Properties): opentelemetry.proto.trace.v1.Status;
                    static encode(m: opentelemetry.proto.trace.v1.Status.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.trace.v1.Status & opentelemetry.proto.trace.v1.Status.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Status {
                    interface $Properties {
                        message?: (string|null);
                        code?: (opentelemetry.proto.trace.v1.Status.StatusCode|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = opentelemetry.proto.trace.v1.Status.$Properties;

                    enum StatusCode {
                        STATUS_CODE_UNSET = 0,
                        STATUS_CODE_OK = 1,
                        STATUS_CODE_ERROR = 2
                    }
                }

                interface IExportTraceServiceRequest extends opentelemetry.proto.trace.v1.ExportTraceServiceRequest.$Properties {
                }

                class ExportTraceServiceRequest {
                    constructor(p?: opentelemetry.proto.trace.v1.ExportTraceServiceRequest.$Properties);
                    $unknowns?: Uint8Array[];
                    resourceSpans: opentelemetry.proto.trace.v1.ResourceSpans.$Properties[];
                    static create(properties: opentelemetry.proto.trace.v1.ExportTraceServiceRequest.$Shape): opentelemetry.proto.trace.v1.ExportTraceServiceRequest & opentelemetry.proto.trace.v1.ExportTraceServiceRequest.$Shape;
                    static create(properties?: opentelemetry.proto.trace.v1.ExportTraceServiceRequest.$Properties): opentelemetry.proto.trace.v1.ExportTraceServiceRequest;
                    static encode(m: opentelemetry.proto.trace.v1.ExportTraceServiceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.trace.v1.ExportTraceServiceRequest & opentelemetry.proto.trace.v1.ExportTraceServiceRequest.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ExportTraceServiceRequest {
                    interface $Properties {
                        resourceSpans?: (opentelemetry.proto.trace.v1.ResourceSpans.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      resourceSpans?: opentelemetry.proto.trace.v1.ResourceSpans.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IExportTraceServiceResponse extends opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Properties {
                }

                class ExportTraceServiceResponse {
                    constructor(p?: opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Properties);
                    $unknowns?: Uint8Array[];
                    partialSuccess?: (opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Properties|null);
                    static create(properties: opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Shape): opentelemetry.proto.trace.v1.ExportTraceServiceResponse & opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Shape;
                    static create(properties?: opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Properties): opentelemetry.proto.trace.v1.ExportTraceServiceResponse;
                    static encode(m: opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.trace.v1.ExportTraceServiceResponse & opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ExportTraceServiceResponse {
                    interface $Properties {
                        partialSuccess?: (opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Properties;
                }

                interface IExportTracePartialSuccess extends opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Properties {
                }

                class ExportTracePartialSuccess {
                    constructor(p?: opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Properties);
                    $unknowns?: Uint8Array[];
                    rejectedSpans: (number|Long);
                    errorMessage: string;
                    static create(properties: opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Shape): opentelemetry.proto.trace.v1.ExportTracePartialSuccess & opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Shape;
                    static create(properties?: opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Properties): opentelemetry.proto.trace.v1.ExportTracePartialSuccess;
                    static encode(m: opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.trace.v1.ExportTracePartialSuccess & opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ExportTracePartialSuccess {
                    interface $Properties {
                        rejectedSpans?: (number|Long|null);
                        errorMessage?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Properties;
                }
            }
        }

        namespace metrics {

            namespace v1 {

                interface IResourceMetrics extends opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties {
                }

                class ResourceMetrics {
                    constructor(p?: opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties);
                    $unknowns?: Uint8Array[];
                    resource?: (opentelemetry.proto.resource.v1.Resource.$Properties|null);
                    scopeMetrics: opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties[];
                    schemaUrl: string;
                    static create(properties: opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape): opentelemetry.proto.metrics.v1.ResourceMetrics & opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties): opentelemetry.proto.metrics.v1.ResourceMetrics;
                    static encode(m: opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.ResourceMetrics & opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ResourceMetrics {
                    interface $Properties {
                        resource?: (opentelemetry.proto.resource.v1.Resource.$Properties|null);
                        scopeMetrics?: (opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties[]|null);
                        schemaUrl?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      resource?: opentelemetry.proto.resource.v1.Resource.$Shape|null;
                      scopeMetrics?: opentelemetry.proto.metrics.v1.ScopeMetrics.$Shape[]|null;
                      schemaUrl?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IScopeMetrics extends opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties {
                }

                class ScopeMetrics {
                    constructor(p?: opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties);
                    $unknowns?: Uint8Array[];
                    scope?: (opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null);
                    metrics: opentelemetry.proto.metrics.v1.Metric.$Properties[];
                    schemaUrl: string;
                    static create(properties: opentelemetry.proto.metrics.v1.ScopeMetrics.$Shape): opentelemetry.proto.metrics.v1.ScopeMetrics & opentelemetry.proto.metrics.v1.ScopeMetrics.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties): opentelemetry.proto.metrics.v1.ScopeMetrics;
                    static encode(m: opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.ScopeMetrics & opentelemetry.proto.metrics.v1.ScopeMetrics.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ScopeMetrics {
                    interface $Properties {
                        scope?: (opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null);
                        metrics?: (opentelemetry.proto.metrics.v1.Metric.$Properties[]|null);
                        schemaUrl?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      scope?: opentelemetry.proto.common.v1.InstrumentationScope.$Shape|null;
                      metrics?: opentelemetry.proto.metrics.v1.Metric.$Shape[]|null;
                      schemaUrl?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IMetric extends opentelemetry.proto.metrics.v1.Metric.$Properties {
                }

                class Metric {
                    constructor(p?: opentelemetry.proto.metrics.v1.Metric.$Properties);
                    $unknowns?: Uint8Array[];
                    name: string;
                    description: string;
                    unit: string;
                    gauge?: (opentelemetry.proto.metrics.v1.Gauge.$Properties|null);
                    sum?: (opentelemetry.proto.metrics.v1.Sum.$Properties|null);
                    histogram?: (opentelemetry.proto.metrics.v1.Histogram.$Properties|null);
                    exponentialHistogram?: (opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties|null);
                    summary?: (opentelemetry.proto.metrics.v1.Summary.$Properties|null);
                    data?: ("gauge"|"sum"|"histogram"|"exponentialHistogram"|"summary");
                    static create(properties: opentelemetry.proto.metrics.v1.Metric.$Shape): opentelemetry.proto.metrics.v1.Metric & opentelemetry.proto.metrics.v1.Metric.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.Metric.$Properties): opentelemetry.proto.metrics.v1.Metric;
                    static encode(m: opentelemetry.proto.metrics.v1.Metric.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.Metric & opentelemetry.proto.metrics.v1.Metric.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Metric {
                    interface $Properties {
                        name?: (string|null);
                        description?: (string|null);
                        unit?: (string|null);
                        gauge?: (opentelemetry.proto.metrics.v1.Gauge.$Properties|null);
                        sum?: (opentelemetry.proto.metrics.v1.Sum.$Properties|null);
                        histogram?: (opentelemetry.proto.metrics.v1.Histogram.$Properties|null);
                        exponentialHistogram?: (opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties|null);
                        summary?: (opentelemetry.proto.metrics.v1.Summary.$Properties|null);
                        data?: ("gauge"|"sum"|"histogram"|"exponentialHistogram"|"summary");
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      name?: string|null;
                      description?: string|null;
                      unit?: string|null;
                      gauge?: opentelemetry.proto.metrics.v1.Gauge.$Shape|null;
                      sum?: opentelemetry.proto.metrics.v1.Sum.$Shape|null;
                      histogram?: opentelemetry.proto.metrics.v1.Histogram.$Shape|null;
                      exponentialHistogram?: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape|null;
                      summary?: opentelemetry.proto.metrics.v1.Summary.$Shape|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ data?: undefined; gauge?: null; sum?: null; histogram?: null; exponentialHistogram?: null; summary?: null }|{ data?: "gauge"; gauge: opentelemetry.proto.metrics.v1.Gauge.$Shape; sum?: null; histogram?: null; exponentialHistogram?: null; summary?: null }|{ data?: "sum"; gauge?: null; sum: opentelemetry.proto.metrics.v1.Sum.$Shape; histogram?: null; exponentialHistogram?: null; summary?: null }|{ data?: "histogram"; gauge?: null; sum?: null; histogram: opentelemetry.proto.metrics.v1.Histogram.$Shape; exponentialHistogram?: null; summary?: null }|{ data?: "exponentialHistogram"; gauge?: null; sum?: null; histogram?: null; exponentialHistogram: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape; summary?: null }|{ data?: "summary"; gauge?: null; sum?: null; histogram?: null; exponentialHistogram?: null; summary: opentelemetry.proto.metrics.v1.Summary.$Shape })
                    );
                }

                interface IGauge extends opentelemetry.proto.metrics.v1.Gauge.$Properties {
                }

                class Gauge {
                    constructor(p?: opentelemetry.proto.metrics.v1.Gauge.$Properties);
                    $unknowns?: Uint8Array[];
                    dataPoints: opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties[];
                    static create(properties: opentelemetry.proto.metrics.v1.Gauge.$Shape): opentelemetry.proto.metrics.v1.Gauge & opentelemetry.proto.metrics.v1.Gauge.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.Gauge.$Properties): opentelemetry.proto.metrics.v1.Gauge;
                    static encode(m: opentelemetry.proto.metrics.v1.Gauge.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.Gauge & opentelemetry.proto.metrics.v1.Gauge.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Gauge {
                    interface $Properties {
                        dataPoints?: (opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      dataPoints?: opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface ISum extends opentelemetry.proto.metrics.v1.Sum.$Properties {
                }

                class Sum {
                    constructor(p?: opentelemetry.proto.metrics.v1.Sum.$Properties);
                    $unknowns?: Uint8Array[];
                    dataPoints: opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties[];
                    aggregationTemporality: opentelemetry.proto.metrics.v1.AggregationTemporality;
                    isMonotonic: boolean;
                    static create(properties: opentelemetry.proto.metrics.v1.Sum.$Shape): opentelemetry.proto.metrics.v1.Sum & opentelemetry.proto.metrics.v1.Sum.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.Sum.$Properties): opentelemetry.proto.metrics.v1.Sum;
                    static encode(m: opentelemetry.proto.metrics.v1.Sum.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.Sum & opentelemetry.proto.metrics.v1.Sum.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Sum {
                    interface $Properties {
                        dataPoints?: (opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties[]|null);
                        aggregationTemporality?: (opentelemetry.proto.metrics.v1.AggregationTemporality|null);
                        isMonotonic?: (boolean|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      dataPoints?: opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape[]|null;
                      aggregationTemporality?: opentelemetry.proto.metrics.v1.AggregationTemporality|null;
                      isMonotonic?: boolean|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IHistogram extends opentelemetry.proto.metrics.v1.Histogram.$Properties {
                }

                class Histogram {
                    constructor(p?: opentelemetry.proto.metrics.v1.Histogram.$Properties);
                    $unknowns?: Uint8Array[];
                    dataPoints: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties[];
                    aggregationTemporality: opentelemetry.proto.metrics.v1.AggregationTemporality;
                    static create(properties: opentelemetry.proto.metrics.v1.Histogram.$Shape): opentelemetry.proto.metrics.v1.Histogram & opentelemetry.proto.metrics.v1.Histogram.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.Histogram.$Properties): opentelemetry.proto.metrics.v1.Histogram;
                    static encode(m: opentelemetry.proto.metrics.v1.Histogram.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.Histogram & opentelemetry.proto.metrics.v1.Histogram.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Histogram {
                    interface $Properties {
                        dataPoints?: (opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties[]|null);
                        aggregationTemporality?: (opentelemetry.proto.metrics.v1.AggregationTemporality|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      dataPoints?: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Shape[]|null;
                      aggregationTemporality?: opentelemetry.proto.metrics.v1.AggregationTemporality|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IExponentialHistogram extends opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties {
                }

                class ExponentialHistogram {
                    constructor(p?: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties);
                    $unknowns?: Uint8Array[];
                    dataPoints: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties[];
                    aggregationTemporality: opentelemetry.proto.metrics.v1.AggregationTemporality;
                    static create(properties: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape): opentelemetry.proto.metrics.v1.ExponentialHistogram & opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties): opentelemetry.proto.metrics.v1.ExponentialHistogram;
                    static encode(m: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.ExponentialHistogram & opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ExponentialHistogram {
                    interface $Properties {
                        dataPoints?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties[]|null);
                        aggregationTemporality?: (opentelemetry.proto.metrics.v1.AggregationTemporality|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      dataPoints?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Shape[]|null;
                      aggregationTemporality?: opentelemetry.proto.metrics.v1.AggregationTemporality|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface ISummary extends opentelemetry.proto.metrics.v1.Summary.$Properties {
                }

                class Summary {
                    constructor(p?: opentelemetry.proto.metrics.v1.Summary.$Properties);
                    $unknowns?: Uint8Array[];
                    static create(properties: opentelemetry.proto.metrics.v1.Summary.$Shape): opentelemetry.proto.metrics.v1.Summary & opentelemetry.proto.metrics.v1.Summary.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.Summary.$Properties): opentelemetry.proto.metrics.v1.Summary;
                    static encode(m: opentelemetry.proto.metrics.v1.Summary.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.Summary & opentelemetry.proto.metrics.v1.Summary.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Summary {
                    interface $Properties {
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = opentelemetry.proto.metrics.v1.Summary.$Properties;
                }

                enum AggregationTemporality {
                    AGGREGATION_TEMPORALITY_UNSPECIFIED = 0,
                    AGGREGATION_TEMPORALITY_DELTA = 1,
                    AGGREGATION_TEMPORALITY_CUMULATIVE = 2
                }

                interface INumberDataPoint extends opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties {
                }

                class NumberDataPoint {
                    constructor(p?: opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties);
                    $unknowns?: Uint8Array[];
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    startTimeUnixNano: (number|Long);
                    timeUnixNano: (number|Long);
                    asDouble?: (number|null);
                    asInt?: (number|Long|null);
                    flags: number;
                    value?: ("asDouble"|"asInt");
                    static create(properties: opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape): opentelemetry.proto.metrics.v1.NumberDataPoint & opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties): opentelemetry.proto.metrics.v1.NumberDataPoint;
                    static encode(m: opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.NumberDataPoint & opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace NumberDataPoint {
                    interface $Properties {
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        startTimeUnixNano?: (number|Long|null);
                        timeUnixNano?: (number|Long|null);
                        asDouble?: (number|null);
                        asInt?: (number|Long|null);
                        flags?: (number|null);
                        value?: ("asDouble"|"asInt");
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      startTimeUnixNano?: number|Long|null;
                      timeUnixNano?: number|Long|null;
                      asDouble?: number|null;
                      asInt?: number|Long|null;
                      flags?: number|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ value?: undefined; asDouble?: null; asInt?: null }|{ value?: "asDouble"; asDouble: number; asInt?: null }|{ value?: "asInt"; asDouble?: null; asInt: number|Long })
                    );
                }

                interface IHistogramDataPoint extends opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties {
                }

                class HistogramDataPoint {
                    constructor(p?: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties);
                    $unknowns?: Uint8Array[];
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    startTimeUnixNano: (number|Long);
                    timeUnixNano: (number|Long);
                    count: (number|Long);
                    sum?: (number|null);
                    bucketCounts: (number|Long)[];
                    explicitBounds: number[];
                    flags: number;
                    min?: (number|null);
                    max?: (number|null);
                    static create(properties: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Shape): opentelemetry.proto.metrics.v1.HistogramDataPoint & opentelemetry.proto.metrics.v1.HistogramDataPoint.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties): opentelemetry.proto.metrics.v1.HistogramDataPoint;
                    static encode(m: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.HistogramDataPoint & opentelemetry.proto.metrics.v1.HistogramDataPoint.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace HistogramDataPoint {
                    interface $Properties {
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        startTimeUnixNano?: (number|Long|null);
                        timeUnixNano?: (number|Long|null);
                        count?: (number|Long|null);
                        sum?: (number|null);
                        bucketCounts?: ((number|Long)[]|null);
                        explicitBounds?: (number[]|null);
                        flags?: (number|null);
                        min?: (number|null);
                        max?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      startTimeUnixNano?: number|Long|null;
                      timeUnixNano?: number|Long|null;
                      count?: number|Long|null;
                      sum?: number|null;
                      bucketCounts?: (number|Long)[]|null;
                      explicitBounds?: number[]|null;
                      flags?: number|null;
                      min?: number|null;
                      max?: number|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IExponentialHistogramDataPoint extends opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties {
                }

                class ExponentialHistogramDataPoint {
                    constructor(p?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties);
                    $unknowns?: Uint8Array[];
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    startTimeUnixNano: (number|Long);
                    timeUnixNano: (number|Long);
                    count: (number|Long);
                    sum?: (number|null);
                    scale: number;
                    zeroCount: (number|Long);
                    positive?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null);
                    negative?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null);
                    flags: number;
                    min?: (number|null);
                    max?: (number|null);
                    zeroThreshold: number;
                    static create(properties: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Shape): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint & opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
                    static encode(m: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint & opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ExponentialHistogramDataPoint {
                    interface $Properties {
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        startTimeUnixNano?: (number|Long|null);
                        timeUnixNano?: (number|Long|null);
                        count?: (number|Long|null);
                        sum?: (number|null);
                        scale?: (number|null);
                        zeroCount?: (number|Long|null);
                        positive?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null);
                        negative?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null);
                        flags?: (number|null);
                        min?: (number|null);
                        max?: (number|null);
                        zeroThreshold?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      startTimeUnixNano?: number|Long|null;
                      timeUnixNano?: number|Long|null;
                      count?: number|Long|null;
                      sum?: number|null;
                      scale?: number|null;
                      zeroCount?: number|Long|null;
                      positive?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape|null;
                      negative?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape|null;
                      flags?: number|null;
                      min?: number|null;
                      max?: number|null;
                      zeroThreshold?: number|null;
                      $unknowns?: Uint8Array[];
                    };

                    interface IBuckets extends opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties {
                    }

                    class Buckets {
                        constructor(p?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties);
                        $unknowns?: Uint8Array[];
                        offset: number;
                        bucketCounts: (number|Long)[];
                        static create(properties: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets & opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape;
                        static create(properties?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets;
                        static encode(m: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets & opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape;
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace Buckets {
                        interface $Properties {
                            offset?: (number|null);
                            bucketCounts?: ((number|Long)[]|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties;
                    }
                }

                interface IExportMetricsServiceRequest extends opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.$Properties {
                }

                class ExportMetricsServiceRequest {
                    constructor(p?: opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.$Properties);
                    $unknowns?: Uint8Array[];
                    resourceMetrics: opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties[];
                    static create(properties: opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.$Shape): opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest & opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.$Properties): opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest;
                    static encode(m: opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest & opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ExportMetricsServiceRequest {
                    interface $Properties {
                        resourceMetrics?: (opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      resourceMetrics?: opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IExportMetricsServiceResponse extends opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Properties {
                }

                class ExportMetricsServiceResponse {
                    constructor(p?: opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Properties);
                    $unknowns?: Uint8Array[];
                    partialSuccess?: (opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Properties|null);
                    static create(properties: opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Shape): opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse & opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Properties): opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse;
                    static encode(m: opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse & opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ExportMetricsServiceResponse {
                    interface $Properties {
                        partialSuccess?: (opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Properties;
                }

                interface IExportMetricsPartialSuccess extends opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Properties {
                }

                class ExportMetricsPartialSuccess {
                    constructor(p?: opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Properties);
                    $unknowns?: Uint8Array[];
                    rejectedDataPoints: (number|Long);
                    errorMessage: string;
                    static create(properties: opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Shape): opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess & opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Properties): opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess;
                    static encode(m: opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess & opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ExportMetricsPartialSuccess {
                    interface $Properties {
                        rejectedDataPoints?: (number|Long|null);
                        errorMessage?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Properties;
                }
            }
        }
    }
}

export namespace google {

    namespace rpc {

        interface IStatus extends google.rpc.Status.$Properties {
        }

        class Status {
            constructor(p?: google.rpc.Status.$Properties);
            $unknowns?: Uint8Array[];
            code: number;
            message: string;
            static create(properties: google.rpc.Status.$Shape): google.rpc.Status & google.rpc.Status.$Shape;
            static create(properties?: google.rpc.Status.$Properties): google.rpc.Status;
            static encode(m: google.rpc.Status.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.rpc.Status & google.rpc.Status.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Status {
            interface $Properties {
                code?: (number|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.rpc.Status.$Properties;
        }
    }
}
