/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.opentelemetry = (function() {

    /**
     * Namespace opentelemetry.
     * @exports opentelemetry
     * @namespace
     */
    var opentelemetry = {};

    opentelemetry.proto = (function() {

        /**
         * Namespace proto.
         * @memberof opentelemetry
         * @namespace
         */
        var proto = {};

        proto.common = (function() {

            /**
             * Namespace common.
             * @memberof opentelemetry.proto
             * @namespace
             */
            var common = {};

            common.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof opentelemetry.proto.common
                 * @namespace
                 */
                var v1 = {};

                v1.AnyValue = (function() {

                    /**
                     * Properties of an AnyValue.
                     * @typedef {Object} opentelemetry.proto.common.v1.AnyValue.$Properties
                     * @property {string|null} [stringValue] AnyValue stringValue
                     * @property {boolean|null} [boolValue] AnyValue boolValue
                     * @property {number|Long|null} [intValue] AnyValue intValue
                     * @property {number|null} [doubleValue] AnyValue doubleValue
                     * @property {opentelemetry.proto.common.v1.ArrayValue.$Properties|null} [arrayValue] AnyValue arrayValue
                     * @property {opentelemetry.proto.common.v1.KeyValueList.$Properties|null} [kvlistValue] AnyValue kvlistValue
                     * @property {Uint8Array|null} [bytesValue] AnyValue bytesValue
                     * @property {"stringValue"|"boolValue"|"intValue"|"doubleValue"|"arrayValue"|"kvlistValue"|"bytesValue"} [value] AnyValue value
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an AnyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IAnyValue
                     * @augments opentelemetry.proto.common.v1.AnyValue.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.AnyValue.$Properties instead.
                     */

                    /**
                     * Narrowed shape of an AnyValue.
                     * @typedef {{
                     *   stringValue?: string|null;
                     *   boolValue?: boolean|null;
                     *   intValue?: number|Long|null;
                     *   doubleValue?: number|null;
                     *   arrayValue?: opentelemetry.proto.common.v1.ArrayValue.$Shape|null;
                     *   kvlistValue?: opentelemetry.proto.common.v1.KeyValueList.$Shape|null;
                     *   bytesValue?: Uint8Array|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ value?: undefined; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "stringValue"; stringValue: string; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "boolValue"; stringValue?: null; boolValue: boolean; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "intValue"; stringValue?: null; boolValue?: null; intValue: number|Long; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "doubleValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue: number; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "arrayValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue: opentelemetry.proto.common.v1.ArrayValue.$Shape; kvlistValue?: null; bytesValue?: null }|{ value?: "kvlistValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue: opentelemetry.proto.common.v1.KeyValueList.$Shape; bytesValue?: null }|{ value?: "bytesValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue: Uint8Array })
                     * )} opentelemetry.proto.common.v1.AnyValue.$Shape
                     */

                    /**
                     * Constructs a new AnyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents an AnyValue.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.AnyValue.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var AnyValue = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * AnyValue stringValue.
                     * @member {string|null|undefined} stringValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.stringValue = null;

                    /**
                     * AnyValue boolValue.
                     * @member {boolean|null|undefined} boolValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.boolValue = null;

                    /**
                     * AnyValue intValue.
                     * @member {number|Long|null|undefined} intValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.intValue = null;

                    /**
                     * AnyValue doubleValue.
                     * @member {number|null|undefined} doubleValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.doubleValue = null;

                    /**
                     * AnyValue arrayValue.
                     * @member {opentelemetry.proto.common.v1.ArrayValue.$Properties|null|undefined} arrayValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.arrayValue = null;

                    /**
                     * AnyValue kvlistValue.
                     * @member {opentelemetry.proto.common.v1.KeyValueList.$Properties|null|undefined} kvlistValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.kvlistValue = null;

                    /**
                     * AnyValue bytesValue.
                     * @member {Uint8Array|null|undefined} bytesValue
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.bytesValue = null;

                    // OneOf field names bound to virtual getters and setters
                    var $oneOfFields;

                    /**
                     * AnyValue value.
                     * @member {"stringValue"|"boolValue"|"intValue"|"doubleValue"|"arrayValue"|"kvlistValue"|"bytesValue"|undefined} value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    $Object.defineProperty(AnyValue.prototype, "value", {
                        get: $util.oneOfGetter($oneOfFields = ["stringValue", "boolValue", "intValue", "doubleValue", "arrayValue", "kvlistValue", "bytesValue"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new AnyValue instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.AnyValue.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.AnyValue} AnyValue instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.AnyValue.$Shape): opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.AnyValue.$Properties): opentelemetry.proto.common.v1.AnyValue;
                     * }}
                     */
                    AnyValue.create = function(properties) {
                        return new AnyValue(properties);
                    };

                    /**
                     * Encodes the specified AnyValue message. Does not implicitly {@link opentelemetry.proto.common.v1.AnyValue.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.AnyValue.$Properties} m AnyValue message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    AnyValue.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.stringValue != null && $Object.hasOwnProperty.call(m, "stringValue"))
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.stringValue);
                        if (m.boolValue != null && $Object.hasOwnProperty.call(m, "boolValue"))
                            w.uint32(/* id 2, wireType 0 =*/16).bool(m.boolValue);
                        if (m.intValue != null && $Object.hasOwnProperty.call(m, "intValue"))
                            w.uint32(/* id 3, wireType 0 =*/24).int64(m.intValue);
                        if (m.doubleValue != null && $Object.hasOwnProperty.call(m, "doubleValue"))
                            w.uint32(/* id 4, wireType 1 =*/33).double(m.doubleValue);
                        if (m.arrayValue != null && $Object.hasOwnProperty.call(m, "arrayValue"))
                            $root.opentelemetry.proto.common.v1.ArrayValue.encode(m.arrayValue, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                        if (m.kvlistValue != null && $Object.hasOwnProperty.call(m, "kvlistValue"))
                            $root.opentelemetry.proto.common.v1.KeyValueList.encode(m.kvlistValue, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                        if (m.bytesValue != null && $Object.hasOwnProperty.call(m, "bytesValue"))
                            w.uint32(/* id 7, wireType 2 =*/58).bytes(m.bytesValue);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes an AnyValue message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape} AnyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    AnyValue.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.AnyValue();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.stringValue = r.stringVerify();
                                    m.value = "stringValue";
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    m.boolValue = r.bool();
                                    m.value = "boolValue";
                                    continue;
                                }
                            case 3: {
                                    if (u !== 0)
                                        break;
                                    m.intValue = r.int64();
                                    m.value = "intValue";
                                    continue;
                                }
                            case 4: {
                                    if (u !== 1)
                                        break;
                                    m.doubleValue = r.double();
                                    m.value = "doubleValue";
                                    continue;
                                }
                            case 5: {
                                    if (u !== 2)
                                        break;
                                    m.arrayValue = $root.opentelemetry.proto.common.v1.ArrayValue.decode(r, r.size(), $undefined, q + 1, m.arrayValue);
                                    m.value = "arrayValue";
                                    continue;
                                }
                            case 6: {
                                    if (u !== 2)
                                        break;
                                    m.kvlistValue = $root.opentelemetry.proto.common.v1.KeyValueList.decode(r, r.size(), $undefined, q + 1, m.kvlistValue);
                                    m.value = "kvlistValue";
                                    continue;
                                }
                            case 7: {
                                    if (u !== 2)
                                        break;
                                    m.bytesValue = r.bytes();
                                    m.value = "bytesValue";
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for AnyValue
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    AnyValue.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.AnyValue";
                    };

                    return AnyValue;
                })();

                v1.ArrayValue = (function() {

                    /**
                     * Properties of an ArrayValue.
                     * @typedef {Object} opentelemetry.proto.common.v1.ArrayValue.$Properties
                     * @property {Array.<opentelemetry.proto.common.v1.AnyValue.$Properties>|null} [values] ArrayValue values
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ArrayValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IArrayValue
                     * @augments opentelemetry.proto.common.v1.ArrayValue.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.ArrayValue.$Properties instead.
                     */

                    /**
                     * Shape of an ArrayValue.
                     * @typedef {{
                     *   values?: Array.<opentelemetry.proto.common.v1.AnyValue.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.common.v1.ArrayValue.$Shape
                     */

                    /**
                     * Constructs a new ArrayValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents an ArrayValue.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.ArrayValue.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ArrayValue = function (p) {
                        this.values = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ArrayValue values.
                     * @member {Array.<opentelemetry.proto.common.v1.AnyValue.$Properties>} values
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @instance
                     */
                    ArrayValue.prototype.values = $util.emptyArray;

                    /**
                     * Creates a new ArrayValue instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.ArrayValue.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.ArrayValue} ArrayValue instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.ArrayValue.$Shape): opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.ArrayValue.$Properties): opentelemetry.proto.common.v1.ArrayValue;
                     * }}
                     */
                    ArrayValue.create = function(properties) {
                        return new ArrayValue(properties);
                    };

                    /**
                     * Encodes the specified ArrayValue message. Does not implicitly {@link opentelemetry.proto.common.v1.ArrayValue.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.ArrayValue.$Properties} m ArrayValue message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ArrayValue.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.values != null && m.values.length) {
                            for (var i = 0; i < m.values.length; ++i)
                                $root.opentelemetry.proto.common.v1.AnyValue.encode(m.values[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes an ArrayValue message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape} ArrayValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ArrayValue.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.ArrayValue();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.values && m.values.length))
                                        m.values = [];
                                    m.values.push($root.opentelemetry.proto.common.v1.AnyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for ArrayValue
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ArrayValue.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.ArrayValue";
                    };

                    return ArrayValue;
                })();

                v1.KeyValueList = (function() {

                    /**
                     * Properties of a KeyValueList.
                     * @typedef {Object} opentelemetry.proto.common.v1.KeyValueList.$Properties
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [values] KeyValueList values
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a KeyValueList.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IKeyValueList
                     * @augments opentelemetry.proto.common.v1.KeyValueList.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.KeyValueList.$Properties instead.
                     */

                    /**
                     * Shape of a KeyValueList.
                     * @typedef {{
                     *   values?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.common.v1.KeyValueList.$Shape
                     */

                    /**
                     * Constructs a new KeyValueList.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents a KeyValueList.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.KeyValueList.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var KeyValueList = function (p) {
                        this.values = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * KeyValueList values.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} values
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @instance
                     */
                    KeyValueList.prototype.values = $util.emptyArray;

                    /**
                     * Creates a new KeyValueList instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValueList.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.KeyValueList} KeyValueList instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.KeyValueList.$Shape): opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.KeyValueList.$Properties): opentelemetry.proto.common.v1.KeyValueList;
                     * }}
                     */
                    KeyValueList.create = function(properties) {
                        return new KeyValueList(properties);
                    };

                    /**
                     * Encodes the specified KeyValueList message. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValueList.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValueList.$Properties} m KeyValueList message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    KeyValueList.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.values != null && m.values.length) {
                            for (var i = 0; i < m.values.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.values[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a KeyValueList message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape} KeyValueList
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    KeyValueList.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.KeyValueList();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.values && m.values.length))
                                        m.values = [];
                                    m.values.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for KeyValueList
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    KeyValueList.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.KeyValueList";
                    };

                    return KeyValueList;
                })();

                v1.KeyValue = (function() {

                    /**
                     * Properties of a KeyValue.
                     * @typedef {Object} opentelemetry.proto.common.v1.KeyValue.$Properties
                     * @property {string|null} [key] KeyValue key
                     * @property {opentelemetry.proto.common.v1.AnyValue.$Properties|null} [value] KeyValue value
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a KeyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IKeyValue
                     * @augments opentelemetry.proto.common.v1.KeyValue.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.KeyValue.$Properties instead.
                     */

                    /**
                     * Shape of a KeyValue.
                     * @typedef {{
                     *   key?: string|null;
                     *   value?: opentelemetry.proto.common.v1.AnyValue.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.common.v1.KeyValue.$Shape
                     */

                    /**
                     * Constructs a new KeyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents a KeyValue.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.KeyValue.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var KeyValue = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * KeyValue key.
                     * @member {string} key
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @instance
                     */
                    KeyValue.prototype.key = "";

                    /**
                     * KeyValue value.
                     * @member {opentelemetry.proto.common.v1.AnyValue.$Properties|null|undefined} value
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @instance
                     */
                    KeyValue.prototype.value = null;

                    /**
                     * Creates a new KeyValue instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValue.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.KeyValue} KeyValue instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.KeyValue.$Shape): opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.KeyValue.$Properties): opentelemetry.proto.common.v1.KeyValue;
                     * }}
                     */
                    KeyValue.create = function(properties) {
                        return new KeyValue(properties);
                    };

                    /**
                     * Encodes the specified KeyValue message. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValue.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValue.$Properties} m KeyValue message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    KeyValue.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                        if (m.value != null && $Object.hasOwnProperty.call(m, "value"))
                            $root.opentelemetry.proto.common.v1.AnyValue.encode(m.value, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a KeyValue message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape} KeyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    KeyValue.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.KeyValue();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.key = v;
                                    else
                                        delete m.key;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    m.value = $root.opentelemetry.proto.common.v1.AnyValue.decode(r, r.size(), $undefined, q + 1, m.value);
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for KeyValue
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    KeyValue.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.KeyValue";
                    };

                    return KeyValue;
                })();

                v1.InstrumentationScope = (function() {

                    /**
                     * Properties of an InstrumentationScope.
                     * @typedef {Object} opentelemetry.proto.common.v1.InstrumentationScope.$Properties
                     * @property {string|null} [name] InstrumentationScope name
                     * @property {string|null} [version] InstrumentationScope version
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [attributes] InstrumentationScope attributes
                     * @property {number|null} [droppedAttributesCount] InstrumentationScope droppedAttributesCount
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an InstrumentationScope.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IInstrumentationScope
                     * @augments opentelemetry.proto.common.v1.InstrumentationScope.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.InstrumentationScope.$Properties instead.
                     */

                    /**
                     * Shape of an InstrumentationScope.
                     * @typedef {{
                     *   name?: string|null;
                     *   version?: string|null;
                     *   attributes?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   droppedAttributesCount?: number|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.common.v1.InstrumentationScope.$Shape
                     */

                    /**
                     * Constructs a new InstrumentationScope.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents an InstrumentationScope.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.InstrumentationScope.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var InstrumentationScope = function (p) {
                        this.attributes = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * InstrumentationScope name.
                     * @member {string} name
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.name = "";

                    /**
                     * InstrumentationScope version.
                     * @member {string} version
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.version = "";

                    /**
                     * InstrumentationScope attributes.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} attributes
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.attributes = $util.emptyArray;

                    /**
                     * InstrumentationScope droppedAttributesCount.
                     * @member {number} droppedAttributesCount
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.droppedAttributesCount = 0;

                    /**
                     * Creates a new InstrumentationScope instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {opentelemetry.proto.common.v1.InstrumentationScope.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope} InstrumentationScope instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.InstrumentationScope.$Shape): opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.InstrumentationScope.$Properties): opentelemetry.proto.common.v1.InstrumentationScope;
                     * }}
                     */
                    InstrumentationScope.create = function(properties) {
                        return new InstrumentationScope(properties);
                    };

                    /**
                     * Encodes the specified InstrumentationScope message. Does not implicitly {@link opentelemetry.proto.common.v1.InstrumentationScope.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {opentelemetry.proto.common.v1.InstrumentationScope.$Properties} m InstrumentationScope message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    InstrumentationScope.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                        if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                            w.uint32(/* id 2, wireType 2 =*/18).string(m.version);
                        if (m.attributes != null && m.attributes.length) {
                            for (var i = 0; i < m.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        }
                        if (m.droppedAttributesCount != null && $Object.hasOwnProperty.call(m, "droppedAttributesCount") && m.droppedAttributesCount !== 0)
                            w.uint32(/* id 4, wireType 0 =*/32).uint32(m.droppedAttributesCount);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes an InstrumentationScope message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape} InstrumentationScope
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    InstrumentationScope.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.InstrumentationScope();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.name = v;
                                    else
                                        delete m.name;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.version = v;
                                    else
                                        delete m.version;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributes && m.attributes.length))
                                        m.attributes = [];
                                    m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 4: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.droppedAttributesCount = v;
                                    else
                                        delete m.droppedAttributesCount;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for InstrumentationScope
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    InstrumentationScope.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.InstrumentationScope";
                    };

                    return InstrumentationScope;
                })();

                return v1;
            })();

            return common;
        })();

        proto.resource = (function() {

            /**
             * Namespace resource.
             * @memberof opentelemetry.proto
             * @namespace
             */
            var resource = {};

            resource.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof opentelemetry.proto.resource
                 * @namespace
                 */
                var v1 = {};

                v1.Resource = (function() {

                    /**
                     * Properties of a Resource.
                     * @typedef {Object} opentelemetry.proto.resource.v1.Resource.$Properties
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [attributes] Resource attributes
                     * @property {number|null} [droppedAttributesCount] Resource droppedAttributesCount
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Resource.
                     * @memberof opentelemetry.proto.resource.v1
                     * @interface IResource
                     * @augments opentelemetry.proto.resource.v1.Resource.$Properties
                     * @deprecated Use opentelemetry.proto.resource.v1.Resource.$Properties instead.
                     */

                    /**
                     * Shape of a Resource.
                     * @typedef {{
                     *   attributes?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   droppedAttributesCount?: number|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.resource.v1.Resource.$Shape
                     */

                    /**
                     * Constructs a new Resource.
                     * @memberof opentelemetry.proto.resource.v1
                     * @classdesc Represents a Resource.
                     * @constructor
                     * @param {opentelemetry.proto.resource.v1.Resource.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Resource = function (p) {
                        this.attributes = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Resource attributes.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} attributes
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @instance
                     */
                    Resource.prototype.attributes = $util.emptyArray;

                    /**
                     * Resource droppedAttributesCount.
                     * @member {number} droppedAttributesCount
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @instance
                     */
                    Resource.prototype.droppedAttributesCount = 0;

                    /**
                     * Creates a new Resource instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {opentelemetry.proto.resource.v1.Resource.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.resource.v1.Resource} Resource instance
                     * @type {{
                     *   (properties: opentelemetry.proto.resource.v1.Resource.$Shape): opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape;
                     *   (properties?: opentelemetry.proto.resource.v1.Resource.$Properties): opentelemetry.proto.resource.v1.Resource;
                     * }}
                     */
                    Resource.create = function(properties) {
                        return new Resource(properties);
                    };

                    /**
                     * Encodes the specified Resource message. Does not implicitly {@link opentelemetry.proto.resource.v1.Resource.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {opentelemetry.proto.resource.v1.Resource.$Properties} m Resource message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Resource.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.attributes != null && m.attributes.length) {
                            for (var i = 0; i < m.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.droppedAttributesCount != null && $Object.hasOwnProperty.call(m, "droppedAttributesCount") && m.droppedAttributesCount !== 0)
                            w.uint32(/* id 2, wireType 0 =*/16).uint32(m.droppedAttributesCount);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Resource message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape} Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Resource.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.resource.v1.Resource();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributes && m.attributes.length))
                                        m.attributes = [];
                                    m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.droppedAttributesCount = v;
                                    else
                                        delete m.droppedAttributesCount;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for Resource
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Resource.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.resource.v1.Resource";
                    };

                    return Resource;
                })();

                return v1;
            })();

            return resource;
        })();

        proto.trace = (function() {

            /**
             * Namespace trace.
             * @memberof opentelemetry.proto
             * @namespace
             */
            var trace = {};

            trace.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof opentelemetry.proto.trace
                 * @namespace
                 */
                var v1 = {};

                v1.ResourceSpans = (function() {

                    /**
                     * Properties of a ResourceSpans.
                     * @typedef {Object} opentelemetry.proto.trace.v1.ResourceSpans.$Properties
                     * @property {opentelemetry.proto.resource.v1.Resource.$Properties|null} [resource] ResourceSpans resource
                     * @property {Array.<opentelemetry.proto.trace.v1.ScopeSpans.$Properties>|null} [scopeSpans] ResourceSpans scopeSpans
                     * @property {string|null} [schemaUrl] ResourceSpans schemaUrl
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ResourceSpans.
                     * @memberof opentelemetry.proto.trace.v1
                     * @interface IResourceSpans
                     * @augments opentelemetry.proto.trace.v1.ResourceSpans.$Properties
                     * @deprecated Use opentelemetry.proto.trace.v1.ResourceSpans.$Properties instead.
                     */

                    /**
                     * Shape of a ResourceSpans.
                     * @typedef {{
                     *   resource?: opentelemetry.proto.resource.v1.Resource.$Shape|null;
                     *   scopeSpans?: Array.<opentelemetry.proto.trace.v1.ScopeSpans.$Shape>|null;
                     *   schemaUrl?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.trace.v1.ResourceSpans.$Shape
                     */

                    /**
                     * Constructs a new ResourceSpans.
                     * @memberof opentelemetry.proto.trace.v1
                     * @classdesc Represents a ResourceSpans.
                     * @constructor
                     * @param {opentelemetry.proto.trace.v1.ResourceSpans.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ResourceSpans = function (p) {
                        this.scopeSpans = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ResourceSpans resource.
                     * @member {opentelemetry.proto.resource.v1.Resource.$Properties|null|undefined} resource
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @instance
                     */
                    ResourceSpans.prototype.resource = null;

                    /**
                     * ResourceSpans scopeSpans.
                     * @member {Array.<opentelemetry.proto.trace.v1.ScopeSpans.$Properties>} scopeSpans
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @instance
                     */
                    ResourceSpans.prototype.scopeSpans = $util.emptyArray;

                    /**
                     * ResourceSpans schemaUrl.
                     * @member {string} schemaUrl
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @instance
                     */
                    ResourceSpans.prototype.schemaUrl = "";

                    /**
                     * Creates a new ResourceSpans instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ResourceSpans.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.trace.v1.ResourceSpans} ResourceSpans instance
                     * @type {{
                     *   (properties: opentelemetry.proto.trace.v1.ResourceSpans.$Shape): opentelemetry.proto.trace.v1.ResourceSpans & opentelemetry.proto.trace.v1.ResourceSpans.$Shape;
                     *   (properties?: opentelemetry.proto.trace.v1.ResourceSpans.$Properties): opentelemetry.proto.trace.v1.ResourceSpans;
                     * }}
                     */
                    ResourceSpans.create = function(properties) {
                        return new ResourceSpans(properties);
                    };

                    /**
                     * Encodes the specified ResourceSpans message. Does not implicitly {@link opentelemetry.proto.trace.v1.ResourceSpans.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ResourceSpans.$Properties} m ResourceSpans message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ResourceSpans.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.resource != null && $Object.hasOwnProperty.call(m, "resource"))
                            $root.opentelemetry.proto.resource.v1.Resource.encode(m.resource, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (m.scopeSpans != null && m.scopeSpans.length) {
                            for (var i = 0; i < m.scopeSpans.length; ++i)
                                $root.opentelemetry.proto.trace.v1.ScopeSpans.encode(m.scopeSpans[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        }
                        if (m.schemaUrl != null && $Object.hasOwnProperty.call(m, "schemaUrl") && m.schemaUrl !== "")
                            w.uint32(/* id 3, wireType 2 =*/26).string(m.schemaUrl);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a ResourceSpans message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.ResourceSpans & opentelemetry.proto.trace.v1.ResourceSpans.$Shape} ResourceSpans
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ResourceSpans.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.trace.v1.ResourceSpans();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.resource = $root.opentelemetry.proto.resource.v1.Resource.decode(r, r.size(), $undefined, q + 1, m.resource);
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.scopeSpans && m.scopeSpans.length))
                                        m.scopeSpans = [];
                                    m.scopeSpans.push($root.opentelemetry.proto.trace.v1.ScopeSpans.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.schemaUrl = v;
                                    else
                                        delete m.schemaUrl;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for ResourceSpans
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ResourceSpans.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.trace.v1.ResourceSpans";
                    };

                    return ResourceSpans;
                })();

                v1.ScopeSpans = (function() {

                    /**
                     * Properties of a ScopeSpans.
                     * @typedef {Object} opentelemetry.proto.trace.v1.ScopeSpans.$Properties
                     * @property {opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null} [scope] ScopeSpans scope
                     * @property {Array.<opentelemetry.proto.trace.v1.Span.$Properties>|null} [spans] ScopeSpans spans
                     * @property {string|null} [schemaUrl] ScopeSpans schemaUrl
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ScopeSpans.
                     * @memberof opentelemetry.proto.trace.v1
                     * @interface IScopeSpans
                     * @augments opentelemetry.proto.trace.v1.ScopeSpans.$Properties
                     * @deprecated Use opentelemetry.proto.trace.v1.ScopeSpans.$Properties instead.
                     */

                    /**
                     * Shape of a ScopeSpans.
                     * @typedef {{
                     *   scope?: opentelemetry.proto.common.v1.InstrumentationScope.$Shape|null;
                     *   spans?: Array.<opentelemetry.proto.trace.v1.Span.$Shape>|null;
                     *   schemaUrl?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.trace.v1.ScopeSpans.$Shape
                     */

                    /**
                     * Constructs a new ScopeSpans.
                     * @memberof opentelemetry.proto.trace.v1
                     * @classdesc Represents a ScopeSpans.
                     * @constructor
                     * @param {opentelemetry.proto.trace.v1.ScopeSpans.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ScopeSpans = function (p) {
                        this.spans = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ScopeSpans scope.
                     * @member {opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null|undefined} scope
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @instance
                     */
                    ScopeSpans.prototype.scope = null;

                    /**
                     * ScopeSpans spans.
                     * @member {Array.<opentelemetry.proto.trace.v1.Span.$Properties>} spans
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @instance
                     */
                    ScopeSpans.prototype.spans = $util.emptyArray;

                    /**
                     * ScopeSpans schemaUrl.
                     * @member {string} schemaUrl
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @instance
                     */
                    ScopeSpans.prototype.schemaUrl = "";

                    /**
                     * Creates a new ScopeSpans instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ScopeSpans.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.trace.v1.ScopeSpans} ScopeSpans instance
                     * @type {{
                     *   (properties: opentelemetry.proto.trace.v1.ScopeSpans.$Shape): opentelemetry.proto.trace.v1.ScopeSpans & opentelemetry.proto.trace.v1.ScopeSpans.$Shape;
                     *   (properties?: opentelemetry.proto.trace.v1.ScopeSpans.$Properties): opentelemetry.proto.trace.v1.ScopeSpans;
                     * }}
                     */
                    ScopeSpans.create = function(properties) {
                        return new ScopeSpans(properties);
                    };

                    /**
                     * Encodes the specified ScopeSpans message. Does not implicitly {@link opentelemetry.proto.trace.v1.ScopeSpans.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ScopeSpans.$Properties} m ScopeSpans message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ScopeSpans.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.scope != null && $Object.hasOwnProperty.call(m, "scope"))
                            $root.opentelemetry.proto.common.v1.InstrumentationScope.encode(m.scope, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (m.spans != null && m.spans.length) {
                            for (var i = 0; i < m.spans.length; ++i)
                                $root.opentelemetry.proto.trace.v1.Span.encode(m.spans[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        }
                        if (m.schemaUrl != null && $Object.hasOwnProperty.call(m, "schemaUrl") && m.schemaUrl !== "")
                            w.uint32(/* id 3, wireType 2 =*/26).string(m.schemaUrl);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a ScopeSpans message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.ScopeSpans & opentelemetry.proto.trace.v1.ScopeSpans.$Shape} ScopeSpans
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ScopeSpans.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.trace.v1.ScopeSpans();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.decode(r, r.size(), $undefined, q + 1, m.scope);
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.spans && m.spans.length))
                                        m.spans = [];
                                    m.spans.push($root.opentelemetry.proto.trace.v1.Span.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.schemaUrl = v;
                                    else
                                        delete m.schemaUrl;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for ScopeSpans
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ScopeSpans.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.trace.v1.ScopeSpans";
                    };

                    return ScopeSpans;
                })();

                v1.Span = (function() {

                    /**
                     * Properties of a Span.
                     * @typedef {Object} opentelemetry.proto.trace.v1.Span.$Properties
                     * @property {Uint8Array|null} [traceId] Span traceId
                     * @property {Uint8Array|null} [spanId] Span spanId
                     * @property {string|null} [traceState] Span traceState
                     * @property {Uint8Array|null} [parentSpanId] Span parentSpanId
                     * @property {number|null} [flags] Span flags
                     * @property {string|null} [name] Span name
                     * @property {opentelemetry.proto.trace.v1.Span.SpanKind|null} [kind] Span kind
                     * @property {number|Long|null} [startTimeUnixNano] Span startTimeUnixNano
                     * @property {number|Long|null} [endTimeUnixNano] Span endTimeUnixNano
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [attributes] Span attributes
                     * @property {number|null} [droppedAttributesCount] Span droppedAttributesCount
                     * @property {Array.<opentelemetry.proto.trace.v1.Span.Event.$Properties>|null} [events] Span events
                     * @property {number|null} [droppedEventsCount] Span droppedEventsCount
                     * @property {opentelemetry.proto.trace.v1.Status.$Properties|null} [status] Span status
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Span.
                     * @memberof opentelemetry.proto.trace.v1
                     * @interface ISpan
                     * @augments opentelemetry.proto.trace.v1.Span.$Properties
                     * @deprecated Use opentelemetry.proto.trace.v1.Span.$Properties instead.
                     */

                    /**
                     * Shape of a Span.
                     * @typedef {{
                     *   traceId?: Uint8Array|null;
                     *   spanId?: Uint8Array|null;
                     *   traceState?: string|null;
                     *   parentSpanId?: Uint8Array|null;
                     *   flags?: number|null;
                     *   name?: string|null;
                     *   kind?: opentelemetry.proto.trace.v1.Span.SpanKind|null;
                     *   startTimeUnixNano?: number|Long|null;
                     *   endTimeUnixNano?: number|Long|null;
                     *   attributes?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   droppedAttributesCount?: number|null;
                     *   events?: Array.<opentelemetry.proto.trace.v1.Span.Event.$Shape>|null;
                     *   droppedEventsCount?: number|null;
                     *   status?: opentelemetry.proto.trace.v1.Status.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.trace.v1.Span.$Shape
                     */

                    /**
                     * Constructs a new Span.
                     * @memberof opentelemetry.proto.trace.v1
                     * @classdesc Represents a Span.
                     * @constructor
                     * @param {opentelemetry.proto.trace.v1.Span.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Span = function (p) {
                        this.attributes = [];
                        this.events = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Span traceId.
                     * @member {Uint8Array} traceId
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.traceId = $util.newBuffer([]);

                    /**
                     * Span spanId.
                     * @member {Uint8Array} spanId
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.spanId = $util.newBuffer([]);

                    /**
                     * Span traceState.
                     * @member {string} traceState
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.traceState = "";

                    /**
                     * Span parentSpanId.
                     * @member {Uint8Array} parentSpanId
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.parentSpanId = $util.newBuffer([]);

                    /**
                     * Span flags.
                     * @member {number} flags
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.flags = 0;

                    /**
                     * Span name.
                     * @member {string} name
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.name = "";

                    /**
                     * Span kind.
                     * @member {opentelemetry.proto.trace.v1.Span.SpanKind} kind
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.kind = 0;

                    /**
                     * Span startTimeUnixNano.
                     * @member {number|Long} startTimeUnixNano
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Span endTimeUnixNano.
                     * @member {number|Long} endTimeUnixNano
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.endTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Span attributes.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} attributes
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.attributes = $util.emptyArray;

                    /**
                     * Span droppedAttributesCount.
                     * @member {number} droppedAttributesCount
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.droppedAttributesCount = 0;

                    /**
                     * Span events.
                     * @member {Array.<opentelemetry.proto.trace.v1.Span.Event.$Properties>} events
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.events = $util.emptyArray;

                    /**
                     * Span droppedEventsCount.
                     * @member {number} droppedEventsCount
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.droppedEventsCount = 0;

                    /**
                     * Span status.
                     * @member {opentelemetry.proto.trace.v1.Status.$Properties|null|undefined} status
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.status = null;

                    /**
                     * Creates a new Span instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {opentelemetry.proto.trace.v1.Span.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.trace.v1.Span} Span instance
                     * @type {{
                     *   (properties: opentelemetry.proto.trace.v1.Span.$Shape): opentelemetry.proto.trace.v1.Span & opentelemetry.proto.trace.v1.Span.$Shape;
                     *   (properties?: opentelemetry.proto.trace.v1.Span.$Properties): opentelemetry.proto.trace.v1.Span;
                     * }}
                     */
                    Span.create = function(properties) {
                        return new Span(properties);
                    };

                    /**
                     * Encodes the specified Span message. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {opentelemetry.proto.trace.v1.Span.$Properties} m Span message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Span.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.traceId != null && $Object.hasOwnProperty.call(m, "traceId") && m.traceId.length)
                            w.uint32(/* id 1, wireType 2 =*/10).bytes(m.traceId);
                        if (m.spanId != null && $Object.hasOwnProperty.call(m, "spanId") && m.spanId.length)
                            w.uint32(/* id 2, wireType 2 =*/18).bytes(m.spanId);
                        if (m.traceState != null && $Object.hasOwnProperty.call(m, "traceState") && m.traceState !== "")
                            w.uint32(/* id 3, wireType 2 =*/26).string(m.traceState);
                        if (m.parentSpanId != null && $Object.hasOwnProperty.call(m, "parentSpanId") && m.parentSpanId.length)
                            w.uint32(/* id 4, wireType 2 =*/34).bytes(m.parentSpanId);
                        if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                            w.uint32(/* id 5, wireType 2 =*/42).string(m.name);
                        if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                            w.uint32(/* id 6, wireType 0 =*/48).int32(m.kind);
                        if (m.startTimeUnixNano != null && $Object.hasOwnProperty.call(m, "startTimeUnixNano") && (typeof m.startTimeUnixNano === "object" ? m.startTimeUnixNano.low || m.startTimeUnixNano.high : m.startTimeUnixNano !== 0))
                            w.uint32(/* id 7, wireType 1 =*/57).fixed64(m.startTimeUnixNano);
                        if (m.endTimeUnixNano != null && $Object.hasOwnProperty.call(m, "endTimeUnixNano") && (typeof m.endTimeUnixNano === "object" ? m.endTimeUnixNano.low || m.endTimeUnixNano.high : m.endTimeUnixNano !== 0))
                            w.uint32(/* id 8, wireType 1 =*/65).fixed64(m.endTimeUnixNano);
                        if (m.attributes != null && m.attributes.length) {
                            for (var i = 0; i < m.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                        }
                        if (m.droppedAttributesCount != null && $Object.hasOwnProperty.call(m, "droppedAttributesCount") && m.droppedAttributesCount !== 0)
                            w.uint32(/* id 10, wireType 0 =*/80).uint32(m.droppedAttributesCount);
                        if (m.events != null && m.events.length) {
                            for (var i = 0; i < m.events.length; ++i)
                                $root.opentelemetry.proto.trace.v1.Span.Event.encode(m.events[i], w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                        }
                        if (m.droppedEventsCount != null && $Object.hasOwnProperty.call(m, "droppedEventsCount") && m.droppedEventsCount !== 0)
                            w.uint32(/* id 12, wireType 0 =*/96).uint32(m.droppedEventsCount);
                        if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                            $root.opentelemetry.proto.trace.v1.Status.encode(m.status, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                        if (m.flags != null && $Object.hasOwnProperty.call(m, "flags") && m.flags !== 0)
                            w.uint32(/* id 16, wireType 5 =*/133).fixed32(m.flags);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Span message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.Span & opentelemetry.proto.trace.v1.Span.$Shape} Span
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Span.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.trace.v1.Span();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.bytes()).length)
                                        m.traceId = v;
                                    else
                                        delete m.traceId;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.bytes()).length)
                                        m.spanId = v;
                                    else
                                        delete m.spanId;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.traceState = v;
                                    else
                                        delete m.traceState;
                                    continue;
                                }
                            case 4: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.bytes()).length)
                                        m.parentSpanId = v;
                                    else
                                        delete m.parentSpanId;
                                    continue;
                                }
                            case 16: {
                                    if (u !== 5)
                                        break;
                                    if (v = r.fixed32())
                                        m.flags = v;
                                    else
                                        delete m.flags;
                                    continue;
                                }
                            case 5: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.name = v;
                                    else
                                        delete m.name;
                                    continue;
                                }
                            case 6: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.kind = v;
                                    else
                                        delete m.kind;
                                    continue;
                                }
                            case 7: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.startTimeUnixNano = v;
                                    else
                                        delete m.startTimeUnixNano;
                                    continue;
                                }
                            case 8: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.endTimeUnixNano = v;
                                    else
                                        delete m.endTimeUnixNano;
                                    continue;
                                }
                            case 9: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributes && m.attributes.length))
                                        m.attributes = [];
                                    m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 10: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.droppedAttributesCount = v;
                                    else
                                        delete m.droppedAttributesCount;
                                    continue;
                                }
                            case 11: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.events && m.events.length))
                                        m.events = [];
                                    m.events.push($root.opentelemetry.proto.trace.v1.Span.Event.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 12: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.droppedEventsCount = v;
                                    else
                                        delete m.droppedEventsCount;
                                    continue;
                                }
                            case 15: {
                                    if (u !== 2)
                                        break;
                                    m.status = $root.opentelemetry.proto.trace.v1.Status.decode(r, r.size(), $undefined, q + 1, m.status);
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for Span
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Span.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.trace.v1.Span";
                    };

                    /**
                     * SpanKind enum.
                     * @name opentelemetry.proto.trace.v1.Span.SpanKind
                     * @enum {number}
                     * @property {number} SPAN_KIND_UNSPECIFIED=0 SPAN_KIND_UNSPECIFIED value
                     * @property {number} SPAN_KIND_INTERNAL=1 SPAN_KIND_INTERNAL value
                     * @property {number} SPAN_KIND_SERVER=2 SPAN_KIND_SERVER value
                     * @property {number} SPAN_KIND_CLIENT=3 SPAN_KIND_CLIENT value
                     * @property {number} SPAN_KIND_PRODUCER=4 SPAN_KIND_PRODUCER value
                     * @property {number} SPAN_KIND_CONSUMER=5 SPAN_KIND_CONSUMER value
                     */
                    Span.SpanKind = (function() {
                        var valuesById = $Object.create(null), values = $Object.create(valuesById);
                        values[valuesById[0] = "SPAN_KIND_UNSPECIFIED"] = 0;
                        values[valuesById[1] = "SPAN_KIND_INTERNAL"] = 1;
                        values[valuesById[2] = "SPAN_KIND_SERVER"] = 2;
                        values[valuesById[3] = "SPAN_KIND_CLIENT"] = 3;
                        values[valuesById[4] = "SPAN_KIND_PRODUCER"] = 4;
                        values[valuesById[5] = "SPAN_KIND_CONSUMER"] = 5;
                        return values;
                    })();

                    Span.Event = (function() {

                        /**
                         * Properties of an Event.
                         * @typedef {Object} opentelemetry.proto.trace.v1.Span.Event.$Properties
                         * @property {number|Long|null} [timeUnixNano] Event timeUnixNano
                         * @property {string|null} [name] Event name
                         * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [attributes] Event attributes
                         * @property {number|null} [droppedAttributesCount] Event droppedAttributesCount
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an Event.
                         * @memberof opentelemetry.proto.trace.v1.Span
                         * @interface IEvent
                         * @augments opentelemetry.proto.trace.v1.Span.Event.$Properties
                         * @deprecated Use opentelemetry.proto.trace.v1.Span.Event.$Properties instead.
                         */

                        /**
                         * Shape of an Event.
                         * @typedef {{
                         *   timeUnixNano?: number|Long|null;
                         *   name?: string|null;
                         *   attributes?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                         *   droppedAttributesCount?: number|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.trace.v1.Span.Event.$Shape
                         */

                        /**
                         * Constructs a new Event.
                         * @memberof opentelemetry.proto.trace.v1.Span
                         * @classdesc Represents an Event.
                         * @constructor
                         * @param {opentelemetry.proto.trace.v1.Span.Event.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        var Event = function (p) {
                            this.attributes = [];
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Event timeUnixNano.
                         * @member {number|Long} timeUnixNano
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @instance
                         */
                        Event.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                        /**
                         * Event name.
                         * @member {string} name
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @instance
                         */
                        Event.prototype.name = "";

                        /**
                         * Event attributes.
                         * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} attributes
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @instance
                         */
                        Event.prototype.attributes = $util.emptyArray;

                        /**
                         * Event droppedAttributesCount.
                         * @member {number} droppedAttributesCount
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @instance
                         */
                        Event.prototype.droppedAttributesCount = 0;

                        /**
                         * Creates a new Event instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {opentelemetry.proto.trace.v1.Span.Event.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.trace.v1.Span.Event} Event instance
                         * @type {{
                         *   (properties: opentelemetry.proto.trace.v1.Span.Event.$Shape): opentelemetry.proto.trace.v1.Span.Event & opentelemetry.proto.trace.v1.Span.Event.$Shape;
                         *   (properties?: opentelemetry.proto.trace.v1.Span.Event.$Properties): opentelemetry.proto.trace.v1.Span.Event;
                         * }}
                         */
                        Event.create = function(properties) {
                            return new Event(properties);
                        };

                        /**
                         * Encodes the specified Event message. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.Event.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {opentelemetry.proto.trace.v1.Span.Event.$Properties} m Event message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Event.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano") && (typeof m.timeUnixNano === "object" ? m.timeUnixNano.low || m.timeUnixNano.high : m.timeUnixNano !== 0))
                                w.uint32(/* id 1, wireType 1 =*/9).fixed64(m.timeUnixNano);
                            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                                w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                            if (m.attributes != null && m.attributes.length) {
                                for (var i = 0; i < m.attributes.length; ++i)
                                    $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                            }
                            if (m.droppedAttributesCount != null && $Object.hasOwnProperty.call(m, "droppedAttributesCount") && m.droppedAttributesCount !== 0)
                                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.droppedAttributesCount);
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Decodes an Event message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {opentelemetry.proto.trace.v1.Span.Event & opentelemetry.proto.trace.v1.Span.Event.$Shape} Event
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Event.decode = function (r, l, z, q, g) {
                            if (!(r instanceof $Reader))
                                r = $Reader.create(r);
                            if (q === $undefined)
                                q = 0;
                            if (q > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            var c, m, v;
                            if (l === $undefined)
                                c = r.len;
                            else {
                                c = r.pos + l;
                                if (c > r.len)
                                    throw $RangeError("index out of range");
                                l = r.len;
                                r.len = c;
                            }
                            m = g || new $root.opentelemetry.proto.trace.v1.Span.Event();
                            while (r.pos < c) {
                                var s = r.pos;
                                var t = r.tag();
                                if (t === z) {
                                    z = $undefined;
                                    break;
                                }
                                var u = t & 7;
                                switch (t >>>= 3) {
                                case 1: {
                                        if (u !== 1)
                                            break;
                                        if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                            m.timeUnixNano = v;
                                        else
                                            delete m.timeUnixNano;
                                        continue;
                                    }
                                case 2: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.stringVerify()).length)
                                            m.name = v;
                                        else
                                            delete m.name;
                                        continue;
                                    }
                                case 3: {
                                        if (u !== 2)
                                            break;
                                        if (!(m.attributes && m.attributes.length))
                                            m.attributes = [];
                                        m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                        continue;
                                    }
                                case 4: {
                                        if (u !== 0)
                                            break;
                                        if (v = r.uint32())
                                            m.droppedAttributesCount = v;
                                        else
                                            delete m.droppedAttributesCount;
                                        continue;
                                    }
                                }
                                r.skipType(u, q, t);
                                if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                                }
                            }
                            if (l !== $undefined) {
                                if (r.pos !== c)
                                    throw $RangeError("index out of range");
                                r.len = l;
                            }
                            if (z !== $undefined)
                                throw $Error("missing end group");
                            return m;
                        };

                        /**
                         * Gets the type url for Event
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        Event.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.trace.v1.Span.Event";
                        };

                        return Event;
                    })();

                    return Span;
                })();

                v1.Status = (function() {

                    /**
                     * Properties of a Status.
                     * @typedef {Object} opentelemetry.proto.trace.v1.Status.$Properties
                     * @property {string|null} [message] Status message
                     * @property {opentelemetry.proto.trace.v1.Status.StatusCode|null} [code] Status code
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Status.
                     * @memberof opentelemetry.proto.trace.v1
                     * @interface IStatus
                     * @augments opentelemetry.proto.trace.v1.Status.$Properties
                     * @deprecated Use opentelemetry.proto.trace.v1.Status.$Properties instead.
                     */

                    /**
                     * Shape of a Status.
                     * @typedef {opentelemetry.proto.trace.v1.Status.$Properties} opentelemetry.proto.trace.v1.Status.$Shape
                     */

                    /**
                     * Constructs a new Status.
                     * @memberof opentelemetry.proto.trace.v1
                     * @classdesc Represents a Status.
                     * @constructor
                     * @param {opentelemetry.proto.trace.v1.Status.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Status = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Status message.
                     * @member {string} message
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @instance
                     */
                    Status.prototype.message = "";

                    /**
                     * Status code.
                     * @member {opentelemetry.proto.trace.v1.Status.StatusCode} code
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @instance
                     */
                    Status.prototype.code = 0;

                    /**
                     * Creates a new Status instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {opentelemetry.proto.trace.v1.Status.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.trace.v1.Status} Status instance
                     * @type {{
                     *   (properties: opentelemetry.proto.trace.v1.Status.$Shape): opentelemetry.proto.trace.v1.Status & opentelemetry.proto.trace.v1.Status.$Shape;
                     *   (properties?: opentelemetry.proto.trace.v1.Status.$Properties): opentelemetry.proto.trace.v1.Status;
                     * }}
                     */
                    Status.create = function(properties) {
                        return new Status(properties);
                    };

                    /**
                     * Encodes the specified Status message. Does not implicitly {@link opentelemetry.proto.trace.v1.Status.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {opentelemetry.proto.trace.v1.Status.$Properties} m Status message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Status.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                            w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                        if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                            w.uint32(/* id 3, wireType 0 =*/24).int32(m.code);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Status message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.Status & opentelemetry.proto.trace.v1.Status.$Shape} Status
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Status.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.trace.v1.Status();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.message = v;
                                    else
                                        delete m.message;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.code = v;
                                    else
                                        delete m.code;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for Status
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Status.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.trace.v1.Status";
                    };

                    /**
                     * StatusCode enum.
                     * @name opentelemetry.proto.trace.v1.Status.StatusCode
                     * @enum {number}
                     * @property {number} STATUS_CODE_UNSET=0 STATUS_CODE_UNSET value
                     * @property {number} STATUS_CODE_OK=1 STATUS_CODE_OK value
                     * @property {number} STATUS_CODE_ERROR=2 STATUS_CODE_ERROR value
                     */
                    Status.StatusCode = (function() {
                        var valuesById = $Object.create(null), values = $Object.create(valuesById);
                        values[valuesById[0] = "STATUS_CODE_UNSET"] = 0;
                        values[valuesById[1] = "STATUS_CODE_OK"] = 1;
                        values[valuesById[2] = "STATUS_CODE_ERROR"] = 2;
                        return values;
                    })();

                    return Status;
                })();

                v1.ExportTraceServiceRequest = (function() {

                    /**
                     * Properties of an ExportTraceServiceRequest.
                     * @typedef {Object} opentelemetry.proto.trace.v1.ExportTraceServiceRequest.$Properties
                     * @property {Array.<opentelemetry.proto.trace.v1.ResourceSpans.$Properties>|null} [resourceSpans] ExportTraceServiceRequest resourceSpans
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ExportTraceServiceRequest.
                     * @memberof opentelemetry.proto.trace.v1
                     * @interface IExportTraceServiceRequest
                     * @augments opentelemetry.proto.trace.v1.ExportTraceServiceRequest.$Properties
                     * @deprecated Use opentelemetry.proto.trace.v1.ExportTraceServiceRequest.$Properties instead.
                     */

                    /**
                     * Shape of an ExportTraceServiceRequest.
                     * @typedef {{
                     *   resourceSpans?: Array.<opentelemetry.proto.trace.v1.ResourceSpans.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.trace.v1.ExportTraceServiceRequest.$Shape
                     */

                    /**
                     * Constructs a new ExportTraceServiceRequest.
                     * @memberof opentelemetry.proto.trace.v1
                     * @classdesc Represents an ExportTraceServiceRequest.
                     * @constructor
                     * @param {opentelemetry.proto.trace.v1.ExportTraceServiceRequest.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ExportTraceServiceRequest = function (p) {
                        this.resourceSpans = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ExportTraceServiceRequest resourceSpans.
                     * @member {Array.<opentelemetry.proto.trace.v1.ResourceSpans.$Properties>} resourceSpans
                     * @memberof opentelemetry.proto.trace.v1.ExportTraceServiceRequest
                     * @instance
                     */
                    ExportTraceServiceRequest.prototype.resourceSpans = $util.emptyArray;

                    /**
                     * Creates a new ExportTraceServiceRequest instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.trace.v1.ExportTraceServiceRequest
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ExportTraceServiceRequest.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.trace.v1.ExportTraceServiceRequest} ExportTraceServiceRequest instance
                     * @type {{
                     *   (properties: opentelemetry.proto.trace.v1.ExportTraceServiceRequest.$Shape): opentelemetry.proto.trace.v1.ExportTraceServiceRequest & opentelemetry.proto.trace.v1.ExportTraceServiceRequest.$Shape;
                     *   (properties?: opentelemetry.proto.trace.v1.ExportTraceServiceRequest.$Properties): opentelemetry.proto.trace.v1.ExportTraceServiceRequest;
                     * }}
                     */
                    ExportTraceServiceRequest.create = function(properties) {
                        return new ExportTraceServiceRequest(properties);
                    };

                    /**
                     * Encodes the specified ExportTraceServiceRequest message. Does not implicitly {@link opentelemetry.proto.trace.v1.ExportTraceServiceRequest.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.trace.v1.ExportTraceServiceRequest
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ExportTraceServiceRequest.$Properties} m ExportTraceServiceRequest message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ExportTraceServiceRequest.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.resourceSpans != null && m.resourceSpans.length) {
                            for (var i = 0; i < m.resourceSpans.length; ++i)
                                $root.opentelemetry.proto.trace.v1.ResourceSpans.encode(m.resourceSpans[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes an ExportTraceServiceRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.trace.v1.ExportTraceServiceRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.ExportTraceServiceRequest & opentelemetry.proto.trace.v1.ExportTraceServiceRequest.$Shape} ExportTraceServiceRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ExportTraceServiceRequest.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.trace.v1.ExportTraceServiceRequest();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.resourceSpans && m.resourceSpans.length))
                                        m.resourceSpans = [];
                                    m.resourceSpans.push($root.opentelemetry.proto.trace.v1.ResourceSpans.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for ExportTraceServiceRequest
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.trace.v1.ExportTraceServiceRequest
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ExportTraceServiceRequest.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.trace.v1.ExportTraceServiceRequest";
                    };

                    return ExportTraceServiceRequest;
                })();

                v1.ExportTraceServiceResponse = (function() {

                    /**
                     * Properties of an ExportTraceServiceResponse.
                     * @typedef {Object} opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Properties
                     * @property {opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Properties|null} [partialSuccess] ExportTraceServiceResponse partialSuccess
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ExportTraceServiceResponse.
                     * @memberof opentelemetry.proto.trace.v1
                     * @interface IExportTraceServiceResponse
                     * @augments opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Properties
                     * @deprecated Use opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Properties instead.
                     */

                    /**
                     * Shape of an ExportTraceServiceResponse.
                     * @typedef {opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Properties} opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Shape
                     */

                    /**
                     * Constructs a new ExportTraceServiceResponse.
                     * @memberof opentelemetry.proto.trace.v1
                     * @classdesc Represents an ExportTraceServiceResponse.
                     * @constructor
                     * @param {opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ExportTraceServiceResponse = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ExportTraceServiceResponse partialSuccess.
                     * @member {opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Properties|null|undefined} partialSuccess
                     * @memberof opentelemetry.proto.trace.v1.ExportTraceServiceResponse
                     * @instance
                     */
                    ExportTraceServiceResponse.prototype.partialSuccess = null;

                    /**
                     * Creates a new ExportTraceServiceResponse instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.trace.v1.ExportTraceServiceResponse
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.trace.v1.ExportTraceServiceResponse} ExportTraceServiceResponse instance
                     * @type {{
                     *   (properties: opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Shape): opentelemetry.proto.trace.v1.ExportTraceServiceResponse & opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Shape;
                     *   (properties?: opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Properties): opentelemetry.proto.trace.v1.ExportTraceServiceResponse;
                     * }}
                     */
                    ExportTraceServiceResponse.create = function(properties) {
                        return new ExportTraceServiceResponse(properties);
                    };

                    /**
                     * Encodes the specified ExportTraceServiceResponse message. Does not implicitly {@link opentelemetry.proto.trace.v1.ExportTraceServiceResponse.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.trace.v1.ExportTraceServiceResponse
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Properties} m ExportTraceServiceResponse message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ExportTraceServiceResponse.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.partialSuccess != null && $Object.hasOwnProperty.call(m, "partialSuccess"))
                            $root.opentelemetry.proto.trace.v1.ExportTracePartialSuccess.encode(m.partialSuccess, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes an ExportTraceServiceResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.trace.v1.ExportTraceServiceResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.ExportTraceServiceResponse & opentelemetry.proto.trace.v1.ExportTraceServiceResponse.$Shape} ExportTraceServiceResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ExportTraceServiceResponse.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.trace.v1.ExportTraceServiceResponse();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.partialSuccess = $root.opentelemetry.proto.trace.v1.ExportTracePartialSuccess.decode(r, r.size(), $undefined, q + 1, m.partialSuccess);
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for ExportTraceServiceResponse
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.trace.v1.ExportTraceServiceResponse
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ExportTraceServiceResponse.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.trace.v1.ExportTraceServiceResponse";
                    };

                    return ExportTraceServiceResponse;
                })();

                v1.ExportTracePartialSuccess = (function() {

                    /**
                     * Properties of an ExportTracePartialSuccess.
                     * @typedef {Object} opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Properties
                     * @property {number|Long|null} [rejectedSpans] ExportTracePartialSuccess rejectedSpans
                     * @property {string|null} [errorMessage] ExportTracePartialSuccess errorMessage
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ExportTracePartialSuccess.
                     * @memberof opentelemetry.proto.trace.v1
                     * @interface IExportTracePartialSuccess
                     * @augments opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Properties
                     * @deprecated Use opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Properties instead.
                     */

                    /**
                     * Shape of an ExportTracePartialSuccess.
                     * @typedef {opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Properties} opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Shape
                     */

                    /**
                     * Constructs a new ExportTracePartialSuccess.
                     * @memberof opentelemetry.proto.trace.v1
                     * @classdesc Represents an ExportTracePartialSuccess.
                     * @constructor
                     * @param {opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ExportTracePartialSuccess = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ExportTracePartialSuccess rejectedSpans.
                     * @member {number|Long} rejectedSpans
                     * @memberof opentelemetry.proto.trace.v1.ExportTracePartialSuccess
                     * @instance
                     */
                    ExportTracePartialSuccess.prototype.rejectedSpans = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * ExportTracePartialSuccess errorMessage.
                     * @member {string} errorMessage
                     * @memberof opentelemetry.proto.trace.v1.ExportTracePartialSuccess
                     * @instance
                     */
                    ExportTracePartialSuccess.prototype.errorMessage = "";

                    /**
                     * Creates a new ExportTracePartialSuccess instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.trace.v1.ExportTracePartialSuccess
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.trace.v1.ExportTracePartialSuccess} ExportTracePartialSuccess instance
                     * @type {{
                     *   (properties: opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Shape): opentelemetry.proto.trace.v1.ExportTracePartialSuccess & opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Shape;
                     *   (properties?: opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Properties): opentelemetry.proto.trace.v1.ExportTracePartialSuccess;
                     * }}
                     */
                    ExportTracePartialSuccess.create = function(properties) {
                        return new ExportTracePartialSuccess(properties);
                    };

                    /**
                     * Encodes the specified ExportTracePartialSuccess message. Does not implicitly {@link opentelemetry.proto.trace.v1.ExportTracePartialSuccess.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.trace.v1.ExportTracePartialSuccess
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Properties} m ExportTracePartialSuccess message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ExportTracePartialSuccess.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.rejectedSpans != null && $Object.hasOwnProperty.call(m, "rejectedSpans") && (typeof m.rejectedSpans === "object" ? m.rejectedSpans.low || m.rejectedSpans.high : m.rejectedSpans !== 0))
                            w.uint32(/* id 1, wireType 0 =*/8).int64(m.rejectedSpans);
                        if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage") && m.errorMessage !== "")
                            w.uint32(/* id 2, wireType 2 =*/18).string(m.errorMessage);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes an ExportTracePartialSuccess message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.trace.v1.ExportTracePartialSuccess
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.ExportTracePartialSuccess & opentelemetry.proto.trace.v1.ExportTracePartialSuccess.$Shape} ExportTracePartialSuccess
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ExportTracePartialSuccess.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.trace.v1.ExportTracePartialSuccess();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 0)
                                        break;
                                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                        m.rejectedSpans = v;
                                    else
                                        delete m.rejectedSpans;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.errorMessage = v;
                                    else
                                        delete m.errorMessage;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for ExportTracePartialSuccess
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.trace.v1.ExportTracePartialSuccess
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ExportTracePartialSuccess.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.trace.v1.ExportTracePartialSuccess";
                    };

                    return ExportTracePartialSuccess;
                })();

                return v1;
            })();

            return trace;
        })();

        proto.metrics = (function() {

            /**
             * Namespace metrics.
             * @memberof opentelemetry.proto
             * @namespace
             */
            var metrics = {};

            metrics.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof opentelemetry.proto.metrics
                 * @namespace
                 */
                var v1 = {};

                v1.ResourceMetrics = (function() {

                    /**
                     * Properties of a ResourceMetrics.
                     * @typedef {Object} opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties
                     * @property {opentelemetry.proto.resource.v1.Resource.$Properties|null} [resource] ResourceMetrics resource
                     * @property {Array.<opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties>|null} [scopeMetrics] ResourceMetrics scopeMetrics
                     * @property {string|null} [schemaUrl] ResourceMetrics schemaUrl
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ResourceMetrics.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @interface IResourceMetrics
                     * @augments opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties
                     * @deprecated Use opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties instead.
                     */

                    /**
                     * Shape of a ResourceMetrics.
                     * @typedef {{
                     *   resource?: opentelemetry.proto.resource.v1.Resource.$Shape|null;
                     *   scopeMetrics?: Array.<opentelemetry.proto.metrics.v1.ScopeMetrics.$Shape>|null;
                     *   schemaUrl?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape
                     */

                    /**
                     * Constructs a new ResourceMetrics.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @classdesc Represents a ResourceMetrics.
                     * @constructor
                     * @param {opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ResourceMetrics = function (p) {
                        this.scopeMetrics = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ResourceMetrics resource.
                     * @member {opentelemetry.proto.resource.v1.Resource.$Properties|null|undefined} resource
                     * @memberof opentelemetry.proto.metrics.v1.ResourceMetrics
                     * @instance
                     */
                    ResourceMetrics.prototype.resource = null;

                    /**
                     * ResourceMetrics scopeMetrics.
                     * @member {Array.<opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties>} scopeMetrics
                     * @memberof opentelemetry.proto.metrics.v1.ResourceMetrics
                     * @instance
                     */
                    ResourceMetrics.prototype.scopeMetrics = $util.emptyArray;

                    /**
                     * ResourceMetrics schemaUrl.
                     * @member {string} schemaUrl
                     * @memberof opentelemetry.proto.metrics.v1.ResourceMetrics
                     * @instance
                     */
                    ResourceMetrics.prototype.schemaUrl = "";

                    /**
                     * Creates a new ResourceMetrics instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.metrics.v1.ResourceMetrics
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.metrics.v1.ResourceMetrics} ResourceMetrics instance
                     * @type {{
                     *   (properties: opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape): opentelemetry.proto.metrics.v1.ResourceMetrics & opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape;
                     *   (properties?: opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties): opentelemetry.proto.metrics.v1.ResourceMetrics;
                     * }}
                     */
                    ResourceMetrics.create = function(properties) {
                        return new ResourceMetrics(properties);
                    };

                    /**
                     * Encodes the specified ResourceMetrics message. Does not implicitly {@link opentelemetry.proto.metrics.v1.ResourceMetrics.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.metrics.v1.ResourceMetrics
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties} m ResourceMetrics message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ResourceMetrics.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.resource != null && $Object.hasOwnProperty.call(m, "resource"))
                            $root.opentelemetry.proto.resource.v1.Resource.encode(m.resource, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (m.scopeMetrics != null && m.scopeMetrics.length) {
                            for (var i = 0; i < m.scopeMetrics.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.ScopeMetrics.encode(m.scopeMetrics[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        }
                        if (m.schemaUrl != null && $Object.hasOwnProperty.call(m, "schemaUrl") && m.schemaUrl !== "")
                            w.uint32(/* id 3, wireType 2 =*/26).string(m.schemaUrl);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a ResourceMetrics message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.metrics.v1.ResourceMetrics
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.ResourceMetrics & opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape} ResourceMetrics
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ResourceMetrics.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.ResourceMetrics();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.resource = $root.opentelemetry.proto.resource.v1.Resource.decode(r, r.size(), $undefined, q + 1, m.resource);
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.scopeMetrics && m.scopeMetrics.length))
                                        m.scopeMetrics = [];
                                    m.scopeMetrics.push($root.opentelemetry.proto.metrics.v1.ScopeMetrics.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.schemaUrl = v;
                                    else
                                        delete m.schemaUrl;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for ResourceMetrics
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.metrics.v1.ResourceMetrics
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ResourceMetrics.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.ResourceMetrics";
                    };

                    return ResourceMetrics;
                })();

                v1.ScopeMetrics = (function() {

                    /**
                     * Properties of a ScopeMetrics.
                     * @typedef {Object} opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties
                     * @property {opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null} [scope] ScopeMetrics scope
                     * @property {Array.<opentelemetry.proto.metrics.v1.Metric.$Properties>|null} [metrics] ScopeMetrics metrics
                     * @property {string|null} [schemaUrl] ScopeMetrics schemaUrl
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ScopeMetrics.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @interface IScopeMetrics
                     * @augments opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties
                     * @deprecated Use opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties instead.
                     */

                    /**
                     * Shape of a ScopeMetrics.
                     * @typedef {{
                     *   scope?: opentelemetry.proto.common.v1.InstrumentationScope.$Shape|null;
                     *   metrics?: Array.<opentelemetry.proto.metrics.v1.Metric.$Shape>|null;
                     *   schemaUrl?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.metrics.v1.ScopeMetrics.$Shape
                     */

                    /**
                     * Constructs a new ScopeMetrics.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @classdesc Represents a ScopeMetrics.
                     * @constructor
                     * @param {opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ScopeMetrics = function (p) {
                        this.metrics = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ScopeMetrics scope.
                     * @member {opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null|undefined} scope
                     * @memberof opentelemetry.proto.metrics.v1.ScopeMetrics
                     * @instance
                     */
                    ScopeMetrics.prototype.scope = null;

                    /**
                     * ScopeMetrics metrics.
                     * @member {Array.<opentelemetry.proto.metrics.v1.Metric.$Properties>} metrics
                     * @memberof opentelemetry.proto.metrics.v1.ScopeMetrics
                     * @instance
                     */
                    ScopeMetrics.prototype.metrics = $util.emptyArray;

                    /**
                     * ScopeMetrics schemaUrl.
                     * @member {string} schemaUrl
                     * @memberof opentelemetry.proto.metrics.v1.ScopeMetrics
                     * @instance
                     */
                    ScopeMetrics.prototype.schemaUrl = "";

                    /**
                     * Creates a new ScopeMetrics instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.metrics.v1.ScopeMetrics
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.metrics.v1.ScopeMetrics} ScopeMetrics instance
                     * @type {{
                     *   (properties: opentelemetry.proto.metrics.v1.ScopeMetrics.$Shape): opentelemetry.proto.metrics.v1.ScopeMetrics & opentelemetry.proto.metrics.v1.ScopeMetrics.$Shape;
                     *   (properties?: opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties): opentelemetry.proto.metrics.v1.ScopeMetrics;
                     * }}
                     */
                    ScopeMetrics.create = function(properties) {
                        return new ScopeMetrics(properties);
                    };

                    /**
                     * Encodes the specified ScopeMetrics message. Does not implicitly {@link opentelemetry.proto.metrics.v1.ScopeMetrics.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.metrics.v1.ScopeMetrics
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties} m ScopeMetrics message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ScopeMetrics.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.scope != null && $Object.hasOwnProperty.call(m, "scope"))
                            $root.opentelemetry.proto.common.v1.InstrumentationScope.encode(m.scope, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (m.metrics != null && m.metrics.length) {
                            for (var i = 0; i < m.metrics.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.Metric.encode(m.metrics[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        }
                        if (m.schemaUrl != null && $Object.hasOwnProperty.call(m, "schemaUrl") && m.schemaUrl !== "")
                            w.uint32(/* id 3, wireType 2 =*/26).string(m.schemaUrl);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a ScopeMetrics message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.metrics.v1.ScopeMetrics
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.ScopeMetrics & opentelemetry.proto.metrics.v1.ScopeMetrics.$Shape} ScopeMetrics
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ScopeMetrics.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.ScopeMetrics();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.decode(r, r.size(), $undefined, q + 1, m.scope);
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.metrics && m.metrics.length))
                                        m.metrics = [];
                                    m.metrics.push($root.opentelemetry.proto.metrics.v1.Metric.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.schemaUrl = v;
                                    else
                                        delete m.schemaUrl;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for ScopeMetrics
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.metrics.v1.ScopeMetrics
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ScopeMetrics.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.ScopeMetrics";
                    };

                    return ScopeMetrics;
                })();

                v1.Metric = (function() {

                    /**
                     * Properties of a Metric.
                     * @typedef {Object} opentelemetry.proto.metrics.v1.Metric.$Properties
                     * @property {string|null} [name] Metric name
                     * @property {string|null} [description] Metric description
                     * @property {string|null} [unit] Metric unit
                     * @property {opentelemetry.proto.metrics.v1.Gauge.$Properties|null} [gauge] Metric gauge
                     * @property {opentelemetry.proto.metrics.v1.Sum.$Properties|null} [sum] Metric sum
                     * @property {opentelemetry.proto.metrics.v1.Histogram.$Properties|null} [histogram] Metric histogram
                     * @property {opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties|null} [exponentialHistogram] Metric exponentialHistogram
                     * @property {opentelemetry.proto.metrics.v1.Summary.$Properties|null} [summary] Metric summary
                     * @property {"gauge"|"sum"|"histogram"|"exponentialHistogram"|"summary"} [data] Metric data
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Metric.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @interface IMetric
                     * @augments opentelemetry.proto.metrics.v1.Metric.$Properties
                     * @deprecated Use opentelemetry.proto.metrics.v1.Metric.$Properties instead.
                     */

                    /**
                     * Narrowed shape of a Metric.
                     * @typedef {{
                     *   name?: string|null;
                     *   description?: string|null;
                     *   unit?: string|null;
                     *   gauge?: opentelemetry.proto.metrics.v1.Gauge.$Shape|null;
                     *   sum?: opentelemetry.proto.metrics.v1.Sum.$Shape|null;
                     *   histogram?: opentelemetry.proto.metrics.v1.Histogram.$Shape|null;
                     *   exponentialHistogram?: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape|null;
                     *   summary?: opentelemetry.proto.metrics.v1.Summary.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ data?: undefined; gauge?: null; sum?: null; histogram?: null; exponentialHistogram?: null; summary?: null }|{ data?: "gauge"; gauge: opentelemetry.proto.metrics.v1.Gauge.$Shape; sum?: null; histogram?: null; exponentialHistogram?: null; summary?: null }|{ data?: "sum"; gauge?: null; sum: opentelemetry.proto.metrics.v1.Sum.$Shape; histogram?: null; exponentialHistogram?: null; summary?: null }|{ data?: "histogram"; gauge?: null; sum?: null; histogram: opentelemetry.proto.metrics.v1.Histogram.$Shape; exponentialHistogram?: null; summary?: null }|{ data?: "exponentialHistogram"; gauge?: null; sum?: null; histogram?: null; exponentialHistogram: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape; summary?: null }|{ data?: "summary"; gauge?: null; sum?: null; histogram?: null; exponentialHistogram?: null; summary: opentelemetry.proto.metrics.v1.Summary.$Shape })
                     * )} opentelemetry.proto.metrics.v1.Metric.$Shape
                     */

                    /**
                     * Constructs a new Metric.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @classdesc Represents a Metric.
                     * @constructor
                     * @param {opentelemetry.proto.metrics.v1.Metric.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Metric = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Metric name.
                     * @member {string} name
                     * @memberof opentelemetry.proto.metrics.v1.Metric
                     * @instance
                     */
                    Metric.prototype.name = "";

                    /**
                     * Metric description.
                     * @member {string} description
                     * @memberof opentelemetry.proto.metrics.v1.Metric
                     * @instance
                     */
                    Metric.prototype.description = "";

                    /**
                     * Metric unit.
                     * @member {string} unit
                     * @memberof opentelemetry.proto.metrics.v1.Metric
                     * @instance
                     */
                    Metric.prototype.unit = "";

                    /**
                     * Metric gauge.
                     * @member {opentelemetry.proto.metrics.v1.Gauge.$Properties|null|undefined} gauge
                     * @memberof opentelemetry.proto.metrics.v1.Metric
                     * @instance
                     */
                    Metric.prototype.gauge = null;

                    /**
                     * Metric sum.
                     * @member {opentelemetry.proto.metrics.v1.Sum.$Properties|null|undefined} sum
                     * @memberof opentelemetry.proto.metrics.v1.Metric
                     * @instance
                     */
                    Metric.prototype.sum = null;

                    /**
                     * Metric histogram.
                     * @member {opentelemetry.proto.metrics.v1.Histogram.$Properties|null|undefined} histogram
                     * @memberof opentelemetry.proto.metrics.v1.Metric
                     * @instance
                     */
                    Metric.prototype.histogram = null;

                    /**
                     * Metric exponentialHistogram.
                     * @member {opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties|null|undefined} exponentialHistogram
                     * @memberof opentelemetry.proto.metrics.v1.Metric
                     * @instance
                     */
                    Metric.prototype.exponentialHistogram = null;

                    /**
                     * Metric summary.
                     * @member {opentelemetry.proto.metrics.v1.Summary.$Properties|null|undefined} summary
                     * @memberof opentelemetry.proto.metrics.v1.Metric
                     * @instance
                     */
                    Metric.prototype.summary = null;

                    // OneOf field names bound to virtual getters and setters
                    var $oneOfFields;

                    /**
                     * Metric data.
                     * @member {"gauge"|"sum"|"histogram"|"exponentialHistogram"|"summary"|undefined} data
                     * @memberof opentelemetry.proto.metrics.v1.Metric
                     * @instance
                     */
                    $Object.defineProperty(Metric.prototype, "data", {
                        get: $util.oneOfGetter($oneOfFields = ["gauge", "sum", "histogram", "exponentialHistogram", "summary"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new Metric instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.metrics.v1.Metric
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.Metric.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.metrics.v1.Metric} Metric instance
                     * @type {{
                     *   (properties: opentelemetry.proto.metrics.v1.Metric.$Shape): opentelemetry.proto.metrics.v1.Metric & opentelemetry.proto.metrics.v1.Metric.$Shape;
                     *   (properties?: opentelemetry.proto.metrics.v1.Metric.$Properties): opentelemetry.proto.metrics.v1.Metric;
                     * }}
                     */
                    Metric.create = function(properties) {
                        return new Metric(properties);
                    };

                    /**
                     * Encodes the specified Metric message. Does not implicitly {@link opentelemetry.proto.metrics.v1.Metric.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.metrics.v1.Metric
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.Metric.$Properties} m Metric message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Metric.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                        if (m.description != null && $Object.hasOwnProperty.call(m, "description") && m.description !== "")
                            w.uint32(/* id 2, wireType 2 =*/18).string(m.description);
                        if (m.unit != null && $Object.hasOwnProperty.call(m, "unit") && m.unit !== "")
                            w.uint32(/* id 3, wireType 2 =*/26).string(m.unit);
                        if (m.gauge != null && $Object.hasOwnProperty.call(m, "gauge"))
                            $root.opentelemetry.proto.metrics.v1.Gauge.encode(m.gauge, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                        if (m.sum != null && $Object.hasOwnProperty.call(m, "sum"))
                            $root.opentelemetry.proto.metrics.v1.Sum.encode(m.sum, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                        if (m.histogram != null && $Object.hasOwnProperty.call(m, "histogram"))
                            $root.opentelemetry.proto.metrics.v1.Histogram.encode(m.histogram, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                        if (m.exponentialHistogram != null && $Object.hasOwnProperty.call(m, "exponentialHistogram"))
                            $root.opentelemetry.proto.metrics.v1.ExponentialHistogram.encode(m.exponentialHistogram, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                        if (m.summary != null && $Object.hasOwnProperty.call(m, "summary"))
                            $root.opentelemetry.proto.metrics.v1.Summary.encode(m.summary, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Metric message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.metrics.v1.Metric
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.Metric & opentelemetry.proto.metrics.v1.Metric.$Shape} Metric
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Metric.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.Metric();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.name = v;
                                    else
                                        delete m.name;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.description = v;
                                    else
                                        delete m.description;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.unit = v;
                                    else
                                        delete m.unit;
                                    continue;
                                }
                            case 5: {
                                    if (u !== 2)
                                        break;
                                    m.gauge = $root.opentelemetry.proto.metrics.v1.Gauge.decode(r, r.size(), $undefined, q + 1, m.gauge);
                                    m.data = "gauge";
                                    continue;
                                }
                            case 7: {
                                    if (u !== 2)
                                        break;
                                    m.sum = $root.opentelemetry.proto.metrics.v1.Sum.decode(r, r.size(), $undefined, q + 1, m.sum);
                                    m.data = "sum";
                                    continue;
                                }
                            case 9: {
                                    if (u !== 2)
                                        break;
                                    m.histogram = $root.opentelemetry.proto.metrics.v1.Histogram.decode(r, r.size(), $undefined, q + 1, m.histogram);
                                    m.data = "histogram";
                                    continue;
                                }
                            case 10: {
                                    if (u !== 2)
                                        break;
                                    m.exponentialHistogram = $root.opentelemetry.proto.metrics.v1.ExponentialHistogram.decode(r, r.size(), $undefined, q + 1, m.exponentialHistogram);
                                    m.data = "exponentialHistogram";
                                    continue;
                                }
                            case 11: {
                                    if (u !== 2)
                                        break;
                                    m.summary = $root.opentelemetry.proto.metrics.v1.Summary.decode(r, r.size(), $undefined, q + 1, m.summary);
                                    m.data = "summary";
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for Metric
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.metrics.v1.Metric
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Metric.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.Metric";
                    };

                    return Metric;
                })();

                v1.Gauge = (function() {

                    /**
                     * Properties of a Gauge.
                     * @typedef {Object} opentelemetry.proto.metrics.v1.Gauge.$Properties
                     * @property {Array.<opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties>|null} [dataPoints] Gauge dataPoints
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Gauge.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @interface IGauge
                     * @augments opentelemetry.proto.metrics.v1.Gauge.$Properties
                     * @deprecated Use opentelemetry.proto.metrics.v1.Gauge.$Properties instead.
                     */

                    /**
                     * Shape of a Gauge.
                     * @typedef {{
                     *   dataPoints?: Array.<opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.metrics.v1.Gauge.$Shape
                     */

                    /**
                     * Constructs a new Gauge.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @classdesc Represents a Gauge.
                     * @constructor
                     * @param {opentelemetry.proto.metrics.v1.Gauge.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Gauge = function (p) {
                        this.dataPoints = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Gauge dataPoints.
                     * @member {Array.<opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties>} dataPoints
                     * @memberof opentelemetry.proto.metrics.v1.Gauge
                     * @instance
                     */
                    Gauge.prototype.dataPoints = $util.emptyArray;

                    /**
                     * Creates a new Gauge instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.metrics.v1.Gauge
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.Gauge.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.metrics.v1.Gauge} Gauge instance
                     * @type {{
                     *   (properties: opentelemetry.proto.metrics.v1.Gauge.$Shape): opentelemetry.proto.metrics.v1.Gauge & opentelemetry.proto.metrics.v1.Gauge.$Shape;
                     *   (properties?: opentelemetry.proto.metrics.v1.Gauge.$Properties): opentelemetry.proto.metrics.v1.Gauge;
                     * }}
                     */
                    Gauge.create = function(properties) {
                        return new Gauge(properties);
                    };

                    /**
                     * Encodes the specified Gauge message. Does not implicitly {@link opentelemetry.proto.metrics.v1.Gauge.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.metrics.v1.Gauge
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.Gauge.$Properties} m Gauge message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Gauge.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.dataPoints != null && m.dataPoints.length) {
                            for (var i = 0; i < m.dataPoints.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.NumberDataPoint.encode(m.dataPoints[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Gauge message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.metrics.v1.Gauge
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.Gauge & opentelemetry.proto.metrics.v1.Gauge.$Shape} Gauge
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Gauge.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.Gauge();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.dataPoints && m.dataPoints.length))
                                        m.dataPoints = [];
                                    m.dataPoints.push($root.opentelemetry.proto.metrics.v1.NumberDataPoint.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for Gauge
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.metrics.v1.Gauge
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Gauge.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.Gauge";
                    };

                    return Gauge;
                })();

                v1.Sum = (function() {

                    /**
                     * Properties of a Sum.
                     * @typedef {Object} opentelemetry.proto.metrics.v1.Sum.$Properties
                     * @property {Array.<opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties>|null} [dataPoints] Sum dataPoints
                     * @property {opentelemetry.proto.metrics.v1.AggregationTemporality|null} [aggregationTemporality] Sum aggregationTemporality
                     * @property {boolean|null} [isMonotonic] Sum isMonotonic
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Sum.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @interface ISum
                     * @augments opentelemetry.proto.metrics.v1.Sum.$Properties
                     * @deprecated Use opentelemetry.proto.metrics.v1.Sum.$Properties instead.
                     */

                    /**
                     * Shape of a Sum.
                     * @typedef {{
                     *   dataPoints?: Array.<opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape>|null;
                     *   aggregationTemporality?: opentelemetry.proto.metrics.v1.AggregationTemporality|null;
                     *   isMonotonic?: boolean|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.metrics.v1.Sum.$Shape
                     */

                    /**
                     * Constructs a new Sum.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @classdesc Represents a Sum.
                     * @constructor
                     * @param {opentelemetry.proto.metrics.v1.Sum.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Sum = function (p) {
                        this.dataPoints = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Sum dataPoints.
                     * @member {Array.<opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties>} dataPoints
                     * @memberof opentelemetry.proto.metrics.v1.Sum
                     * @instance
                     */
                    Sum.prototype.dataPoints = $util.emptyArray;

                    /**
                     * Sum aggregationTemporality.
                     * @member {opentelemetry.proto.metrics.v1.AggregationTemporality} aggregationTemporality
                     * @memberof opentelemetry.proto.metrics.v1.Sum
                     * @instance
                     */
                    Sum.prototype.aggregationTemporality = 0;

                    /**
                     * Sum isMonotonic.
                     * @member {boolean} isMonotonic
                     * @memberof opentelemetry.proto.metrics.v1.Sum
                     * @instance
                     */
                    Sum.prototype.isMonotonic = false;

                    /**
                     * Creates a new Sum instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.metrics.v1.Sum
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.Sum.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.metrics.v1.Sum} Sum instance
                     * @type {{
                     *   (properties: opentelemetry.proto.metrics.v1.Sum.$Shape): opentelemetry.proto.metrics.v1.Sum & opentelemetry.proto.metrics.v1.Sum.$Shape;
                     *   (properties?: opentelemetry.proto.metrics.v1.Sum.$Properties): opentelemetry.proto.metrics.v1.Sum;
                     * }}
                     */
                    Sum.create = function(properties) {
                        return new Sum(properties);
                    };

                    /**
                     * Encodes the specified Sum message. Does not implicitly {@link opentelemetry.proto.metrics.v1.Sum.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.metrics.v1.Sum
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.Sum.$Properties} m Sum message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Sum.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.dataPoints != null && m.dataPoints.length) {
                            for (var i = 0; i < m.dataPoints.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.NumberDataPoint.encode(m.dataPoints[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.aggregationTemporality != null && $Object.hasOwnProperty.call(m, "aggregationTemporality") && m.aggregationTemporality !== 0)
                            w.uint32(/* id 2, wireType 0 =*/16).int32(m.aggregationTemporality);
                        if (m.isMonotonic != null && $Object.hasOwnProperty.call(m, "isMonotonic") && m.isMonotonic !== false)
                            w.uint32(/* id 3, wireType 0 =*/24).bool(m.isMonotonic);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Sum message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.metrics.v1.Sum
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.Sum & opentelemetry.proto.metrics.v1.Sum.$Shape} Sum
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Sum.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.Sum();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.dataPoints && m.dataPoints.length))
                                        m.dataPoints = [];
                                    m.dataPoints.push($root.opentelemetry.proto.metrics.v1.NumberDataPoint.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.aggregationTemporality = v;
                                    else
                                        delete m.aggregationTemporality;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.bool())
                                        m.isMonotonic = v;
                                    else
                                        delete m.isMonotonic;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for Sum
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.metrics.v1.Sum
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Sum.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.Sum";
                    };

                    return Sum;
                })();

                v1.Histogram = (function() {

                    /**
                     * Properties of a Histogram.
                     * @typedef {Object} opentelemetry.proto.metrics.v1.Histogram.$Properties
                     * @property {Array.<opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties>|null} [dataPoints] Histogram dataPoints
                     * @property {opentelemetry.proto.metrics.v1.AggregationTemporality|null} [aggregationTemporality] Histogram aggregationTemporality
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Histogram.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @interface IHistogram
                     * @augments opentelemetry.proto.metrics.v1.Histogram.$Properties
                     * @deprecated Use opentelemetry.proto.metrics.v1.Histogram.$Properties instead.
                     */

                    /**
                     * Shape of a Histogram.
                     * @typedef {{
                     *   dataPoints?: Array.<opentelemetry.proto.metrics.v1.HistogramDataPoint.$Shape>|null;
                     *   aggregationTemporality?: opentelemetry.proto.metrics.v1.AggregationTemporality|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.metrics.v1.Histogram.$Shape
                     */

                    /**
                     * Constructs a new Histogram.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @classdesc Represents a Histogram.
                     * @constructor
                     * @param {opentelemetry.proto.metrics.v1.Histogram.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Histogram = function (p) {
                        this.dataPoints = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Histogram dataPoints.
                     * @member {Array.<opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties>} dataPoints
                     * @memberof opentelemetry.proto.metrics.v1.Histogram
                     * @instance
                     */
                    Histogram.prototype.dataPoints = $util.emptyArray;

                    /**
                     * Histogram aggregationTemporality.
                     * @member {opentelemetry.proto.metrics.v1.AggregationTemporality} aggregationTemporality
                     * @memberof opentelemetry.proto.metrics.v1.Histogram
                     * @instance
                     */
                    Histogram.prototype.aggregationTemporality = 0;

                    /**
                     * Creates a new Histogram instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.metrics.v1.Histogram
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.Histogram.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.metrics.v1.Histogram} Histogram instance
                     * @type {{
                     *   (properties: opentelemetry.proto.metrics.v1.Histogram.$Shape): opentelemetry.proto.metrics.v1.Histogram & opentelemetry.proto.metrics.v1.Histogram.$Shape;
                     *   (properties?: opentelemetry.proto.metrics.v1.Histogram.$Properties): opentelemetry.proto.metrics.v1.Histogram;
                     * }}
                     */
                    Histogram.create = function(properties) {
                        return new Histogram(properties);
                    };

                    /**
                     * Encodes the specified Histogram message. Does not implicitly {@link opentelemetry.proto.metrics.v1.Histogram.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.metrics.v1.Histogram
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.Histogram.$Properties} m Histogram message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Histogram.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.dataPoints != null && m.dataPoints.length) {
                            for (var i = 0; i < m.dataPoints.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.HistogramDataPoint.encode(m.dataPoints[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.aggregationTemporality != null && $Object.hasOwnProperty.call(m, "aggregationTemporality") && m.aggregationTemporality !== 0)
                            w.uint32(/* id 2, wireType 0 =*/16).int32(m.aggregationTemporality);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Histogram message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.metrics.v1.Histogram
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.Histogram & opentelemetry.proto.metrics.v1.Histogram.$Shape} Histogram
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Histogram.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.Histogram();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.dataPoints && m.dataPoints.length))
                                        m.dataPoints = [];
                                    m.dataPoints.push($root.opentelemetry.proto.metrics.v1.HistogramDataPoint.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.aggregationTemporality = v;
                                    else
                                        delete m.aggregationTemporality;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for Histogram
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.metrics.v1.Histogram
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Histogram.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.Histogram";
                    };

                    return Histogram;
                })();

                v1.ExponentialHistogram = (function() {

                    /**
                     * Properties of an ExponentialHistogram.
                     * @typedef {Object} opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties
                     * @property {Array.<opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties>|null} [dataPoints] ExponentialHistogram dataPoints
                     * @property {opentelemetry.proto.metrics.v1.AggregationTemporality|null} [aggregationTemporality] ExponentialHistogram aggregationTemporality
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ExponentialHistogram.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @interface IExponentialHistogram
                     * @augments opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties
                     * @deprecated Use opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties instead.
                     */

                    /**
                     * Shape of an ExponentialHistogram.
                     * @typedef {{
                     *   dataPoints?: Array.<opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Shape>|null;
                     *   aggregationTemporality?: opentelemetry.proto.metrics.v1.AggregationTemporality|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape
                     */

                    /**
                     * Constructs a new ExponentialHistogram.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @classdesc Represents an ExponentialHistogram.
                     * @constructor
                     * @param {opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ExponentialHistogram = function (p) {
                        this.dataPoints = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ExponentialHistogram dataPoints.
                     * @member {Array.<opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties>} dataPoints
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogram
                     * @instance
                     */
                    ExponentialHistogram.prototype.dataPoints = $util.emptyArray;

                    /**
                     * ExponentialHistogram aggregationTemporality.
                     * @member {opentelemetry.proto.metrics.v1.AggregationTemporality} aggregationTemporality
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogram
                     * @instance
                     */
                    ExponentialHistogram.prototype.aggregationTemporality = 0;

                    /**
                     * Creates a new ExponentialHistogram instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogram
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.metrics.v1.ExponentialHistogram} ExponentialHistogram instance
                     * @type {{
                     *   (properties: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape): opentelemetry.proto.metrics.v1.ExponentialHistogram & opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape;
                     *   (properties?: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties): opentelemetry.proto.metrics.v1.ExponentialHistogram;
                     * }}
                     */
                    ExponentialHistogram.create = function(properties) {
                        return new ExponentialHistogram(properties);
                    };

                    /**
                     * Encodes the specified ExponentialHistogram message. Does not implicitly {@link opentelemetry.proto.metrics.v1.ExponentialHistogram.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogram
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties} m ExponentialHistogram message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ExponentialHistogram.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.dataPoints != null && m.dataPoints.length) {
                            for (var i = 0; i < m.dataPoints.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.encode(m.dataPoints[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.aggregationTemporality != null && $Object.hasOwnProperty.call(m, "aggregationTemporality") && m.aggregationTemporality !== 0)
                            w.uint32(/* id 2, wireType 0 =*/16).int32(m.aggregationTemporality);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes an ExponentialHistogram message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogram
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.ExponentialHistogram & opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape} ExponentialHistogram
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ExponentialHistogram.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.ExponentialHistogram();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.dataPoints && m.dataPoints.length))
                                        m.dataPoints = [];
                                    m.dataPoints.push($root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.aggregationTemporality = v;
                                    else
                                        delete m.aggregationTemporality;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for ExponentialHistogram
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogram
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ExponentialHistogram.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.ExponentialHistogram";
                    };

                    return ExponentialHistogram;
                })();

                v1.Summary = (function() {

                    /**
                     * Properties of a Summary.
                     * @typedef {Object} opentelemetry.proto.metrics.v1.Summary.$Properties
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Summary.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @interface ISummary
                     * @augments opentelemetry.proto.metrics.v1.Summary.$Properties
                     * @deprecated Use opentelemetry.proto.metrics.v1.Summary.$Properties instead.
                     */

                    /**
                     * Shape of a Summary.
                     * @typedef {opentelemetry.proto.metrics.v1.Summary.$Properties} opentelemetry.proto.metrics.v1.Summary.$Shape
                     */

                    /**
                     * Constructs a new Summary.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @classdesc Represents a Summary.
                     * @constructor
                     * @param {opentelemetry.proto.metrics.v1.Summary.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Summary = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Creates a new Summary instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.metrics.v1.Summary
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.Summary.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.metrics.v1.Summary} Summary instance
                     * @type {{
                     *   (properties: opentelemetry.proto.metrics.v1.Summary.$Shape): opentelemetry.proto.metrics.v1.Summary & opentelemetry.proto.metrics.v1.Summary.$Shape;
                     *   (properties?: opentelemetry.proto.metrics.v1.Summary.$Properties): opentelemetry.proto.metrics.v1.Summary;
                     * }}
                     */
                    Summary.create = function(properties) {
                        return new Summary(properties);
                    };

                    /**
                     * Encodes the specified Summary message. Does not implicitly {@link opentelemetry.proto.metrics.v1.Summary.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.metrics.v1.Summary
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.Summary.$Properties} m Summary message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Summary.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Summary message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.metrics.v1.Summary
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.Summary & opentelemetry.proto.metrics.v1.Summary.$Shape} Summary
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Summary.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.Summary();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            r.skipType(t & 7, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for Summary
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.metrics.v1.Summary
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Summary.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.Summary";
                    };

                    return Summary;
                })();

                /**
                 * AggregationTemporality enum.
                 * @name opentelemetry.proto.metrics.v1.AggregationTemporality
                 * @enum {number}
                 * @property {number} AGGREGATION_TEMPORALITY_UNSPECIFIED=0 AGGREGATION_TEMPORALITY_UNSPECIFIED value
                 * @property {number} AGGREGATION_TEMPORALITY_DELTA=1 AGGREGATION_TEMPORALITY_DELTA value
                 * @property {number} AGGREGATION_TEMPORALITY_CUMULATIVE=2 AGGREGATION_TEMPORALITY_CUMULATIVE value
                 */
                v1.AggregationTemporality = (function() {
                    var valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "AGGREGATION_TEMPORALITY_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "AGGREGATION_TEMPORALITY_DELTA"] = 1;
                    values[valuesById[2] = "AGGREGATION_TEMPORALITY_CUMULATIVE"] = 2;
                    return values;
                })();

                v1.NumberDataPoint = (function() {

                    /**
                     * Properties of a NumberDataPoint.
                     * @typedef {Object} opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [attributes] NumberDataPoint attributes
                     * @property {number|Long|null} [startTimeUnixNano] NumberDataPoint startTimeUnixNano
                     * @property {number|Long|null} [timeUnixNano] NumberDataPoint timeUnixNano
                     * @property {number|null} [asDouble] NumberDataPoint asDouble
                     * @property {number|Long|null} [asInt] NumberDataPoint asInt
                     * @property {number|null} [flags] NumberDataPoint flags
                     * @property {"asDouble"|"asInt"} [value] NumberDataPoint value
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a NumberDataPoint.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @interface INumberDataPoint
                     * @augments opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties
                     * @deprecated Use opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties instead.
                     */

                    /**
                     * Narrowed shape of a NumberDataPoint.
                     * @typedef {{
                     *   attributes?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   startTimeUnixNano?: number|Long|null;
                     *   timeUnixNano?: number|Long|null;
                     *   asDouble?: number|null;
                     *   asInt?: number|Long|null;
                     *   flags?: number|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ value?: undefined; asDouble?: null; asInt?: null }|{ value?: "asDouble"; asDouble: number; asInt?: null }|{ value?: "asInt"; asDouble?: null; asInt: number|Long })
                     * )} opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape
                     */

                    /**
                     * Constructs a new NumberDataPoint.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @classdesc Represents a NumberDataPoint.
                     * @constructor
                     * @param {opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var NumberDataPoint = function (p) {
                        this.attributes = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * NumberDataPoint attributes.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} attributes
                     * @memberof opentelemetry.proto.metrics.v1.NumberDataPoint
                     * @instance
                     */
                    NumberDataPoint.prototype.attributes = $util.emptyArray;

                    /**
                     * NumberDataPoint startTimeUnixNano.
                     * @member {number|Long} startTimeUnixNano
                     * @memberof opentelemetry.proto.metrics.v1.NumberDataPoint
                     * @instance
                     */
                    NumberDataPoint.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * NumberDataPoint timeUnixNano.
                     * @member {number|Long} timeUnixNano
                     * @memberof opentelemetry.proto.metrics.v1.NumberDataPoint
                     * @instance
                     */
                    NumberDataPoint.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * NumberDataPoint asDouble.
                     * @member {number|null|undefined} asDouble
                     * @memberof opentelemetry.proto.metrics.v1.NumberDataPoint
                     * @instance
                     */
                    NumberDataPoint.prototype.asDouble = null;

                    /**
                     * NumberDataPoint asInt.
                     * @member {number|Long|null|undefined} asInt
                     * @memberof opentelemetry.proto.metrics.v1.NumberDataPoint
                     * @instance
                     */
                    NumberDataPoint.prototype.asInt = null;

                    /**
                     * NumberDataPoint flags.
                     * @member {number} flags
                     * @memberof opentelemetry.proto.metrics.v1.NumberDataPoint
                     * @instance
                     */
                    NumberDataPoint.prototype.flags = 0;

                    // OneOf field names bound to virtual getters and setters
                    var $oneOfFields;

                    /**
                     * NumberDataPoint value.
                     * @member {"asDouble"|"asInt"|undefined} value
                     * @memberof opentelemetry.proto.metrics.v1.NumberDataPoint
                     * @instance
                     */
                    $Object.defineProperty(NumberDataPoint.prototype, "value", {
                        get: $util.oneOfGetter($oneOfFields = ["asDouble", "asInt"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new NumberDataPoint instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.metrics.v1.NumberDataPoint
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.metrics.v1.NumberDataPoint} NumberDataPoint instance
                     * @type {{
                     *   (properties: opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape): opentelemetry.proto.metrics.v1.NumberDataPoint & opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape;
                     *   (properties?: opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties): opentelemetry.proto.metrics.v1.NumberDataPoint;
                     * }}
                     */
                    NumberDataPoint.create = function(properties) {
                        return new NumberDataPoint(properties);
                    };

                    /**
                     * Encodes the specified NumberDataPoint message. Does not implicitly {@link opentelemetry.proto.metrics.v1.NumberDataPoint.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.metrics.v1.NumberDataPoint
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties} m NumberDataPoint message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    NumberDataPoint.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.startTimeUnixNano != null && $Object.hasOwnProperty.call(m, "startTimeUnixNano") && (typeof m.startTimeUnixNano === "object" ? m.startTimeUnixNano.low || m.startTimeUnixNano.high : m.startTimeUnixNano !== 0))
                            w.uint32(/* id 2, wireType 1 =*/17).fixed64(m.startTimeUnixNano);
                        if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano") && (typeof m.timeUnixNano === "object" ? m.timeUnixNano.low || m.timeUnixNano.high : m.timeUnixNano !== 0))
                            w.uint32(/* id 3, wireType 1 =*/25).fixed64(m.timeUnixNano);
                        if (m.asDouble != null && $Object.hasOwnProperty.call(m, "asDouble"))
                            w.uint32(/* id 4, wireType 1 =*/33).double(m.asDouble);
                        if (m.asInt != null && $Object.hasOwnProperty.call(m, "asInt"))
                            w.uint32(/* id 6, wireType 1 =*/49).sfixed64(m.asInt);
                        if (m.attributes != null && m.attributes.length) {
                            for (var i = 0; i < m.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                        }
                        if (m.flags != null && $Object.hasOwnProperty.call(m, "flags") && m.flags !== 0)
                            w.uint32(/* id 8, wireType 0 =*/64).uint32(m.flags);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a NumberDataPoint message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.metrics.v1.NumberDataPoint
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.NumberDataPoint & opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape} NumberDataPoint
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    NumberDataPoint.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.NumberDataPoint();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 7: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributes && m.attributes.length))
                                        m.attributes = [];
                                    m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.startTimeUnixNano = v;
                                    else
                                        delete m.startTimeUnixNano;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.timeUnixNano = v;
                                    else
                                        delete m.timeUnixNano;
                                    continue;
                                }
                            case 4: {
                                    if (u !== 1)
                                        break;
                                    m.asDouble = r.double();
                                    m.value = "asDouble";
                                    continue;
                                }
                            case 6: {
                                    if (u !== 1)
                                        break;
                                    m.asInt = r.sfixed64();
                                    m.value = "asInt";
                                    continue;
                                }
                            case 8: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.flags = v;
                                    else
                                        delete m.flags;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for NumberDataPoint
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.metrics.v1.NumberDataPoint
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    NumberDataPoint.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.NumberDataPoint";
                    };

                    return NumberDataPoint;
                })();

                v1.HistogramDataPoint = (function() {

                    /**
                     * Properties of a HistogramDataPoint.
                     * @typedef {Object} opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [attributes] HistogramDataPoint attributes
                     * @property {number|Long|null} [startTimeUnixNano] HistogramDataPoint startTimeUnixNano
                     * @property {number|Long|null} [timeUnixNano] HistogramDataPoint timeUnixNano
                     * @property {number|Long|null} [count] HistogramDataPoint count
                     * @property {number|null} [sum] HistogramDataPoint sum
                     * @property {Array.<number|Long>|null} [bucketCounts] HistogramDataPoint bucketCounts
                     * @property {Array.<number>|null} [explicitBounds] HistogramDataPoint explicitBounds
                     * @property {number|null} [flags] HistogramDataPoint flags
                     * @property {number|null} [min] HistogramDataPoint min
                     * @property {number|null} [max] HistogramDataPoint max
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a HistogramDataPoint.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @interface IHistogramDataPoint
                     * @augments opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties
                     * @deprecated Use opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties instead.
                     */

                    /**
                     * Shape of a HistogramDataPoint.
                     * @typedef {{
                     *   attributes?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   startTimeUnixNano?: number|Long|null;
                     *   timeUnixNano?: number|Long|null;
                     *   count?: number|Long|null;
                     *   sum?: number|null;
                     *   bucketCounts?: Array.<number|Long>|null;
                     *   explicitBounds?: Array.<number>|null;
                     *   flags?: number|null;
                     *   min?: number|null;
                     *   max?: number|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.metrics.v1.HistogramDataPoint.$Shape
                     */

                    /**
                     * Constructs a new HistogramDataPoint.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @classdesc Represents a HistogramDataPoint.
                     * @constructor
                     * @param {opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var HistogramDataPoint = function (p) {
                        this.attributes = [];
                        this.bucketCounts = [];
                        this.explicitBounds = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * HistogramDataPoint attributes.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} attributes
                     * @memberof opentelemetry.proto.metrics.v1.HistogramDataPoint
                     * @instance
                     */
                    HistogramDataPoint.prototype.attributes = $util.emptyArray;

                    /**
                     * HistogramDataPoint startTimeUnixNano.
                     * @member {number|Long} startTimeUnixNano
                     * @memberof opentelemetry.proto.metrics.v1.HistogramDataPoint
                     * @instance
                     */
                    HistogramDataPoint.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * HistogramDataPoint timeUnixNano.
                     * @member {number|Long} timeUnixNano
                     * @memberof opentelemetry.proto.metrics.v1.HistogramDataPoint
                     * @instance
                     */
                    HistogramDataPoint.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * HistogramDataPoint count.
                     * @member {number|Long} count
                     * @memberof opentelemetry.proto.metrics.v1.HistogramDataPoint
                     * @instance
                     */
                    HistogramDataPoint.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * HistogramDataPoint sum.
                     * @member {number|null|undefined} sum
                     * @memberof opentelemetry.proto.metrics.v1.HistogramDataPoint
                     * @instance
                     */
                    HistogramDataPoint.prototype.sum = null;

                    /**
                     * HistogramDataPoint bucketCounts.
                     * @member {Array.<number|Long>} bucketCounts
                     * @memberof opentelemetry.proto.metrics.v1.HistogramDataPoint
                     * @instance
                     */
                    HistogramDataPoint.prototype.bucketCounts = $util.emptyArray;

                    /**
                     * HistogramDataPoint explicitBounds.
                     * @member {Array.<number>} explicitBounds
                     * @memberof opentelemetry.proto.metrics.v1.HistogramDataPoint
                     * @instance
                     */
                    HistogramDataPoint.prototype.explicitBounds = $util.emptyArray;

                    /**
                     * HistogramDataPoint flags.
                     * @member {number} flags
                     * @memberof opentelemetry.proto.metrics.v1.HistogramDataPoint
                     * @instance
                     */
                    HistogramDataPoint.prototype.flags = 0;

                    /**
                     * HistogramDataPoint min.
                     * @member {number|null|undefined} min
                     * @memberof opentelemetry.proto.metrics.v1.HistogramDataPoint
                     * @instance
                     */
                    HistogramDataPoint.prototype.min = null;

                    /**
                     * HistogramDataPoint max.
                     * @member {number|null|undefined} max
                     * @memberof opentelemetry.proto.metrics.v1.HistogramDataPoint
                     * @instance
                     */
                    HistogramDataPoint.prototype.max = null;

                    // OneOf field names bound to virtual getters and setters
                    var $oneOfFields;

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(HistogramDataPoint.prototype, "_sum", {
                        get: $util.oneOfGetter($oneOfFields = ["sum"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(HistogramDataPoint.prototype, "_min", {
                        get: $util.oneOfGetter($oneOfFields = ["min"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(HistogramDataPoint.prototype, "_max", {
                        get: $util.oneOfGetter($oneOfFields = ["max"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new HistogramDataPoint instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.metrics.v1.HistogramDataPoint
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.metrics.v1.HistogramDataPoint} HistogramDataPoint instance
                     * @type {{
                     *   (properties: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Shape): opentelemetry.proto.metrics.v1.HistogramDataPoint & opentelemetry.proto.metrics.v1.HistogramDataPoint.$Shape;
                     *   (properties?: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties): opentelemetry.proto.metrics.v1.HistogramDataPoint;
                     * }}
                     */
                    HistogramDataPoint.create = function(properties) {
                        return new HistogramDataPoint(properties);
                    };

                    /**
                     * Encodes the specified HistogramDataPoint message. Does not implicitly {@link opentelemetry.proto.metrics.v1.HistogramDataPoint.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.metrics.v1.HistogramDataPoint
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties} m HistogramDataPoint message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    HistogramDataPoint.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.startTimeUnixNano != null && $Object.hasOwnProperty.call(m, "startTimeUnixNano") && (typeof m.startTimeUnixNano === "object" ? m.startTimeUnixNano.low || m.startTimeUnixNano.high : m.startTimeUnixNano !== 0))
                            w.uint32(/* id 2, wireType 1 =*/17).fixed64(m.startTimeUnixNano);
                        if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano") && (typeof m.timeUnixNano === "object" ? m.timeUnixNano.low || m.timeUnixNano.high : m.timeUnixNano !== 0))
                            w.uint32(/* id 3, wireType 1 =*/25).fixed64(m.timeUnixNano);
                        if (m.count != null && $Object.hasOwnProperty.call(m, "count") && (typeof m.count === "object" ? m.count.low || m.count.high : m.count !== 0))
                            w.uint32(/* id 4, wireType 1 =*/33).fixed64(m.count);
                        if (m.sum != null && $Object.hasOwnProperty.call(m, "sum"))
                            w.uint32(/* id 5, wireType 1 =*/41).double(m.sum);
                        if (m.bucketCounts != null && m.bucketCounts.length) {
                            w.uint32(/* id 6, wireType 2 =*/50).fixed64s(m.bucketCounts);
                        }
                        if (m.explicitBounds != null && m.explicitBounds.length) {
                            w.uint32(/* id 7, wireType 2 =*/58).doubles(m.explicitBounds);
                        }
                        if (m.attributes != null && m.attributes.length) {
                            for (var i = 0; i < m.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                        }
                        if (m.flags != null && $Object.hasOwnProperty.call(m, "flags") && m.flags !== 0)
                            w.uint32(/* id 10, wireType 0 =*/80).uint32(m.flags);
                        if (m.min != null && $Object.hasOwnProperty.call(m, "min"))
                            w.uint32(/* id 11, wireType 1 =*/89).double(m.min);
                        if (m.max != null && $Object.hasOwnProperty.call(m, "max"))
                            w.uint32(/* id 12, wireType 1 =*/97).double(m.max);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a HistogramDataPoint message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.metrics.v1.HistogramDataPoint
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.HistogramDataPoint & opentelemetry.proto.metrics.v1.HistogramDataPoint.$Shape} HistogramDataPoint
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    HistogramDataPoint.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.HistogramDataPoint();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 9: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributes && m.attributes.length))
                                        m.attributes = [];
                                    m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.startTimeUnixNano = v;
                                    else
                                        delete m.startTimeUnixNano;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.timeUnixNano = v;
                                    else
                                        delete m.timeUnixNano;
                                    continue;
                                }
                            case 4: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.count = v;
                                    else
                                        delete m.count;
                                    continue;
                                }
                            case 5: {
                                    if (u !== 1)
                                        break;
                                    m.sum = r.double();
                                    m._sum = "sum";
                                    continue;
                                }
                            case 6: {
                                    if (u === 2) {
                                        if (!(m.bucketCounts && m.bucketCounts.length))
                                            m.bucketCounts = [];
                                        r.fixed64s(m.bucketCounts);
                                        continue;
                                    }
                                    if (u !== 1)
                                        break;
                                    if (!(m.bucketCounts && m.bucketCounts.length))
                                        m.bucketCounts = [];
                                    m.bucketCounts.push(r.fixed64());
                                    continue;
                                }
                            case 7: {
                                    if (u === 2) {
                                        if (!(m.explicitBounds && m.explicitBounds.length))
                                            m.explicitBounds = [];
                                        r.doubles(m.explicitBounds);
                                        continue;
                                    }
                                    if (u !== 1)
                                        break;
                                    if (!(m.explicitBounds && m.explicitBounds.length))
                                        m.explicitBounds = [];
                                    m.explicitBounds.push(r.double());
                                    continue;
                                }
                            case 10: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.flags = v;
                                    else
                                        delete m.flags;
                                    continue;
                                }
                            case 11: {
                                    if (u !== 1)
                                        break;
                                    m.min = r.double();
                                    m._min = "min";
                                    continue;
                                }
                            case 12: {
                                    if (u !== 1)
                                        break;
                                    m.max = r.double();
                                    m._max = "max";
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for HistogramDataPoint
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.metrics.v1.HistogramDataPoint
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    HistogramDataPoint.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.HistogramDataPoint";
                    };

                    return HistogramDataPoint;
                })();

                v1.ExponentialHistogramDataPoint = (function() {

                    /**
                     * Properties of an ExponentialHistogramDataPoint.
                     * @typedef {Object} opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [attributes] ExponentialHistogramDataPoint attributes
                     * @property {number|Long|null} [startTimeUnixNano] ExponentialHistogramDataPoint startTimeUnixNano
                     * @property {number|Long|null} [timeUnixNano] ExponentialHistogramDataPoint timeUnixNano
                     * @property {number|Long|null} [count] ExponentialHistogramDataPoint count
                     * @property {number|null} [sum] ExponentialHistogramDataPoint sum
                     * @property {number|null} [scale] ExponentialHistogramDataPoint scale
                     * @property {number|Long|null} [zeroCount] ExponentialHistogramDataPoint zeroCount
                     * @property {opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null} [positive] ExponentialHistogramDataPoint positive
                     * @property {opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null} [negative] ExponentialHistogramDataPoint negative
                     * @property {number|null} [flags] ExponentialHistogramDataPoint flags
                     * @property {number|null} [min] ExponentialHistogramDataPoint min
                     * @property {number|null} [max] ExponentialHistogramDataPoint max
                     * @property {number|null} [zeroThreshold] ExponentialHistogramDataPoint zeroThreshold
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ExponentialHistogramDataPoint.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @interface IExponentialHistogramDataPoint
                     * @augments opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties
                     * @deprecated Use opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties instead.
                     */

                    /**
                     * Shape of an ExponentialHistogramDataPoint.
                     * @typedef {{
                     *   attributes?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   startTimeUnixNano?: number|Long|null;
                     *   timeUnixNano?: number|Long|null;
                     *   count?: number|Long|null;
                     *   sum?: number|null;
                     *   scale?: number|null;
                     *   zeroCount?: number|Long|null;
                     *   positive?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape|null;
                     *   negative?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape|null;
                     *   flags?: number|null;
                     *   min?: number|null;
                     *   max?: number|null;
                     *   zeroThreshold?: number|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Shape
                     */

                    /**
                     * Constructs a new ExponentialHistogramDataPoint.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @classdesc Represents an ExponentialHistogramDataPoint.
                     * @constructor
                     * @param {opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ExponentialHistogramDataPoint = function (p) {
                        this.attributes = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ExponentialHistogramDataPoint attributes.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} attributes
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                     * @instance
                     */
                    ExponentialHistogramDataPoint.prototype.attributes = $util.emptyArray;

                    /**
                     * ExponentialHistogramDataPoint startTimeUnixNano.
                     * @member {number|Long} startTimeUnixNano
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                     * @instance
                     */
                    ExponentialHistogramDataPoint.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * ExponentialHistogramDataPoint timeUnixNano.
                     * @member {number|Long} timeUnixNano
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                     * @instance
                     */
                    ExponentialHistogramDataPoint.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * ExponentialHistogramDataPoint count.
                     * @member {number|Long} count
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                     * @instance
                     */
                    ExponentialHistogramDataPoint.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * ExponentialHistogramDataPoint sum.
                     * @member {number|null|undefined} sum
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                     * @instance
                     */
                    ExponentialHistogramDataPoint.prototype.sum = null;

                    /**
                     * ExponentialHistogramDataPoint scale.
                     * @member {number} scale
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                     * @instance
                     */
                    ExponentialHistogramDataPoint.prototype.scale = 0;

                    /**
                     * ExponentialHistogramDataPoint zeroCount.
                     * @member {number|Long} zeroCount
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                     * @instance
                     */
                    ExponentialHistogramDataPoint.prototype.zeroCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * ExponentialHistogramDataPoint positive.
                     * @member {opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null|undefined} positive
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                     * @instance
                     */
                    ExponentialHistogramDataPoint.prototype.positive = null;

                    /**
                     * ExponentialHistogramDataPoint negative.
                     * @member {opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null|undefined} negative
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                     * @instance
                     */
                    ExponentialHistogramDataPoint.prototype.negative = null;

                    /**
                     * ExponentialHistogramDataPoint flags.
                     * @member {number} flags
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                     * @instance
                     */
                    ExponentialHistogramDataPoint.prototype.flags = 0;

                    /**
                     * ExponentialHistogramDataPoint min.
                     * @member {number|null|undefined} min
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                     * @instance
                     */
                    ExponentialHistogramDataPoint.prototype.min = null;

                    /**
                     * ExponentialHistogramDataPoint max.
                     * @member {number|null|undefined} max
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                     * @instance
                     */
                    ExponentialHistogramDataPoint.prototype.max = null;

                    /**
                     * ExponentialHistogramDataPoint zeroThreshold.
                     * @member {number} zeroThreshold
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                     * @instance
                     */
                    ExponentialHistogramDataPoint.prototype.zeroThreshold = 0;

                    // OneOf field names bound to virtual getters and setters
                    var $oneOfFields;

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(ExponentialHistogramDataPoint.prototype, "_sum", {
                        get: $util.oneOfGetter($oneOfFields = ["sum"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(ExponentialHistogramDataPoint.prototype, "_min", {
                        get: $util.oneOfGetter($oneOfFields = ["min"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(ExponentialHistogramDataPoint.prototype, "_max", {
                        get: $util.oneOfGetter($oneOfFields = ["max"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new ExponentialHistogramDataPoint instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint} ExponentialHistogramDataPoint instance
                     * @type {{
                     *   (properties: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Shape): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint & opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Shape;
                     *   (properties?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
                     * }}
                     */
                    ExponentialHistogramDataPoint.create = function(properties) {
                        return new ExponentialHistogramDataPoint(properties);
                    };

                    /**
                     * Encodes the specified ExponentialHistogramDataPoint message. Does not implicitly {@link opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties} m ExponentialHistogramDataPoint message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ExponentialHistogramDataPoint.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.attributes != null && m.attributes.length) {
                            for (var i = 0; i < m.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.startTimeUnixNano != null && $Object.hasOwnProperty.call(m, "startTimeUnixNano") && (typeof m.startTimeUnixNano === "object" ? m.startTimeUnixNano.low || m.startTimeUnixNano.high : m.startTimeUnixNano !== 0))
                            w.uint32(/* id 2, wireType 1 =*/17).fixed64(m.startTimeUnixNano);
                        if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano") && (typeof m.timeUnixNano === "object" ? m.timeUnixNano.low || m.timeUnixNano.high : m.timeUnixNano !== 0))
                            w.uint32(/* id 3, wireType 1 =*/25).fixed64(m.timeUnixNano);
                        if (m.count != null && $Object.hasOwnProperty.call(m, "count") && (typeof m.count === "object" ? m.count.low || m.count.high : m.count !== 0))
                            w.uint32(/* id 4, wireType 1 =*/33).fixed64(m.count);
                        if (m.sum != null && $Object.hasOwnProperty.call(m, "sum"))
                            w.uint32(/* id 5, wireType 1 =*/41).double(m.sum);
                        if (m.scale != null && $Object.hasOwnProperty.call(m, "scale") && m.scale !== 0)
                            w.uint32(/* id 6, wireType 0 =*/48).sint32(m.scale);
                        if (m.zeroCount != null && $Object.hasOwnProperty.call(m, "zeroCount") && (typeof m.zeroCount === "object" ? m.zeroCount.low || m.zeroCount.high : m.zeroCount !== 0))
                            w.uint32(/* id 7, wireType 1 =*/57).fixed64(m.zeroCount);
                        if (m.positive != null && $Object.hasOwnProperty.call(m, "positive"))
                            $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.encode(m.positive, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                        if (m.negative != null && $Object.hasOwnProperty.call(m, "negative"))
                            $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.encode(m.negative, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                        if (m.flags != null && $Object.hasOwnProperty.call(m, "flags") && m.flags !== 0)
                            w.uint32(/* id 10, wireType 0 =*/80).uint32(m.flags);
                        if (m.min != null && $Object.hasOwnProperty.call(m, "min"))
                            w.uint32(/* id 12, wireType 1 =*/97).double(m.min);
                        if (m.max != null && $Object.hasOwnProperty.call(m, "max"))
                            w.uint32(/* id 13, wireType 1 =*/105).double(m.max);
                        if (m.zeroThreshold != null && $Object.hasOwnProperty.call(m, "zeroThreshold") && !$Object.is(m.zeroThreshold, 0))
                            w.uint32(/* id 14, wireType 1 =*/113).double(m.zeroThreshold);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes an ExponentialHistogramDataPoint message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint & opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Shape} ExponentialHistogramDataPoint
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ExponentialHistogramDataPoint.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributes && m.attributes.length))
                                        m.attributes = [];
                                    m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.startTimeUnixNano = v;
                                    else
                                        delete m.startTimeUnixNano;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.timeUnixNano = v;
                                    else
                                        delete m.timeUnixNano;
                                    continue;
                                }
                            case 4: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.count = v;
                                    else
                                        delete m.count;
                                    continue;
                                }
                            case 5: {
                                    if (u !== 1)
                                        break;
                                    m.sum = r.double();
                                    m._sum = "sum";
                                    continue;
                                }
                            case 6: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.sint32())
                                        m.scale = v;
                                    else
                                        delete m.scale;
                                    continue;
                                }
                            case 7: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.zeroCount = v;
                                    else
                                        delete m.zeroCount;
                                    continue;
                                }
                            case 8: {
                                    if (u !== 2)
                                        break;
                                    m.positive = $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.decode(r, r.size(), $undefined, q + 1, m.positive);
                                    continue;
                                }
                            case 9: {
                                    if (u !== 2)
                                        break;
                                    m.negative = $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.decode(r, r.size(), $undefined, q + 1, m.negative);
                                    continue;
                                }
                            case 10: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.flags = v;
                                    else
                                        delete m.flags;
                                    continue;
                                }
                            case 12: {
                                    if (u !== 1)
                                        break;
                                    m.min = r.double();
                                    m._min = "min";
                                    continue;
                                }
                            case 13: {
                                    if (u !== 1)
                                        break;
                                    m.max = r.double();
                                    m._max = "max";
                                    continue;
                                }
                            case 14: {
                                    if (u !== 1)
                                        break;
                                    if (!$Object.is(v = r.double(), 0))
                                        m.zeroThreshold = v;
                                    else
                                        delete m.zeroThreshold;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for ExponentialHistogramDataPoint
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ExponentialHistogramDataPoint.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint";
                    };

                    ExponentialHistogramDataPoint.Buckets = (function() {

                        /**
                         * Properties of a Buckets.
                         * @typedef {Object} opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties
                         * @property {number|null} [offset] Buckets offset
                         * @property {Array.<number|Long>|null} [bucketCounts] Buckets bucketCounts
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a Buckets.
                         * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                         * @interface IBuckets
                         * @augments opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties
                         * @deprecated Use opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties instead.
                         */

                        /**
                         * Shape of a Buckets.
                         * @typedef {opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties} opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape
                         */

                        /**
                         * Constructs a new Buckets.
                         * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint
                         * @classdesc Represents a Buckets.
                         * @constructor
                         * @param {opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        var Buckets = function (p) {
                            this.bucketCounts = [];
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Buckets offset.
                         * @member {number} offset
                         * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets
                         * @instance
                         */
                        Buckets.prototype.offset = 0;

                        /**
                         * Buckets bucketCounts.
                         * @member {Array.<number|Long>} bucketCounts
                         * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets
                         * @instance
                         */
                        Buckets.prototype.bucketCounts = $util.emptyArray;

                        /**
                         * Creates a new Buckets instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets
                         * @static
                         * @param {opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets} Buckets instance
                         * @type {{
                         *   (properties: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets & opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape;
                         *   (properties?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets;
                         * }}
                         */
                        Buckets.create = function(properties) {
                            return new Buckets(properties);
                        };

                        /**
                         * Encodes the specified Buckets message. Does not implicitly {@link opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets
                         * @static
                         * @param {opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties} m Buckets message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Buckets.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && m.offset !== 0)
                                w.uint32(/* id 1, wireType 0 =*/8).sint32(m.offset);
                            if (m.bucketCounts != null && m.bucketCounts.length) {
                                w.uint32(/* id 2, wireType 2 =*/18).uint64s(m.bucketCounts);
                            }
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Decodes a Buckets message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets & opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape} Buckets
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Buckets.decode = function (r, l, z, q, g) {
                            if (!(r instanceof $Reader))
                                r = $Reader.create(r);
                            if (q === $undefined)
                                q = 0;
                            if (q > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            var c, m, v;
                            if (l === $undefined)
                                c = r.len;
                            else {
                                c = r.pos + l;
                                if (c > r.len)
                                    throw $RangeError("index out of range");
                                l = r.len;
                                r.len = c;
                            }
                            m = g || new $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets();
                            while (r.pos < c) {
                                var s = r.pos;
                                var t = r.tag();
                                if (t === z) {
                                    z = $undefined;
                                    break;
                                }
                                var u = t & 7;
                                switch (t >>>= 3) {
                                case 1: {
                                        if (u !== 0)
                                            break;
                                        if (v = r.sint32())
                                            m.offset = v;
                                        else
                                            delete m.offset;
                                        continue;
                                    }
                                case 2: {
                                        if (u === 2) {
                                            if (!(m.bucketCounts && m.bucketCounts.length))
                                                m.bucketCounts = [];
                                            r.uint64s(m.bucketCounts);
                                            continue;
                                        }
                                        if (u !== 0)
                                            break;
                                        if (!(m.bucketCounts && m.bucketCounts.length))
                                            m.bucketCounts = [];
                                        m.bucketCounts.push(r.uint64());
                                        continue;
                                    }
                                }
                                r.skipType(u, q, t);
                                if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                                }
                            }
                            if (l !== $undefined) {
                                if (r.pos !== c)
                                    throw $RangeError("index out of range");
                                r.len = l;
                            }
                            if (z !== $undefined)
                                throw $Error("missing end group");
                            return m;
                        };

                        /**
                         * Gets the type url for Buckets
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        Buckets.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets";
                        };

                        return Buckets;
                    })();

                    return ExponentialHistogramDataPoint;
                })();

                v1.ExportMetricsServiceRequest = (function() {

                    /**
                     * Properties of an ExportMetricsServiceRequest.
                     * @typedef {Object} opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.$Properties
                     * @property {Array.<opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties>|null} [resourceMetrics] ExportMetricsServiceRequest resourceMetrics
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ExportMetricsServiceRequest.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @interface IExportMetricsServiceRequest
                     * @augments opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.$Properties
                     * @deprecated Use opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.$Properties instead.
                     */

                    /**
                     * Shape of an ExportMetricsServiceRequest.
                     * @typedef {{
                     *   resourceMetrics?: Array.<opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.$Shape
                     */

                    /**
                     * Constructs a new ExportMetricsServiceRequest.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @classdesc Represents an ExportMetricsServiceRequest.
                     * @constructor
                     * @param {opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ExportMetricsServiceRequest = function (p) {
                        this.resourceMetrics = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ExportMetricsServiceRequest resourceMetrics.
                     * @member {Array.<opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties>} resourceMetrics
                     * @memberof opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest
                     * @instance
                     */
                    ExportMetricsServiceRequest.prototype.resourceMetrics = $util.emptyArray;

                    /**
                     * Creates a new ExportMetricsServiceRequest instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest} ExportMetricsServiceRequest instance
                     * @type {{
                     *   (properties: opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.$Shape): opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest & opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.$Shape;
                     *   (properties?: opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.$Properties): opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest;
                     * }}
                     */
                    ExportMetricsServiceRequest.create = function(properties) {
                        return new ExportMetricsServiceRequest(properties);
                    };

                    /**
                     * Encodes the specified ExportMetricsServiceRequest message. Does not implicitly {@link opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.$Properties} m ExportMetricsServiceRequest message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ExportMetricsServiceRequest.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.resourceMetrics != null && m.resourceMetrics.length) {
                            for (var i = 0; i < m.resourceMetrics.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.ResourceMetrics.encode(m.resourceMetrics[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes an ExportMetricsServiceRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest & opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest.$Shape} ExportMetricsServiceRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ExportMetricsServiceRequest.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.resourceMetrics && m.resourceMetrics.length))
                                        m.resourceMetrics = [];
                                    m.resourceMetrics.push($root.opentelemetry.proto.metrics.v1.ResourceMetrics.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for ExportMetricsServiceRequest
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ExportMetricsServiceRequest.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.ExportMetricsServiceRequest";
                    };

                    return ExportMetricsServiceRequest;
                })();

                v1.ExportMetricsServiceResponse = (function() {

                    /**
                     * Properties of an ExportMetricsServiceResponse.
                     * @typedef {Object} opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Properties
                     * @property {opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Properties|null} [partialSuccess] ExportMetricsServiceResponse partialSuccess
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ExportMetricsServiceResponse.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @interface IExportMetricsServiceResponse
                     * @augments opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Properties
                     * @deprecated Use opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Properties instead.
                     */

                    /**
                     * Shape of an ExportMetricsServiceResponse.
                     * @typedef {opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Properties} opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Shape
                     */

                    /**
                     * Constructs a new ExportMetricsServiceResponse.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @classdesc Represents an ExportMetricsServiceResponse.
                     * @constructor
                     * @param {opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ExportMetricsServiceResponse = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ExportMetricsServiceResponse partialSuccess.
                     * @member {opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Properties|null|undefined} partialSuccess
                     * @memberof opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse
                     * @instance
                     */
                    ExportMetricsServiceResponse.prototype.partialSuccess = null;

                    /**
                     * Creates a new ExportMetricsServiceResponse instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse} ExportMetricsServiceResponse instance
                     * @type {{
                     *   (properties: opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Shape): opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse & opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Shape;
                     *   (properties?: opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Properties): opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse;
                     * }}
                     */
                    ExportMetricsServiceResponse.create = function(properties) {
                        return new ExportMetricsServiceResponse(properties);
                    };

                    /**
                     * Encodes the specified ExportMetricsServiceResponse message. Does not implicitly {@link opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Properties} m ExportMetricsServiceResponse message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ExportMetricsServiceResponse.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.partialSuccess != null && $Object.hasOwnProperty.call(m, "partialSuccess"))
                            $root.opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.encode(m.partialSuccess, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes an ExportMetricsServiceResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse & opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse.$Shape} ExportMetricsServiceResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ExportMetricsServiceResponse.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.partialSuccess = $root.opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.decode(r, r.size(), $undefined, q + 1, m.partialSuccess);
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for ExportMetricsServiceResponse
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ExportMetricsServiceResponse.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.ExportMetricsServiceResponse";
                    };

                    return ExportMetricsServiceResponse;
                })();

                v1.ExportMetricsPartialSuccess = (function() {

                    /**
                     * Properties of an ExportMetricsPartialSuccess.
                     * @typedef {Object} opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Properties
                     * @property {number|Long|null} [rejectedDataPoints] ExportMetricsPartialSuccess rejectedDataPoints
                     * @property {string|null} [errorMessage] ExportMetricsPartialSuccess errorMessage
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ExportMetricsPartialSuccess.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @interface IExportMetricsPartialSuccess
                     * @augments opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Properties
                     * @deprecated Use opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Properties instead.
                     */

                    /**
                     * Shape of an ExportMetricsPartialSuccess.
                     * @typedef {opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Properties} opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Shape
                     */

                    /**
                     * Constructs a new ExportMetricsPartialSuccess.
                     * @memberof opentelemetry.proto.metrics.v1
                     * @classdesc Represents an ExportMetricsPartialSuccess.
                     * @constructor
                     * @param {opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ExportMetricsPartialSuccess = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ExportMetricsPartialSuccess rejectedDataPoints.
                     * @member {number|Long} rejectedDataPoints
                     * @memberof opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess
                     * @instance
                     */
                    ExportMetricsPartialSuccess.prototype.rejectedDataPoints = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * ExportMetricsPartialSuccess errorMessage.
                     * @member {string} errorMessage
                     * @memberof opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess
                     * @instance
                     */
                    ExportMetricsPartialSuccess.prototype.errorMessage = "";

                    /**
                     * Creates a new ExportMetricsPartialSuccess instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess} ExportMetricsPartialSuccess instance
                     * @type {{
                     *   (properties: opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Shape): opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess & opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Shape;
                     *   (properties?: opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Properties): opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess;
                     * }}
                     */
                    ExportMetricsPartialSuccess.create = function(properties) {
                        return new ExportMetricsPartialSuccess(properties);
                    };

                    /**
                     * Encodes the specified ExportMetricsPartialSuccess message. Does not implicitly {@link opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess
                     * @static
                     * @param {opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Properties} m ExportMetricsPartialSuccess message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ExportMetricsPartialSuccess.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.rejectedDataPoints != null && $Object.hasOwnProperty.call(m, "rejectedDataPoints") && (typeof m.rejectedDataPoints === "object" ? m.rejectedDataPoints.low || m.rejectedDataPoints.high : m.rejectedDataPoints !== 0))
                            w.uint32(/* id 1, wireType 0 =*/8).int64(m.rejectedDataPoints);
                        if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage") && m.errorMessage !== "")
                            w.uint32(/* id 2, wireType 2 =*/18).string(m.errorMessage);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes an ExportMetricsPartialSuccess message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess & opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess.$Shape} ExportMetricsPartialSuccess
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ExportMetricsPartialSuccess.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 0)
                                        break;
                                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                        m.rejectedDataPoints = v;
                                    else
                                        delete m.rejectedDataPoints;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.errorMessage = v;
                                    else
                                        delete m.errorMessage;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Gets the type url for ExportMetricsPartialSuccess
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ExportMetricsPartialSuccess.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.ExportMetricsPartialSuccess";
                    };

                    return ExportMetricsPartialSuccess;
                })();

                return v1;
            })();

            return metrics;
        })();

        return proto;
    })();

    return opentelemetry;
})();

$root.google = (function() {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    var google = {};

    google.rpc = (function() {

        /**
         * Namespace rpc.
         * @memberof google
         * @namespace
         */
        var rpc = {};

        rpc.Status = (function() {

            /**
             * Properties of a Status.
             * @typedef {Object} google.rpc.Status.$Properties
             * @property {number|null} [code] Status code
             * @property {string|null} [message] Status message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Status.
             * @memberof google.rpc
             * @interface IStatus
             * @augments google.rpc.Status.$Properties
             * @deprecated Use google.rpc.Status.$Properties instead.
             */

            /**
             * Shape of a Status.
             * @typedef {google.rpc.Status.$Properties} google.rpc.Status.$Shape
             */

            /**
             * Constructs a new Status.
             * @memberof google.rpc
             * @classdesc Represents a Status.
             * @constructor
             * @param {google.rpc.Status.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Status = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Status code.
             * @member {number} code
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.code = 0;

            /**
             * Status message.
             * @member {string} message
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.message = "";

            /**
             * Creates a new Status instance using the specified properties.
             * @function create
             * @memberof google.rpc.Status
             * @static
             * @param {google.rpc.Status.$Properties=} [properties] Properties to set
             * @returns {google.rpc.Status} Status instance
             * @type {{
             *   (properties: google.rpc.Status.$Shape): google.rpc.Status & google.rpc.Status.$Shape;
             *   (properties?: google.rpc.Status.$Properties): google.rpc.Status;
             * }}
             */
            Status.create = function(properties) {
                return new Status(properties);
            };

            /**
             * Encodes the specified Status message. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @function encode
             * @memberof google.rpc.Status
             * @static
             * @param {google.rpc.Status.$Properties} m Status message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Status.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.code);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @function decode
             * @memberof google.rpc.Status
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {google.rpc.Status & google.rpc.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Status.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.google.rpc.Status();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.code = v;
                            else
                                delete m.code;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Status
             * @function getTypeUrl
             * @memberof google.rpc.Status
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Status.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.rpc.Status";
            };

            return Status;
        })();

        return rpc;
    })();

    return google;
})();

module.exports = $root;
