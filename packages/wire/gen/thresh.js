/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const thresh = $root.thresh = (() => {

    /**
     * Namespace thresh.
     * @exports thresh
     * @namespace
     */
    const thresh = {};

    thresh.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof thresh
         * @namespace
         */
        const v1 = {};

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} thresh.v1.Envelope.$Properties
             * @property {Uint8Array|null} [sessionId] Envelope sessionId
             * @property {number|null} [round] Envelope round
             * @property {number|null} [sender] Envelope sender
             * @property {number|null} [recipient] Envelope recipient
             * @property {Uint8Array|null} [payload] Envelope payload
             * @property {thresh.v1.SealedPayload.$Properties|null} [sealed] Envelope sealed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof thresh.v1
             * @interface IEnvelope
             * @augments thresh.v1.Envelope.$Properties
             * @deprecated Use thresh.v1.Envelope.$Properties instead.
             */

            /**
             * Shape of an Envelope.
             * @typedef {thresh.v1.Envelope.$Properties} thresh.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof thresh.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {thresh.v1.Envelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Envelope sessionId.
             * @member {Uint8Array} sessionId
             * @memberof thresh.v1.Envelope
             * @instance
             */
            Envelope.prototype.sessionId = $util.newBuffer([]);

            /**
             * Envelope round.
             * @member {number} round
             * @memberof thresh.v1.Envelope
             * @instance
             */
            Envelope.prototype.round = 0;

            /**
             * Envelope sender.
             * @member {number} sender
             * @memberof thresh.v1.Envelope
             * @instance
             */
            Envelope.prototype.sender = 0;

            /**
             * Envelope recipient.
             * @member {number} recipient
             * @memberof thresh.v1.Envelope
             * @instance
             */
            Envelope.prototype.recipient = 0;

            /**
             * Envelope payload.
             * @member {Uint8Array} payload
             * @memberof thresh.v1.Envelope
             * @instance
             */
            Envelope.prototype.payload = $util.newBuffer([]);

            /**
             * Envelope sealed.
             * @member {thresh.v1.SealedPayload.$Properties|null|undefined} sealed
             * @memberof thresh.v1.Envelope
             * @instance
             */
            Envelope.prototype.sealed = null;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link thresh.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.Envelope
             * @static
             * @param {thresh.v1.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.sessionId);
                if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.sender);
                if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient") && message.recipient !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.recipient);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.payload);
                if (message.sealed != null && $Object.hasOwnProperty.call(message, "sealed"))
                    $root.thresh.v1.SealedPayload.encode(message.sealed, writer.uint32(/* id 50, wireType 2 =*/402).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.Envelope & thresh.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.Envelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.round = value;
                            else
                                delete message.round;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sender = value;
                            else
                                delete message.sender;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.recipient = value;
                            else
                                delete message.recipient;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 50: {
                            if (wireType !== 2)
                                break;
                            message.sealed = $root.thresh.v1.SealedPayload.decode(reader, reader.size(), $undefined, _depth + 1, message.sealed);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Envelope;
        })();

        v1.SealedPayload = (function() {

            /**
             * Properties of a SealedPayload.
             * @typedef {Object} thresh.v1.SealedPayload.$Properties
             * @property {number|null} [keyId] SealedPayload keyId
             * @property {Uint8Array|null} [box] SealedPayload box
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SealedPayload.
             * @memberof thresh.v1
             * @interface ISealedPayload
             * @augments thresh.v1.SealedPayload.$Properties
             * @deprecated Use thresh.v1.SealedPayload.$Properties instead.
             */

            /**
             * Shape of a SealedPayload.
             * @typedef {thresh.v1.SealedPayload.$Properties} thresh.v1.SealedPayload.$Shape
             */

            /**
             * Constructs a new SealedPayload.
             * @memberof thresh.v1
             * @classdesc Represents a SealedPayload.
             * @constructor
             * @param {thresh.v1.SealedPayload.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SealedPayload = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SealedPayload keyId.
             * @member {number} keyId
             * @memberof thresh.v1.SealedPayload
             * @instance
             */
            SealedPayload.prototype.keyId = 0;

            /**
             * SealedPayload box.
             * @member {Uint8Array} box
             * @memberof thresh.v1.SealedPayload
             * @instance
             */
            SealedPayload.prototype.box = $util.newBuffer([]);

            /**
             * Encodes the specified SealedPayload message. Does not implicitly {@link thresh.v1.SealedPayload.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.SealedPayload
             * @static
             * @param {thresh.v1.SealedPayload.$Properties} message SealedPayload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SealedPayload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.keyId);
                if (message.box != null && $Object.hasOwnProperty.call(message, "box") && message.box.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.box);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SealedPayload message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.SealedPayload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.SealedPayload & thresh.v1.SealedPayload.$Shape} SealedPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SealedPayload.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.SealedPayload();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.box = value;
                            else
                                delete message.box;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SealedPayload;
        })();

        v1.KemAnnouncement = (function() {

            /**
             * Properties of a KemAnnouncement.
             * @typedef {Object} thresh.v1.KemAnnouncement.$Properties
             * @property {string|null} [peerId] KemAnnouncement peerId
             * @property {number|null} [keyId] KemAnnouncement keyId
             * @property {Uint8Array|null} [publicKey] KemAnnouncement publicKey
             * @property {number|null} [issuedAt] KemAnnouncement issuedAt
             * @property {number|null} [expiresAt] KemAnnouncement expiresAt
             * @property {Uint8Array|null} [signature] KemAnnouncement signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KemAnnouncement.
             * @memberof thresh.v1
             * @interface IKemAnnouncement
             * @augments thresh.v1.KemAnnouncement.$Properties
             * @deprecated Use thresh.v1.KemAnnouncement.$Properties instead.
             */

            /**
             * Shape of a KemAnnouncement.
             * @typedef {thresh.v1.KemAnnouncement.$Properties} thresh.v1.KemAnnouncement.$Shape
             */

            /**
             * Constructs a new KemAnnouncement.
             * @memberof thresh.v1
             * @classdesc Represents a KemAnnouncement.
             * @constructor
             * @param {thresh.v1.KemAnnouncement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KemAnnouncement = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KemAnnouncement peerId.
             * @member {string} peerId
             * @memberof thresh.v1.KemAnnouncement
             * @instance
             */
            KemAnnouncement.prototype.peerId = "";

            /**
             * KemAnnouncement keyId.
             * @member {number} keyId
             * @memberof thresh.v1.KemAnnouncement
             * @instance
             */
            KemAnnouncement.prototype.keyId = 0;

            /**
             * KemAnnouncement publicKey.
             * @member {Uint8Array} publicKey
             * @memberof thresh.v1.KemAnnouncement
             * @instance
             */
            KemAnnouncement.prototype.publicKey = $util.newBuffer([]);

            /**
             * KemAnnouncement issuedAt.
             * @member {number} issuedAt
             * @memberof thresh.v1.KemAnnouncement
             * @instance
             */
            KemAnnouncement.prototype.issuedAt = 0;

            /**
             * KemAnnouncement expiresAt.
             * @member {number} expiresAt
             * @memberof thresh.v1.KemAnnouncement
             * @instance
             */
            KemAnnouncement.prototype.expiresAt = 0;

            /**
             * KemAnnouncement signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.KemAnnouncement
             * @instance
             */
            KemAnnouncement.prototype.signature = $util.newBuffer([]);

            /**
             * Encodes the specified KemAnnouncement message. Does not implicitly {@link thresh.v1.KemAnnouncement.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.KemAnnouncement
             * @static
             * @param {thresh.v1.KemAnnouncement.$Properties} message KemAnnouncement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KemAnnouncement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.keyId);
                if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.publicKey);
                if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt") && message.issuedAt !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.issuedAt);
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt") && message.expiresAt !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.expiresAt);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KemAnnouncement message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.KemAnnouncement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.KemAnnouncement & thresh.v1.KemAnnouncement.$Shape} KemAnnouncement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KemAnnouncement.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.KemAnnouncement();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.publicKey = value;
                            else
                                delete message.publicKey;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.issuedAt = value;
                            else
                                delete message.issuedAt;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.expiresAt = value;
                            else
                                delete message.expiresAt;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return KemAnnouncement;
        })();

        v1.Complaint = (function() {

            /**
             * Properties of a Complaint.
             * @typedef {Object} thresh.v1.Complaint.$Properties
             * @property {Array.<number>|null} [accused] Complaint accused
             * @property {string|null} [reason] Complaint reason
             * @property {Uint8Array|null} [signature] Complaint signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Complaint.
             * @memberof thresh.v1
             * @interface IComplaint
             * @augments thresh.v1.Complaint.$Properties
             * @deprecated Use thresh.v1.Complaint.$Properties instead.
             */

            /**
             * Shape of a Complaint.
             * @typedef {thresh.v1.Complaint.$Properties} thresh.v1.Complaint.$Shape
             */

            /**
             * Constructs a new Complaint.
             * @memberof thresh.v1
             * @classdesc Represents a Complaint.
             * @constructor
             * @param {thresh.v1.Complaint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Complaint = function (properties) {
                this.accused = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Complaint accused.
             * @member {Array.<number>} accused
             * @memberof thresh.v1.Complaint
             * @instance
             */
            Complaint.prototype.accused = $util.emptyArray;

            /**
             * Complaint reason.
             * @member {string} reason
             * @memberof thresh.v1.Complaint
             * @instance
             */
            Complaint.prototype.reason = "";

            /**
             * Complaint signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.Complaint
             * @instance
             */
            Complaint.prototype.signature = $util.newBuffer([]);

            /**
             * Encodes the specified Complaint message. Does not implicitly {@link thresh.v1.Complaint.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.Complaint
             * @static
             * @param {thresh.v1.Complaint.$Properties} message Complaint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Complaint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accused != null && message.accused.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.accused);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Complaint message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.Complaint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.Complaint & thresh.v1.Complaint.$Shape} Complaint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Complaint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.Complaint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.accused && message.accused.length))
                                    message.accused = [];
                                reader.uint32s(message.accused);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.accused && message.accused.length))
                                message.accused = [];
                            message.accused.push(reader.uint32());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Complaint;
        })();

        v1.AttestationPayload = (function() {

            /**
             * Properties of an AttestationPayload.
             * @typedef {Object} thresh.v1.AttestationPayload.$Properties
             * @property {thresh.v1.AttestationEvidence.$Properties|null} [evidence] AttestationPayload evidence
             * @property {Uint8Array|null} [confirm] AttestationPayload confirm
             * @property {"evidence"|"confirm"} [body] AttestationPayload body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AttestationPayload.
             * @memberof thresh.v1
             * @interface IAttestationPayload
             * @augments thresh.v1.AttestationPayload.$Properties
             * @deprecated Use thresh.v1.AttestationPayload.$Properties instead.
             */

            /**
             * Narrowed shape of an AttestationPayload.
             * @typedef {{
             *   evidence?: thresh.v1.AttestationEvidence.$Shape|null;
             *   confirm?: Uint8Array|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; evidence?: null; confirm?: null }|{ body?: "evidence"; evidence: thresh.v1.AttestationEvidence.$Shape; confirm?: null }|{ body?: "confirm"; evidence?: null; confirm: Uint8Array })
             * )} thresh.v1.AttestationPayload.$Shape
             */

            /**
             * Constructs a new AttestationPayload.
             * @memberof thresh.v1
             * @classdesc Represents an AttestationPayload.
             * @constructor
             * @param {thresh.v1.AttestationPayload.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AttestationPayload = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AttestationPayload evidence.
             * @member {thresh.v1.AttestationEvidence.$Properties|null|undefined} evidence
             * @memberof thresh.v1.AttestationPayload
             * @instance
             */
            AttestationPayload.prototype.evidence = null;

            /**
             * AttestationPayload confirm.
             * @member {Uint8Array|null|undefined} confirm
             * @memberof thresh.v1.AttestationPayload
             * @instance
             */
            AttestationPayload.prototype.confirm = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * AttestationPayload body.
             * @member {"evidence"|"confirm"|undefined} body
             * @memberof thresh.v1.AttestationPayload
             * @instance
             */
            $Object.defineProperty(AttestationPayload.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["evidence", "confirm"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified AttestationPayload message. Does not implicitly {@link thresh.v1.AttestationPayload.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.AttestationPayload
             * @static
             * @param {thresh.v1.AttestationPayload.$Properties} message AttestationPayload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AttestationPayload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.evidence != null && $Object.hasOwnProperty.call(message, "evidence"))
                    $root.thresh.v1.AttestationEvidence.encode(message.evidence, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.confirm != null && $Object.hasOwnProperty.call(message, "confirm"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.confirm);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AttestationPayload message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.AttestationPayload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.AttestationPayload & thresh.v1.AttestationPayload.$Shape} AttestationPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AttestationPayload.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.AttestationPayload();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.evidence = $root.thresh.v1.AttestationEvidence.decode(reader, reader.size(), $undefined, _depth + 1, message.evidence);
                            message.body = "evidence";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.confirm = reader.bytes();
                            message.body = "confirm";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AttestationPayload;
        })();

        v1.AttestationEvidence = (function() {

            /**
             * Properties of an AttestationEvidence.
             * @typedef {Object} thresh.v1.AttestationEvidence.$Properties
             * @property {thresh.v1.Protection|null} [protection] AttestationEvidence protection
             * @property {thresh.v1.TpmQuote.$Properties|null} [tpmQuote] AttestationEvidence tpmQuote
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AttestationEvidence.
             * @memberof thresh.v1
             * @interface IAttestationEvidence
             * @augments thresh.v1.AttestationEvidence.$Properties
             * @deprecated Use thresh.v1.AttestationEvidence.$Properties instead.
             */

            /**
             * Shape of an AttestationEvidence.
             * @typedef {thresh.v1.AttestationEvidence.$Properties} thresh.v1.AttestationEvidence.$Shape
             */

            /**
             * Constructs a new AttestationEvidence.
             * @memberof thresh.v1
             * @classdesc Represents an AttestationEvidence.
             * @constructor
             * @param {thresh.v1.AttestationEvidence.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AttestationEvidence = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AttestationEvidence protection.
             * @member {thresh.v1.Protection} protection
             * @memberof thresh.v1.AttestationEvidence
             * @instance
             */
            AttestationEvidence.prototype.protection = 0;

            /**
             * AttestationEvidence tpmQuote.
             * @member {thresh.v1.TpmQuote.$Properties|null|undefined} tpmQuote
             * @memberof thresh.v1.AttestationEvidence
             * @instance
             */
            AttestationEvidence.prototype.tpmQuote = null;

            /**
             * Encodes the specified AttestationEvidence message. Does not implicitly {@link thresh.v1.AttestationEvidence.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.AttestationEvidence
             * @static
             * @param {thresh.v1.AttestationEvidence.$Properties} message AttestationEvidence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AttestationEvidence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protection != null && $Object.hasOwnProperty.call(message, "protection") && message.protection !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.protection);
                if (message.tpmQuote != null && $Object.hasOwnProperty.call(message, "tpmQuote"))
                    $root.thresh.v1.TpmQuote.encode(message.tpmQuote, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AttestationEvidence message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.AttestationEvidence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.AttestationEvidence & thresh.v1.AttestationEvidence.$Shape} AttestationEvidence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AttestationEvidence.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.AttestationEvidence();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.protection = value;
                            else
                                delete message.protection;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.tpmQuote = $root.thresh.v1.TpmQuote.decode(reader, reader.size(), $undefined, _depth + 1, message.tpmQuote);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AttestationEvidence;
        })();

        v1.TpmQuote = (function() {

            /**
             * Properties of a TpmQuote.
             * @typedef {Object} thresh.v1.TpmQuote.$Properties
             * @property {Uint8Array|null} [quoted] TpmQuote quoted
             * @property {Uint8Array|null} [signature] TpmQuote signature
             * @property {Uint8Array|null} [sessionId] TpmQuote sessionId
             * @property {string|null} [peerId] TpmQuote peerId
             * @property {Uint8Array|null} [identityPublicKey] TpmQuote identityPublicKey
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TpmQuote.
             * @memberof thresh.v1
             * @interface ITpmQuote
             * @augments thresh.v1.TpmQuote.$Properties
             * @deprecated Use thresh.v1.TpmQuote.$Properties instead.
             */

            /**
             * Shape of a TpmQuote.
             * @typedef {thresh.v1.TpmQuote.$Properties} thresh.v1.TpmQuote.$Shape
             */

            /**
             * Constructs a new TpmQuote.
             * @memberof thresh.v1
             * @classdesc Represents a TpmQuote.
             * @constructor
             * @param {thresh.v1.TpmQuote.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TpmQuote = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TpmQuote quoted.
             * @member {Uint8Array} quoted
             * @memberof thresh.v1.TpmQuote
             * @instance
             */
            TpmQuote.prototype.quoted = $util.newBuffer([]);

            /**
             * TpmQuote signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.TpmQuote
             * @instance
             */
            TpmQuote.prototype.signature = $util.newBuffer([]);

            /**
             * TpmQuote sessionId.
             * @member {Uint8Array} sessionId
             * @memberof thresh.v1.TpmQuote
             * @instance
             */
            TpmQuote.prototype.sessionId = $util.newBuffer([]);

            /**
             * TpmQuote peerId.
             * @member {string} peerId
             * @memberof thresh.v1.TpmQuote
             * @instance
             */
            TpmQuote.prototype.peerId = "";

            /**
             * TpmQuote identityPublicKey.
             * @member {Uint8Array} identityPublicKey
             * @memberof thresh.v1.TpmQuote
             * @instance
             */
            TpmQuote.prototype.identityPublicKey = $util.newBuffer([]);

            /**
             * Encodes the specified TpmQuote message. Does not implicitly {@link thresh.v1.TpmQuote.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.TpmQuote
             * @static
             * @param {thresh.v1.TpmQuote.$Properties} message TpmQuote message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TpmQuote.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.quoted != null && $Object.hasOwnProperty.call(message, "quoted") && message.quoted.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.quoted);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.sessionId);
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.peerId);
                if (message.identityPublicKey != null && $Object.hasOwnProperty.call(message, "identityPublicKey") && message.identityPublicKey.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.identityPublicKey);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TpmQuote message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.TpmQuote
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.TpmQuote & thresh.v1.TpmQuote.$Shape} TpmQuote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TpmQuote.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.TpmQuote();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.quoted = value;
                            else
                                delete message.quoted;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.identityPublicKey = value;
                            else
                                delete message.identityPublicKey;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return TpmQuote;
        })();

        v1.DkgPayload = (function() {

            /**
             * Properties of a DkgPayload.
             * @typedef {Object} thresh.v1.DkgPayload.$Properties
             * @property {thresh.v1.DkgCommit.$Properties|null} [commit] DkgPayload commit
             * @property {thresh.v1.DkgShare.$Properties|null} [share] DkgPayload share
             * @property {thresh.v1.DkgConfirm.$Properties|null} [confirm] DkgPayload confirm
             * @property {thresh.v1.DkgComplaint.$Properties|null} [complaint] DkgPayload complaint
             * @property {"commit"|"share"|"confirm"|"complaint"} [body] DkgPayload body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DkgPayload.
             * @memberof thresh.v1
             * @interface IDkgPayload
             * @augments thresh.v1.DkgPayload.$Properties
             * @deprecated Use thresh.v1.DkgPayload.$Properties instead.
             */

            /**
             * Narrowed shape of a DkgPayload.
             * @typedef {{
             *   commit?: thresh.v1.DkgCommit.$Shape|null;
             *   share?: thresh.v1.DkgShare.$Shape|null;
             *   confirm?: thresh.v1.DkgConfirm.$Shape|null;
             *   complaint?: thresh.v1.DkgComplaint.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; commit?: null; share?: null; confirm?: null; complaint?: null }|{ body?: "commit"; commit: thresh.v1.DkgCommit.$Shape; share?: null; confirm?: null; complaint?: null }|{ body?: "share"; commit?: null; share: thresh.v1.DkgShare.$Shape; confirm?: null; complaint?: null }|{ body?: "confirm"; commit?: null; share?: null; confirm: thresh.v1.DkgConfirm.$Shape; complaint?: null }|{ body?: "complaint"; commit?: null; share?: null; confirm?: null; complaint: thresh.v1.DkgComplaint.$Shape })
             * )} thresh.v1.DkgPayload.$Shape
             */

            /**
             * Constructs a new DkgPayload.
             * @memberof thresh.v1
             * @classdesc Represents a DkgPayload.
             * @constructor
             * @param {thresh.v1.DkgPayload.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DkgPayload = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DkgPayload commit.
             * @member {thresh.v1.DkgCommit.$Properties|null|undefined} commit
             * @memberof thresh.v1.DkgPayload
             * @instance
             */
            DkgPayload.prototype.commit = null;

            /**
             * DkgPayload share.
             * @member {thresh.v1.DkgShare.$Properties|null|undefined} share
             * @memberof thresh.v1.DkgPayload
             * @instance
             */
            DkgPayload.prototype.share = null;

            /**
             * DkgPayload confirm.
             * @member {thresh.v1.DkgConfirm.$Properties|null|undefined} confirm
             * @memberof thresh.v1.DkgPayload
             * @instance
             */
            DkgPayload.prototype.confirm = null;

            /**
             * DkgPayload complaint.
             * @member {thresh.v1.DkgComplaint.$Properties|null|undefined} complaint
             * @memberof thresh.v1.DkgPayload
             * @instance
             */
            DkgPayload.prototype.complaint = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * DkgPayload body.
             * @member {"commit"|"share"|"confirm"|"complaint"|undefined} body
             * @memberof thresh.v1.DkgPayload
             * @instance
             */
            $Object.defineProperty(DkgPayload.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["commit", "share", "confirm", "complaint"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified DkgPayload message. Does not implicitly {@link thresh.v1.DkgPayload.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.DkgPayload
             * @static
             * @param {thresh.v1.DkgPayload.$Properties} message DkgPayload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DkgPayload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    $root.thresh.v1.DkgCommit.encode(message.commit, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.share != null && $Object.hasOwnProperty.call(message, "share"))
                    $root.thresh.v1.DkgShare.encode(message.share, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.confirm != null && $Object.hasOwnProperty.call(message, "confirm"))
                    $root.thresh.v1.DkgConfirm.encode(message.confirm, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.complaint != null && $Object.hasOwnProperty.call(message, "complaint"))
                    $root.thresh.v1.DkgComplaint.encode(message.complaint, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DkgPayload message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.DkgPayload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.DkgPayload & thresh.v1.DkgPayload.$Shape} DkgPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DkgPayload.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.DkgPayload();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.commit = $root.thresh.v1.DkgCommit.decode(reader, reader.size(), $undefined, _depth + 1, message.commit);
                            message.body = "commit";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.share = $root.thresh.v1.DkgShare.decode(reader, reader.size(), $undefined, _depth + 1, message.share);
                            message.body = "share";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.confirm = $root.thresh.v1.DkgConfirm.decode(reader, reader.size(), $undefined, _depth + 1, message.confirm);
                            message.body = "confirm";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.complaint = $root.thresh.v1.DkgComplaint.decode(reader, reader.size(), $undefined, _depth + 1, message.complaint);
                            message.body = "complaint";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DkgPayload;
        })();

        v1.DkgCommit = (function() {

            /**
             * Properties of a DkgCommit.
             * @typedef {Object} thresh.v1.DkgCommit.$Properties
             * @property {Array.<Uint8Array>|null} [commitment] DkgCommit commitment
             * @property {Uint8Array|null} [proof] DkgCommit proof
             * @property {Uint8Array|null} [chainCodeCommitment] DkgCommit chainCodeCommitment
             * @property {Uint8Array|null} [signature] DkgCommit signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DkgCommit.
             * @memberof thresh.v1
             * @interface IDkgCommit
             * @augments thresh.v1.DkgCommit.$Properties
             * @deprecated Use thresh.v1.DkgCommit.$Properties instead.
             */

            /**
             * Shape of a DkgCommit.
             * @typedef {thresh.v1.DkgCommit.$Properties} thresh.v1.DkgCommit.$Shape
             */

            /**
             * Constructs a new DkgCommit.
             * @memberof thresh.v1
             * @classdesc Represents a DkgCommit.
             * @constructor
             * @param {thresh.v1.DkgCommit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DkgCommit = function (properties) {
                this.commitment = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DkgCommit commitment.
             * @member {Array.<Uint8Array>} commitment
             * @memberof thresh.v1.DkgCommit
             * @instance
             */
            DkgCommit.prototype.commitment = $util.emptyArray;

            /**
             * DkgCommit proof.
             * @member {Uint8Array} proof
             * @memberof thresh.v1.DkgCommit
             * @instance
             */
            DkgCommit.prototype.proof = $util.newBuffer([]);

            /**
             * DkgCommit chainCodeCommitment.
             * @member {Uint8Array} chainCodeCommitment
             * @memberof thresh.v1.DkgCommit
             * @instance
             */
            DkgCommit.prototype.chainCodeCommitment = $util.newBuffer([]);

            /**
             * DkgCommit signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.DkgCommit
             * @instance
             */
            DkgCommit.prototype.signature = $util.newBuffer([]);

            /**
             * Encodes the specified DkgCommit message. Does not implicitly {@link thresh.v1.DkgCommit.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.DkgCommit
             * @static
             * @param {thresh.v1.DkgCommit.$Properties} message DkgCommit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DkgCommit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commitment != null && message.commitment.length)
                    for (let i = 0; i < message.commitment.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.commitment[i]);
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof") && message.proof.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.proof);
                if (message.chainCodeCommitment != null && $Object.hasOwnProperty.call(message, "chainCodeCommitment") && message.chainCodeCommitment.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.chainCodeCommitment);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DkgCommit message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.DkgCommit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.DkgCommit & thresh.v1.DkgCommit.$Shape} DkgCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DkgCommit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.DkgCommit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.commitment && message.commitment.length))
                                message.commitment = [];
                            message.commitment.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.proof = value;
                            else
                                delete message.proof;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.chainCodeCommitment = value;
                            else
                                delete message.chainCodeCommitment;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DkgCommit;
        })();

        v1.DkgShare = (function() {

            /**
             * Properties of a DkgShare.
             * @typedef {Object} thresh.v1.DkgShare.$Properties
             * @property {Uint8Array|null} [share] DkgShare share
             * @property {Uint8Array|null} [chainCodeContribution] DkgShare chainCodeContribution
             * @property {Uint8Array|null} [signature] DkgShare signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DkgShare.
             * @memberof thresh.v1
             * @interface IDkgShare
             * @augments thresh.v1.DkgShare.$Properties
             * @deprecated Use thresh.v1.DkgShare.$Properties instead.
             */

            /**
             * Shape of a DkgShare.
             * @typedef {thresh.v1.DkgShare.$Properties} thresh.v1.DkgShare.$Shape
             */

            /**
             * Constructs a new DkgShare.
             * @memberof thresh.v1
             * @classdesc Represents a DkgShare.
             * @constructor
             * @param {thresh.v1.DkgShare.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DkgShare = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DkgShare share.
             * @member {Uint8Array} share
             * @memberof thresh.v1.DkgShare
             * @instance
             */
            DkgShare.prototype.share = $util.newBuffer([]);

            /**
             * DkgShare chainCodeContribution.
             * @member {Uint8Array} chainCodeContribution
             * @memberof thresh.v1.DkgShare
             * @instance
             */
            DkgShare.prototype.chainCodeContribution = $util.newBuffer([]);

            /**
             * DkgShare signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.DkgShare
             * @instance
             */
            DkgShare.prototype.signature = $util.newBuffer([]);

            /**
             * Encodes the specified DkgShare message. Does not implicitly {@link thresh.v1.DkgShare.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.DkgShare
             * @static
             * @param {thresh.v1.DkgShare.$Properties} message DkgShare message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DkgShare.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.share != null && $Object.hasOwnProperty.call(message, "share") && message.share.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.share);
                if (message.chainCodeContribution != null && $Object.hasOwnProperty.call(message, "chainCodeContribution") && message.chainCodeContribution.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.chainCodeContribution);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DkgShare message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.DkgShare
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.DkgShare & thresh.v1.DkgShare.$Shape} DkgShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DkgShare.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.DkgShare();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.share = value;
                            else
                                delete message.share;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.chainCodeContribution = value;
                            else
                                delete message.chainCodeContribution;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DkgShare;
        })();

        v1.DkgConfirm = (function() {

            /**
             * Properties of a DkgConfirm.
             * @typedef {Object} thresh.v1.DkgConfirm.$Properties
             * @property {Array.<Uint8Array>|null} [round1Digests] DkgConfirm round1Digests
             * @property {Array.<Uint8Array>|null} [round1Signatures] DkgConfirm round1Signatures
             * @property {Uint8Array|null} [signature] DkgConfirm signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DkgConfirm.
             * @memberof thresh.v1
             * @interface IDkgConfirm
             * @augments thresh.v1.DkgConfirm.$Properties
             * @deprecated Use thresh.v1.DkgConfirm.$Properties instead.
             */

            /**
             * Shape of a DkgConfirm.
             * @typedef {thresh.v1.DkgConfirm.$Properties} thresh.v1.DkgConfirm.$Shape
             */

            /**
             * Constructs a new DkgConfirm.
             * @memberof thresh.v1
             * @classdesc Represents a DkgConfirm.
             * @constructor
             * @param {thresh.v1.DkgConfirm.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DkgConfirm = function (properties) {
                this.round1Digests = [];
                this.round1Signatures = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DkgConfirm round1Digests.
             * @member {Array.<Uint8Array>} round1Digests
             * @memberof thresh.v1.DkgConfirm
             * @instance
             */
            DkgConfirm.prototype.round1Digests = $util.emptyArray;

            /**
             * DkgConfirm round1Signatures.
             * @member {Array.<Uint8Array>} round1Signatures
             * @memberof thresh.v1.DkgConfirm
             * @instance
             */
            DkgConfirm.prototype.round1Signatures = $util.emptyArray;

            /**
             * DkgConfirm signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.DkgConfirm
             * @instance
             */
            DkgConfirm.prototype.signature = $util.newBuffer([]);

            /**
             * Encodes the specified DkgConfirm message. Does not implicitly {@link thresh.v1.DkgConfirm.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.DkgConfirm
             * @static
             * @param {thresh.v1.DkgConfirm.$Properties} message DkgConfirm message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DkgConfirm.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.round1Digests != null && message.round1Digests.length)
                    for (let i = 0; i < message.round1Digests.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.round1Digests[i]);
                if (message.round1Signatures != null && message.round1Signatures.length)
                    for (let i = 0; i < message.round1Signatures.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.round1Signatures[i]);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DkgConfirm message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.DkgConfirm
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.DkgConfirm & thresh.v1.DkgConfirm.$Shape} DkgConfirm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DkgConfirm.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.DkgConfirm();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.round1Digests && message.round1Digests.length))
                                message.round1Digests = [];
                            message.round1Digests.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.round1Signatures && message.round1Signatures.length))
                                message.round1Signatures = [];
                            message.round1Signatures.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DkgConfirm;
        })();

        v1.DkgComplaint = (function() {

            /**
             * Properties of a DkgComplaint.
             * @typedef {Object} thresh.v1.DkgComplaint.$Properties
             * @property {Array.<Uint8Array>|null} [round1Digests] DkgComplaint round1Digests
             * @property {Array.<Uint8Array>|null} [round1Signatures] DkgComplaint round1Signatures
             * @property {Array.<number>|null} [accused] DkgComplaint accused
             * @property {Array.<Uint8Array>|null} [shares] DkgComplaint shares
             * @property {Array.<Uint8Array>|null} [chainCodeContributions] DkgComplaint chainCodeContributions
             * @property {Array.<Uint8Array>|null} [shareSignatures] DkgComplaint shareSignatures
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DkgComplaint.
             * @memberof thresh.v1
             * @interface IDkgComplaint
             * @augments thresh.v1.DkgComplaint.$Properties
             * @deprecated Use thresh.v1.DkgComplaint.$Properties instead.
             */

            /**
             * Shape of a DkgComplaint.
             * @typedef {thresh.v1.DkgComplaint.$Properties} thresh.v1.DkgComplaint.$Shape
             */

            /**
             * Constructs a new DkgComplaint.
             * @memberof thresh.v1
             * @classdesc Represents a DkgComplaint.
             * @constructor
             * @param {thresh.v1.DkgComplaint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DkgComplaint = function (properties) {
                this.round1Digests = [];
                this.round1Signatures = [];
                this.accused = [];
                this.shares = [];
                this.chainCodeContributions = [];
                this.shareSignatures = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DkgComplaint round1Digests.
             * @member {Array.<Uint8Array>} round1Digests
             * @memberof thresh.v1.DkgComplaint
             * @instance
             */
            DkgComplaint.prototype.round1Digests = $util.emptyArray;

            /**
             * DkgComplaint round1Signatures.
             * @member {Array.<Uint8Array>} round1Signatures
             * @memberof thresh.v1.DkgComplaint
             * @instance
             */
            DkgComplaint.prototype.round1Signatures = $util.emptyArray;

            /**
             * DkgComplaint accused.
             * @member {Array.<number>} accused
             * @memberof thresh.v1.DkgComplaint
             * @instance
             */
            DkgComplaint.prototype.accused = $util.emptyArray;

            /**
             * DkgComplaint shares.
             * @member {Array.<Uint8Array>} shares
             * @memberof thresh.v1.DkgComplaint
             * @instance
             */
            DkgComplaint.prototype.shares = $util.emptyArray;

            /**
             * DkgComplaint chainCodeContributions.
             * @member {Array.<Uint8Array>} chainCodeContributions
             * @memberof thresh.v1.DkgComplaint
             * @instance
             */
            DkgComplaint.prototype.chainCodeContributions = $util.emptyArray;

            /**
             * DkgComplaint shareSignatures.
             * @member {Array.<Uint8Array>} shareSignatures
             * @memberof thresh.v1.DkgComplaint
             * @instance
             */
            DkgComplaint.prototype.shareSignatures = $util.emptyArray;

            /**
             * Encodes the specified DkgComplaint message. Does not implicitly {@link thresh.v1.DkgComplaint.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.DkgComplaint
             * @static
             * @param {thresh.v1.DkgComplaint.$Properties} message DkgComplaint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DkgComplaint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.round1Digests != null && message.round1Digests.length)
                    for (let i = 0; i < message.round1Digests.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.round1Digests[i]);
                if (message.round1Signatures != null && message.round1Signatures.length)
                    for (let i = 0; i < message.round1Signatures.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.round1Signatures[i]);
                if (message.accused != null && message.accused.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.accused);
                if (message.shares != null && message.shares.length)
                    for (let i = 0; i < message.shares.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.shares[i]);
                if (message.chainCodeContributions != null && message.chainCodeContributions.length)
                    for (let i = 0; i < message.chainCodeContributions.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.chainCodeContributions[i]);
                if (message.shareSignatures != null && message.shareSignatures.length)
                    for (let i = 0; i < message.shareSignatures.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.shareSignatures[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DkgComplaint message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.DkgComplaint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.DkgComplaint & thresh.v1.DkgComplaint.$Shape} DkgComplaint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DkgComplaint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.DkgComplaint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.round1Digests && message.round1Digests.length))
                                message.round1Digests = [];
                            message.round1Digests.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.round1Signatures && message.round1Signatures.length))
                                message.round1Signatures = [];
                            message.round1Signatures.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.accused && message.accused.length))
                                    message.accused = [];
                                reader.uint32s(message.accused);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.accused && message.accused.length))
                                message.accused = [];
                            message.accused.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.shares && message.shares.length))
                                message.shares = [];
                            message.shares.push(reader.bytes());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.chainCodeContributions && message.chainCodeContributions.length))
                                message.chainCodeContributions = [];
                            message.chainCodeContributions.push(reader.bytes());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.shareSignatures && message.shareSignatures.length))
                                message.shareSignatures = [];
                            message.shareSignatures.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DkgComplaint;
        })();

        v1.FrostPayload = (function() {

            /**
             * Properties of a FrostPayload.
             * @typedef {Object} thresh.v1.FrostPayload.$Properties
             * @property {thresh.v1.FrostCommit.$Properties|null} [commit] FrostPayload commit
             * @property {thresh.v1.FrostShare.$Properties|null} [share] FrostPayload share
             * @property {"commit"|"share"} [body] FrostPayload body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FrostPayload.
             * @memberof thresh.v1
             * @interface IFrostPayload
             * @augments thresh.v1.FrostPayload.$Properties
             * @deprecated Use thresh.v1.FrostPayload.$Properties instead.
             */

            /**
             * Narrowed shape of a FrostPayload.
             * @typedef {{
             *   commit?: thresh.v1.FrostCommit.$Shape|null;
             *   share?: thresh.v1.FrostShare.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; commit?: null; share?: null }|{ body?: "commit"; commit: thresh.v1.FrostCommit.$Shape; share?: null }|{ body?: "share"; commit?: null; share: thresh.v1.FrostShare.$Shape })
             * )} thresh.v1.FrostPayload.$Shape
             */

            /**
             * Constructs a new FrostPayload.
             * @memberof thresh.v1
             * @classdesc Represents a FrostPayload.
             * @constructor
             * @param {thresh.v1.FrostPayload.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FrostPayload = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FrostPayload commit.
             * @member {thresh.v1.FrostCommit.$Properties|null|undefined} commit
             * @memberof thresh.v1.FrostPayload
             * @instance
             */
            FrostPayload.prototype.commit = null;

            /**
             * FrostPayload share.
             * @member {thresh.v1.FrostShare.$Properties|null|undefined} share
             * @memberof thresh.v1.FrostPayload
             * @instance
             */
            FrostPayload.prototype.share = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * FrostPayload body.
             * @member {"commit"|"share"|undefined} body
             * @memberof thresh.v1.FrostPayload
             * @instance
             */
            $Object.defineProperty(FrostPayload.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["commit", "share"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified FrostPayload message. Does not implicitly {@link thresh.v1.FrostPayload.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.FrostPayload
             * @static
             * @param {thresh.v1.FrostPayload.$Properties} message FrostPayload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FrostPayload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    $root.thresh.v1.FrostCommit.encode(message.commit, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.share != null && $Object.hasOwnProperty.call(message, "share"))
                    $root.thresh.v1.FrostShare.encode(message.share, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FrostPayload message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.FrostPayload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.FrostPayload & thresh.v1.FrostPayload.$Shape} FrostPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FrostPayload.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.FrostPayload();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.commit = $root.thresh.v1.FrostCommit.decode(reader, reader.size(), $undefined, _depth + 1, message.commit);
                            message.body = "commit";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.share = $root.thresh.v1.FrostShare.decode(reader, reader.size(), $undefined, _depth + 1, message.share);
                            message.body = "share";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return FrostPayload;
        })();

        v1.FrostCommit = (function() {

            /**
             * Properties of a FrostCommit.
             * @typedef {Object} thresh.v1.FrostCommit.$Properties
             * @property {Uint8Array|null} [hiding] FrostCommit hiding
             * @property {Uint8Array|null} [binding] FrostCommit binding
             * @property {Uint8Array|null} [signature] FrostCommit signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FrostCommit.
             * @memberof thresh.v1
             * @interface IFrostCommit
             * @augments thresh.v1.FrostCommit.$Properties
             * @deprecated Use thresh.v1.FrostCommit.$Properties instead.
             */

            /**
             * Shape of a FrostCommit.
             * @typedef {thresh.v1.FrostCommit.$Properties} thresh.v1.FrostCommit.$Shape
             */

            /**
             * Constructs a new FrostCommit.
             * @memberof thresh.v1
             * @classdesc Represents a FrostCommit.
             * @constructor
             * @param {thresh.v1.FrostCommit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FrostCommit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FrostCommit hiding.
             * @member {Uint8Array} hiding
             * @memberof thresh.v1.FrostCommit
             * @instance
             */
            FrostCommit.prototype.hiding = $util.newBuffer([]);

            /**
             * FrostCommit binding.
             * @member {Uint8Array} binding
             * @memberof thresh.v1.FrostCommit
             * @instance
             */
            FrostCommit.prototype.binding = $util.newBuffer([]);

            /**
             * FrostCommit signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.FrostCommit
             * @instance
             */
            FrostCommit.prototype.signature = $util.newBuffer([]);

            /**
             * Encodes the specified FrostCommit message. Does not implicitly {@link thresh.v1.FrostCommit.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.FrostCommit
             * @static
             * @param {thresh.v1.FrostCommit.$Properties} message FrostCommit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FrostCommit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hiding != null && $Object.hasOwnProperty.call(message, "hiding") && message.hiding.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.hiding);
                if (message.binding != null && $Object.hasOwnProperty.call(message, "binding") && message.binding.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.binding);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FrostCommit message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.FrostCommit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.FrostCommit & thresh.v1.FrostCommit.$Shape} FrostCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FrostCommit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.FrostCommit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.hiding = value;
                            else
                                delete message.hiding;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.binding = value;
                            else
                                delete message.binding;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return FrostCommit;
        })();

        v1.FrostShare = (function() {

            /**
             * Properties of a FrostShare.
             * @typedef {Object} thresh.v1.FrostShare.$Properties
             * @property {Uint8Array|null} [share] FrostShare share
             * @property {Array.<Uint8Array>|null} [commitmentDigests] FrostShare commitmentDigests
             * @property {Array.<Uint8Array>|null} [commitmentSignatures] FrostShare commitmentSignatures
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FrostShare.
             * @memberof thresh.v1
             * @interface IFrostShare
             * @augments thresh.v1.FrostShare.$Properties
             * @deprecated Use thresh.v1.FrostShare.$Properties instead.
             */

            /**
             * Shape of a FrostShare.
             * @typedef {thresh.v1.FrostShare.$Properties} thresh.v1.FrostShare.$Shape
             */

            /**
             * Constructs a new FrostShare.
             * @memberof thresh.v1
             * @classdesc Represents a FrostShare.
             * @constructor
             * @param {thresh.v1.FrostShare.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FrostShare = function (properties) {
                this.commitmentDigests = [];
                this.commitmentSignatures = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FrostShare share.
             * @member {Uint8Array} share
             * @memberof thresh.v1.FrostShare
             * @instance
             */
            FrostShare.prototype.share = $util.newBuffer([]);

            /**
             * FrostShare commitmentDigests.
             * @member {Array.<Uint8Array>} commitmentDigests
             * @memberof thresh.v1.FrostShare
             * @instance
             */
            FrostShare.prototype.commitmentDigests = $util.emptyArray;

            /**
             * FrostShare commitmentSignatures.
             * @member {Array.<Uint8Array>} commitmentSignatures
             * @memberof thresh.v1.FrostShare
             * @instance
             */
            FrostShare.prototype.commitmentSignatures = $util.emptyArray;

            /**
             * Encodes the specified FrostShare message. Does not implicitly {@link thresh.v1.FrostShare.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.FrostShare
             * @static
             * @param {thresh.v1.FrostShare.$Properties} message FrostShare message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FrostShare.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.share != null && $Object.hasOwnProperty.call(message, "share") && message.share.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.share);
                if (message.commitmentDigests != null && message.commitmentDigests.length)
                    for (let i = 0; i < message.commitmentDigests.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.commitmentDigests[i]);
                if (message.commitmentSignatures != null && message.commitmentSignatures.length)
                    for (let i = 0; i < message.commitmentSignatures.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.commitmentSignatures[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FrostShare message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.FrostShare
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.FrostShare & thresh.v1.FrostShare.$Shape} FrostShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FrostShare.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.FrostShare();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.share = value;
                            else
                                delete message.share;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.commitmentDigests && message.commitmentDigests.length))
                                message.commitmentDigests = [];
                            message.commitmentDigests.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.commitmentSignatures && message.commitmentSignatures.length))
                                message.commitmentSignatures = [];
                            message.commitmentSignatures.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return FrostShare;
        })();

        v1.DklsSetupPayload = (function() {

            /**
             * Properties of a DklsSetupPayload.
             * @typedef {Object} thresh.v1.DklsSetupPayload.$Properties
             * @property {thresh.v1.DklsSetupChoose.$Properties|null} [choose] DklsSetupPayload choose
             * @property {thresh.v1.DklsSetupOffer.$Properties|null} [offer] DklsSetupPayload offer
             * @property {thresh.v1.DklsSetupExtend.$Properties|null} [extend] DklsSetupPayload extend
             * @property {thresh.v1.DklsSetupOpen.$Properties|null} [open] DklsSetupPayload open
             * @property {"choose"|"offer"|"extend"|"open"} [body] DklsSetupPayload body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DklsSetupPayload.
             * @memberof thresh.v1
             * @interface IDklsSetupPayload
             * @augments thresh.v1.DklsSetupPayload.$Properties
             * @deprecated Use thresh.v1.DklsSetupPayload.$Properties instead.
             */

            /**
             * Narrowed shape of a DklsSetupPayload.
             * @typedef {{
             *   choose?: thresh.v1.DklsSetupChoose.$Shape|null;
             *   offer?: thresh.v1.DklsSetupOffer.$Shape|null;
             *   extend?: thresh.v1.DklsSetupExtend.$Shape|null;
             *   open?: thresh.v1.DklsSetupOpen.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; choose?: null; offer?: null; extend?: null; open?: null }|{ body?: "choose"; choose: thresh.v1.DklsSetupChoose.$Shape; offer?: null; extend?: null; open?: null }|{ body?: "offer"; choose?: null; offer: thresh.v1.DklsSetupOffer.$Shape; extend?: null; open?: null }|{ body?: "extend"; choose?: null; offer?: null; extend: thresh.v1.DklsSetupExtend.$Shape; open?: null }|{ body?: "open"; choose?: null; offer?: null; extend?: null; open: thresh.v1.DklsSetupOpen.$Shape })
             * )} thresh.v1.DklsSetupPayload.$Shape
             */

            /**
             * Constructs a new DklsSetupPayload.
             * @memberof thresh.v1
             * @classdesc Represents a DklsSetupPayload.
             * @constructor
             * @param {thresh.v1.DklsSetupPayload.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DklsSetupPayload = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DklsSetupPayload choose.
             * @member {thresh.v1.DklsSetupChoose.$Properties|null|undefined} choose
             * @memberof thresh.v1.DklsSetupPayload
             * @instance
             */
            DklsSetupPayload.prototype.choose = null;

            /**
             * DklsSetupPayload offer.
             * @member {thresh.v1.DklsSetupOffer.$Properties|null|undefined} offer
             * @memberof thresh.v1.DklsSetupPayload
             * @instance
             */
            DklsSetupPayload.prototype.offer = null;

            /**
             * DklsSetupPayload extend.
             * @member {thresh.v1.DklsSetupExtend.$Properties|null|undefined} extend
             * @memberof thresh.v1.DklsSetupPayload
             * @instance
             */
            DklsSetupPayload.prototype.extend = null;

            /**
             * DklsSetupPayload open.
             * @member {thresh.v1.DklsSetupOpen.$Properties|null|undefined} open
             * @memberof thresh.v1.DklsSetupPayload
             * @instance
             */
            DklsSetupPayload.prototype.open = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * DklsSetupPayload body.
             * @member {"choose"|"offer"|"extend"|"open"|undefined} body
             * @memberof thresh.v1.DklsSetupPayload
             * @instance
             */
            $Object.defineProperty(DklsSetupPayload.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["choose", "offer", "extend", "open"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified DklsSetupPayload message. Does not implicitly {@link thresh.v1.DklsSetupPayload.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.DklsSetupPayload
             * @static
             * @param {thresh.v1.DklsSetupPayload.$Properties} message DklsSetupPayload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DklsSetupPayload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.choose != null && $Object.hasOwnProperty.call(message, "choose"))
                    $root.thresh.v1.DklsSetupChoose.encode(message.choose, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.offer != null && $Object.hasOwnProperty.call(message, "offer"))
                    $root.thresh.v1.DklsSetupOffer.encode(message.offer, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.extend != null && $Object.hasOwnProperty.call(message, "extend"))
                    $root.thresh.v1.DklsSetupExtend.encode(message.extend, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.open != null && $Object.hasOwnProperty.call(message, "open"))
                    $root.thresh.v1.DklsSetupOpen.encode(message.open, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DklsSetupPayload message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.DklsSetupPayload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSetupPayload & thresh.v1.DklsSetupPayload.$Shape} DklsSetupPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DklsSetupPayload.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.DklsSetupPayload();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.choose = $root.thresh.v1.DklsSetupChoose.decode(reader, reader.size(), $undefined, _depth + 1, message.choose);
                            message.body = "choose";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.offer = $root.thresh.v1.DklsSetupOffer.decode(reader, reader.size(), $undefined, _depth + 1, message.offer);
                            message.body = "offer";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.extend = $root.thresh.v1.DklsSetupExtend.decode(reader, reader.size(), $undefined, _depth + 1, message.extend);
                            message.body = "extend";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.open = $root.thresh.v1.DklsSetupOpen.decode(reader, reader.size(), $undefined, _depth + 1, message.open);
                            message.body = "open";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DklsSetupPayload;
        })();

        v1.DklsSetupChoose = (function() {

            /**
             * Properties of a DklsSetupChoose.
             * @typedef {Object} thresh.v1.DklsSetupChoose.$Properties
             * @property {Uint8Array|null} [points] DklsSetupChoose points
             * @property {Uint8Array|null} [zeroCommitment] DklsSetupChoose zeroCommitment
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DklsSetupChoose.
             * @memberof thresh.v1
             * @interface IDklsSetupChoose
             * @augments thresh.v1.DklsSetupChoose.$Properties
             * @deprecated Use thresh.v1.DklsSetupChoose.$Properties instead.
             */

            /**
             * Shape of a DklsSetupChoose.
             * @typedef {thresh.v1.DklsSetupChoose.$Properties} thresh.v1.DklsSetupChoose.$Shape
             */

            /**
             * Constructs a new DklsSetupChoose.
             * @memberof thresh.v1
             * @classdesc Represents a DklsSetupChoose.
             * @constructor
             * @param {thresh.v1.DklsSetupChoose.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DklsSetupChoose = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DklsSetupChoose points.
             * @member {Uint8Array} points
             * @memberof thresh.v1.DklsSetupChoose
             * @instance
             */
            DklsSetupChoose.prototype.points = $util.newBuffer([]);

            /**
             * DklsSetupChoose zeroCommitment.
             * @member {Uint8Array} zeroCommitment
             * @memberof thresh.v1.DklsSetupChoose
             * @instance
             */
            DklsSetupChoose.prototype.zeroCommitment = $util.newBuffer([]);

            /**
             * Encodes the specified DklsSetupChoose message. Does not implicitly {@link thresh.v1.DklsSetupChoose.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.DklsSetupChoose
             * @static
             * @param {thresh.v1.DklsSetupChoose.$Properties} message DklsSetupChoose message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DklsSetupChoose.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.points != null && $Object.hasOwnProperty.call(message, "points") && message.points.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.points);
                if (message.zeroCommitment != null && $Object.hasOwnProperty.call(message, "zeroCommitment") && message.zeroCommitment.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.zeroCommitment);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DklsSetupChoose message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.DklsSetupChoose
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSetupChoose & thresh.v1.DklsSetupChoose.$Shape} DklsSetupChoose
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DklsSetupChoose.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.DklsSetupChoose();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.points = value;
                            else
                                delete message.points;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.zeroCommitment = value;
                            else
                                delete message.zeroCommitment;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DklsSetupChoose;
        })();

        v1.DklsSetupOffer = (function() {

            /**
             * Properties of a DklsSetupOffer.
             * @typedef {Object} thresh.v1.DklsSetupOffer.$Properties
             * @property {Uint8Array|null} [point] DklsSetupOffer point
             * @property {Uint8Array|null} [zeroCommitment] DklsSetupOffer zeroCommitment
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DklsSetupOffer.
             * @memberof thresh.v1
             * @interface IDklsSetupOffer
             * @augments thresh.v1.DklsSetupOffer.$Properties
             * @deprecated Use thresh.v1.DklsSetupOffer.$Properties instead.
             */

            /**
             * Shape of a DklsSetupOffer.
             * @typedef {thresh.v1.DklsSetupOffer.$Properties} thresh.v1.DklsSetupOffer.$Shape
             */

            /**
             * Constructs a new DklsSetupOffer.
             * @memberof thresh.v1
             * @classdesc Represents a DklsSetupOffer.
             * @constructor
             * @param {thresh.v1.DklsSetupOffer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DklsSetupOffer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DklsSetupOffer point.
             * @member {Uint8Array} point
             * @memberof thresh.v1.DklsSetupOffer
             * @instance
             */
            DklsSetupOffer.prototype.point = $util.newBuffer([]);

            /**
             * DklsSetupOffer zeroCommitment.
             * @member {Uint8Array} zeroCommitment
             * @memberof thresh.v1.DklsSetupOffer
             * @instance
             */
            DklsSetupOffer.prototype.zeroCommitment = $util.newBuffer([]);

            /**
             * Encodes the specified DklsSetupOffer message. Does not implicitly {@link thresh.v1.DklsSetupOffer.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.DklsSetupOffer
             * @static
             * @param {thresh.v1.DklsSetupOffer.$Properties} message DklsSetupOffer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DklsSetupOffer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.point != null && $Object.hasOwnProperty.call(message, "point") && message.point.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.point);
                if (message.zeroCommitment != null && $Object.hasOwnProperty.call(message, "zeroCommitment") && message.zeroCommitment.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.zeroCommitment);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DklsSetupOffer message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.DklsSetupOffer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSetupOffer & thresh.v1.DklsSetupOffer.$Shape} DklsSetupOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DklsSetupOffer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.DklsSetupOffer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.point = value;
                            else
                                delete message.point;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.zeroCommitment = value;
                            else
                                delete message.zeroCommitment;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DklsSetupOffer;
        })();

        v1.DklsSetupExtend = (function() {

            /**
             * Properties of a DklsSetupExtend.
             * @typedef {Object} thresh.v1.DklsSetupExtend.$Properties
             * @property {Uint8Array|null} [transcript] DklsSetupExtend transcript
             * @property {Uint8Array|null} [u] DklsSetupExtend u
             * @property {Uint8Array|null} [xCheck] DklsSetupExtend xCheck
             * @property {Uint8Array|null} [tCheck] DklsSetupExtend tCheck
             * @property {Uint8Array|null} [zeroContribution] DklsSetupExtend zeroContribution
             * @property {Uint8Array|null} [zeroSalt] DklsSetupExtend zeroSalt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DklsSetupExtend.
             * @memberof thresh.v1
             * @interface IDklsSetupExtend
             * @augments thresh.v1.DklsSetupExtend.$Properties
             * @deprecated Use thresh.v1.DklsSetupExtend.$Properties instead.
             */

            /**
             * Shape of a DklsSetupExtend.
             * @typedef {thresh.v1.DklsSetupExtend.$Properties} thresh.v1.DklsSetupExtend.$Shape
             */

            /**
             * Constructs a new DklsSetupExtend.
             * @memberof thresh.v1
             * @classdesc Represents a DklsSetupExtend.
             * @constructor
             * @param {thresh.v1.DklsSetupExtend.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DklsSetupExtend = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DklsSetupExtend transcript.
             * @member {Uint8Array} transcript
             * @memberof thresh.v1.DklsSetupExtend
             * @instance
             */
            DklsSetupExtend.prototype.transcript = $util.newBuffer([]);

            /**
             * DklsSetupExtend u.
             * @member {Uint8Array} u
             * @memberof thresh.v1.DklsSetupExtend
             * @instance
             */
            DklsSetupExtend.prototype.u = $util.newBuffer([]);

            /**
             * DklsSetupExtend xCheck.
             * @member {Uint8Array} xCheck
             * @memberof thresh.v1.DklsSetupExtend
             * @instance
             */
            DklsSetupExtend.prototype.xCheck = $util.newBuffer([]);

            /**
             * DklsSetupExtend tCheck.
             * @member {Uint8Array} tCheck
             * @memberof thresh.v1.DklsSetupExtend
             * @instance
             */
            DklsSetupExtend.prototype.tCheck = $util.newBuffer([]);

            /**
             * DklsSetupExtend zeroContribution.
             * @member {Uint8Array} zeroContribution
             * @memberof thresh.v1.DklsSetupExtend
             * @instance
             */
            DklsSetupExtend.prototype.zeroContribution = $util.newBuffer([]);

            /**
             * DklsSetupExtend zeroSalt.
             * @member {Uint8Array} zeroSalt
             * @memberof thresh.v1.DklsSetupExtend
             * @instance
             */
            DklsSetupExtend.prototype.zeroSalt = $util.newBuffer([]);

            /**
             * Encodes the specified DklsSetupExtend message. Does not implicitly {@link thresh.v1.DklsSetupExtend.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.DklsSetupExtend
             * @static
             * @param {thresh.v1.DklsSetupExtend.$Properties} message DklsSetupExtend message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DklsSetupExtend.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transcript != null && $Object.hasOwnProperty.call(message, "transcript") && message.transcript.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.transcript);
                if (message.u != null && $Object.hasOwnProperty.call(message, "u") && message.u.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.u);
                if (message.xCheck != null && $Object.hasOwnProperty.call(message, "xCheck") && message.xCheck.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.xCheck);
                if (message.tCheck != null && $Object.hasOwnProperty.call(message, "tCheck") && message.tCheck.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.tCheck);
                if (message.zeroContribution != null && $Object.hasOwnProperty.call(message, "zeroContribution") && message.zeroContribution.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.zeroContribution);
                if (message.zeroSalt != null && $Object.hasOwnProperty.call(message, "zeroSalt") && message.zeroSalt.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.zeroSalt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DklsSetupExtend message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.DklsSetupExtend
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSetupExtend & thresh.v1.DklsSetupExtend.$Shape} DklsSetupExtend
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DklsSetupExtend.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.DklsSetupExtend();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.transcript = value;
                            else
                                delete message.transcript;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.u = value;
                            else
                                delete message.u;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.xCheck = value;
                            else
                                delete message.xCheck;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.tCheck = value;
                            else
                                delete message.tCheck;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.zeroContribution = value;
                            else
                                delete message.zeroContribution;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.zeroSalt = value;
                            else
                                delete message.zeroSalt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DklsSetupExtend;
        })();

        v1.DklsSetupOpen = (function() {

            /**
             * Properties of a DklsSetupOpen.
             * @typedef {Object} thresh.v1.DklsSetupOpen.$Properties
             * @property {Uint8Array|null} [transcript] DklsSetupOpen transcript
             * @property {Uint8Array|null} [zeroContribution] DklsSetupOpen zeroContribution
             * @property {Uint8Array|null} [zeroSalt] DklsSetupOpen zeroSalt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DklsSetupOpen.
             * @memberof thresh.v1
             * @interface IDklsSetupOpen
             * @augments thresh.v1.DklsSetupOpen.$Properties
             * @deprecated Use thresh.v1.DklsSetupOpen.$Properties instead.
             */

            /**
             * Shape of a DklsSetupOpen.
             * @typedef {thresh.v1.DklsSetupOpen.$Properties} thresh.v1.DklsSetupOpen.$Shape
             */

            /**
             * Constructs a new DklsSetupOpen.
             * @memberof thresh.v1
             * @classdesc Represents a DklsSetupOpen.
             * @constructor
             * @param {thresh.v1.DklsSetupOpen.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DklsSetupOpen = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DklsSetupOpen transcript.
             * @member {Uint8Array} transcript
             * @memberof thresh.v1.DklsSetupOpen
             * @instance
             */
            DklsSetupOpen.prototype.transcript = $util.newBuffer([]);

            /**
             * DklsSetupOpen zeroContribution.
             * @member {Uint8Array} zeroContribution
             * @memberof thresh.v1.DklsSetupOpen
             * @instance
             */
            DklsSetupOpen.prototype.zeroContribution = $util.newBuffer([]);

            /**
             * DklsSetupOpen zeroSalt.
             * @member {Uint8Array} zeroSalt
             * @memberof thresh.v1.DklsSetupOpen
             * @instance
             */
            DklsSetupOpen.prototype.zeroSalt = $util.newBuffer([]);

            /**
             * Encodes the specified DklsSetupOpen message. Does not implicitly {@link thresh.v1.DklsSetupOpen.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.DklsSetupOpen
             * @static
             * @param {thresh.v1.DklsSetupOpen.$Properties} message DklsSetupOpen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DklsSetupOpen.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transcript != null && $Object.hasOwnProperty.call(message, "transcript") && message.transcript.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.transcript);
                if (message.zeroContribution != null && $Object.hasOwnProperty.call(message, "zeroContribution") && message.zeroContribution.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.zeroContribution);
                if (message.zeroSalt != null && $Object.hasOwnProperty.call(message, "zeroSalt") && message.zeroSalt.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.zeroSalt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DklsSetupOpen message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.DklsSetupOpen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSetupOpen & thresh.v1.DklsSetupOpen.$Shape} DklsSetupOpen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DklsSetupOpen.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.DklsSetupOpen();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.transcript = value;
                            else
                                delete message.transcript;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.zeroContribution = value;
                            else
                                delete message.zeroContribution;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.zeroSalt = value;
                            else
                                delete message.zeroSalt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DklsSetupOpen;
        })();

        v1.DklsSignPayload = (function() {

            /**
             * Properties of a DklsSignPayload.
             * @typedef {Object} thresh.v1.DklsSignPayload.$Properties
             * @property {thresh.v1.DklsSignCommit.$Properties|null} [commit] DklsSignPayload commit
             * @property {thresh.v1.DklsSignExtend.$Properties|null} [extend] DklsSignPayload extend
             * @property {thresh.v1.DklsSignReveal.$Properties|null} [reveal] DklsSignPayload reveal
             * @property {thresh.v1.DklsSignMultiply.$Properties|null} [multiply] DklsSignPayload multiply
             * @property {thresh.v1.DklsSignShare.$Properties|null} [share] DklsSignPayload share
             * @property {"commit"|"extend"|"reveal"|"multiply"|"share"} [body] DklsSignPayload body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DklsSignPayload.
             * @memberof thresh.v1
             * @interface IDklsSignPayload
             * @augments thresh.v1.DklsSignPayload.$Properties
             * @deprecated Use thresh.v1.DklsSignPayload.$Properties instead.
             */

            /**
             * Narrowed shape of a DklsSignPayload.
             * @typedef {{
             *   commit?: thresh.v1.DklsSignCommit.$Shape|null;
             *   extend?: thresh.v1.DklsSignExtend.$Shape|null;
             *   reveal?: thresh.v1.DklsSignReveal.$Shape|null;
             *   multiply?: thresh.v1.DklsSignMultiply.$Shape|null;
             *   share?: thresh.v1.DklsSignShare.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; commit?: null; extend?: null; reveal?: null; multiply?: null; share?: null }|{ body?: "commit"; commit: thresh.v1.DklsSignCommit.$Shape; extend?: null; reveal?: null; multiply?: null; share?: null }|{ body?: "extend"; commit?: null; extend: thresh.v1.DklsSignExtend.$Shape; reveal?: null; multiply?: null; share?: null }|{ body?: "reveal"; commit?: null; extend?: null; reveal: thresh.v1.DklsSignReveal.$Shape; multiply?: null; share?: null }|{ body?: "multiply"; commit?: null; extend?: null; reveal?: null; multiply: thresh.v1.DklsSignMultiply.$Shape; share?: null }|{ body?: "share"; commit?: null; extend?: null; reveal?: null; multiply?: null; share: thresh.v1.DklsSignShare.$Shape })
             * )} thresh.v1.DklsSignPayload.$Shape
             */

            /**
             * Constructs a new DklsSignPayload.
             * @memberof thresh.v1
             * @classdesc Represents a DklsSignPayload.
             * @constructor
             * @param {thresh.v1.DklsSignPayload.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DklsSignPayload = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DklsSignPayload commit.
             * @member {thresh.v1.DklsSignCommit.$Properties|null|undefined} commit
             * @memberof thresh.v1.DklsSignPayload
             * @instance
             */
            DklsSignPayload.prototype.commit = null;

            /**
             * DklsSignPayload extend.
             * @member {thresh.v1.DklsSignExtend.$Properties|null|undefined} extend
             * @memberof thresh.v1.DklsSignPayload
             * @instance
             */
            DklsSignPayload.prototype.extend = null;

            /**
             * DklsSignPayload reveal.
             * @member {thresh.v1.DklsSignReveal.$Properties|null|undefined} reveal
             * @memberof thresh.v1.DklsSignPayload
             * @instance
             */
            DklsSignPayload.prototype.reveal = null;

            /**
             * DklsSignPayload multiply.
             * @member {thresh.v1.DklsSignMultiply.$Properties|null|undefined} multiply
             * @memberof thresh.v1.DklsSignPayload
             * @instance
             */
            DklsSignPayload.prototype.multiply = null;

            /**
             * DklsSignPayload share.
             * @member {thresh.v1.DklsSignShare.$Properties|null|undefined} share
             * @memberof thresh.v1.DklsSignPayload
             * @instance
             */
            DklsSignPayload.prototype.share = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * DklsSignPayload body.
             * @member {"commit"|"extend"|"reveal"|"multiply"|"share"|undefined} body
             * @memberof thresh.v1.DklsSignPayload
             * @instance
             */
            $Object.defineProperty(DklsSignPayload.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["commit", "extend", "reveal", "multiply", "share"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified DklsSignPayload message. Does not implicitly {@link thresh.v1.DklsSignPayload.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.DklsSignPayload
             * @static
             * @param {thresh.v1.DklsSignPayload.$Properties} message DklsSignPayload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DklsSignPayload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    $root.thresh.v1.DklsSignCommit.encode(message.commit, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.extend != null && $Object.hasOwnProperty.call(message, "extend"))
                    $root.thresh.v1.DklsSignExtend.encode(message.extend, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.reveal != null && $Object.hasOwnProperty.call(message, "reveal"))
                    $root.thresh.v1.DklsSignReveal.encode(message.reveal, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.multiply != null && $Object.hasOwnProperty.call(message, "multiply"))
                    $root.thresh.v1.DklsSignMultiply.encode(message.multiply, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.share != null && $Object.hasOwnProperty.call(message, "share"))
                    $root.thresh.v1.DklsSignShare.encode(message.share, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DklsSignPayload message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.DklsSignPayload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSignPayload & thresh.v1.DklsSignPayload.$Shape} DklsSignPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DklsSignPayload.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.DklsSignPayload();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.commit = $root.thresh.v1.DklsSignCommit.decode(reader, reader.size(), $undefined, _depth + 1, message.commit);
                            message.body = "commit";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.extend = $root.thresh.v1.DklsSignExtend.decode(reader, reader.size(), $undefined, _depth + 1, message.extend);
                            message.body = "extend";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.reveal = $root.thresh.v1.DklsSignReveal.decode(reader, reader.size(), $undefined, _depth + 1, message.reveal);
                            message.body = "reveal";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.multiply = $root.thresh.v1.DklsSignMultiply.decode(reader, reader.size(), $undefined, _depth + 1, message.multiply);
                            message.body = "multiply";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.share = $root.thresh.v1.DklsSignShare.decode(reader, reader.size(), $undefined, _depth + 1, message.share);
                            message.body = "share";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DklsSignPayload;
        })();

        v1.DklsSignCommit = (function() {

            /**
             * Properties of a DklsSignCommit.
             * @typedef {Object} thresh.v1.DklsSignCommit.$Properties
             * @property {Uint8Array|null} [commitment] DklsSignCommit commitment
             * @property {Uint8Array|null} [signature] DklsSignCommit signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DklsSignCommit.
             * @memberof thresh.v1
             * @interface IDklsSignCommit
             * @augments thresh.v1.DklsSignCommit.$Properties
             * @deprecated Use thresh.v1.DklsSignCommit.$Properties instead.
             */

            /**
             * Shape of a DklsSignCommit.
             * @typedef {thresh.v1.DklsSignCommit.$Properties} thresh.v1.DklsSignCommit.$Shape
             */

            /**
             * Constructs a new DklsSignCommit.
             * @memberof thresh.v1
             * @classdesc Represents a DklsSignCommit.
             * @constructor
             * @param {thresh.v1.DklsSignCommit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DklsSignCommit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DklsSignCommit commitment.
             * @member {Uint8Array} commitment
             * @memberof thresh.v1.DklsSignCommit
             * @instance
             */
            DklsSignCommit.prototype.commitment = $util.newBuffer([]);

            /**
             * DklsSignCommit signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.DklsSignCommit
             * @instance
             */
            DklsSignCommit.prototype.signature = $util.newBuffer([]);

            /**
             * Encodes the specified DklsSignCommit message. Does not implicitly {@link thresh.v1.DklsSignCommit.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.DklsSignCommit
             * @static
             * @param {thresh.v1.DklsSignCommit.$Properties} message DklsSignCommit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DklsSignCommit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commitment != null && $Object.hasOwnProperty.call(message, "commitment") && message.commitment.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.commitment);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DklsSignCommit message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.DklsSignCommit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSignCommit & thresh.v1.DklsSignCommit.$Shape} DklsSignCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DklsSignCommit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.DklsSignCommit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.commitment = value;
                            else
                                delete message.commitment;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DklsSignCommit;
        })();

        v1.DklsSignExtend = (function() {

            /**
             * Properties of a DklsSignExtend.
             * @typedef {Object} thresh.v1.DklsSignExtend.$Properties
             * @property {Uint8Array|null} [u] DklsSignExtend u
             * @property {Uint8Array|null} [xCheck] DklsSignExtend xCheck
             * @property {Uint8Array|null} [tCheck] DklsSignExtend tCheck
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DklsSignExtend.
             * @memberof thresh.v1
             * @interface IDklsSignExtend
             * @augments thresh.v1.DklsSignExtend.$Properties
             * @deprecated Use thresh.v1.DklsSignExtend.$Properties instead.
             */

            /**
             * Shape of a DklsSignExtend.
             * @typedef {thresh.v1.DklsSignExtend.$Properties} thresh.v1.DklsSignExtend.$Shape
             */

            /**
             * Constructs a new DklsSignExtend.
             * @memberof thresh.v1
             * @classdesc Represents a DklsSignExtend.
             * @constructor
             * @param {thresh.v1.DklsSignExtend.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DklsSignExtend = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DklsSignExtend u.
             * @member {Uint8Array} u
             * @memberof thresh.v1.DklsSignExtend
             * @instance
             */
            DklsSignExtend.prototype.u = $util.newBuffer([]);

            /**
             * DklsSignExtend xCheck.
             * @member {Uint8Array} xCheck
             * @memberof thresh.v1.DklsSignExtend
             * @instance
             */
            DklsSignExtend.prototype.xCheck = $util.newBuffer([]);

            /**
             * DklsSignExtend tCheck.
             * @member {Uint8Array} tCheck
             * @memberof thresh.v1.DklsSignExtend
             * @instance
             */
            DklsSignExtend.prototype.tCheck = $util.newBuffer([]);

            /**
             * Encodes the specified DklsSignExtend message. Does not implicitly {@link thresh.v1.DklsSignExtend.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.DklsSignExtend
             * @static
             * @param {thresh.v1.DklsSignExtend.$Properties} message DklsSignExtend message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DklsSignExtend.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.u != null && $Object.hasOwnProperty.call(message, "u") && message.u.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.u);
                if (message.xCheck != null && $Object.hasOwnProperty.call(message, "xCheck") && message.xCheck.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.xCheck);
                if (message.tCheck != null && $Object.hasOwnProperty.call(message, "tCheck") && message.tCheck.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.tCheck);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DklsSignExtend message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.DklsSignExtend
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSignExtend & thresh.v1.DklsSignExtend.$Shape} DklsSignExtend
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DklsSignExtend.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.DklsSignExtend();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.u = value;
                            else
                                delete message.u;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.xCheck = value;
                            else
                                delete message.xCheck;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.tCheck = value;
                            else
                                delete message.tCheck;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DklsSignExtend;
        })();

        v1.DklsSignReveal = (function() {

            /**
             * Properties of a DklsSignReveal.
             * @typedef {Object} thresh.v1.DklsSignReveal.$Properties
             * @property {Uint8Array|null} [instancePoint] DklsSignReveal instancePoint
             * @property {Uint8Array|null} [salt] DklsSignReveal salt
             * @property {Uint8Array|null} [publicShare] DklsSignReveal publicShare
             * @property {Uint8Array|null} [zeroSharePoints] DklsSignReveal zeroSharePoints
             * @property {Uint8Array|null} [signature] DklsSignReveal signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DklsSignReveal.
             * @memberof thresh.v1
             * @interface IDklsSignReveal
             * @augments thresh.v1.DklsSignReveal.$Properties
             * @deprecated Use thresh.v1.DklsSignReveal.$Properties instead.
             */

            /**
             * Shape of a DklsSignReveal.
             * @typedef {thresh.v1.DklsSignReveal.$Properties} thresh.v1.DklsSignReveal.$Shape
             */

            /**
             * Constructs a new DklsSignReveal.
             * @memberof thresh.v1
             * @classdesc Represents a DklsSignReveal.
             * @constructor
             * @param {thresh.v1.DklsSignReveal.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DklsSignReveal = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DklsSignReveal instancePoint.
             * @member {Uint8Array} instancePoint
             * @memberof thresh.v1.DklsSignReveal
             * @instance
             */
            DklsSignReveal.prototype.instancePoint = $util.newBuffer([]);

            /**
             * DklsSignReveal salt.
             * @member {Uint8Array} salt
             * @memberof thresh.v1.DklsSignReveal
             * @instance
             */
            DklsSignReveal.prototype.salt = $util.newBuffer([]);

            /**
             * DklsSignReveal publicShare.
             * @member {Uint8Array} publicShare
             * @memberof thresh.v1.DklsSignReveal
             * @instance
             */
            DklsSignReveal.prototype.publicShare = $util.newBuffer([]);

            /**
             * DklsSignReveal zeroSharePoints.
             * @member {Uint8Array} zeroSharePoints
             * @memberof thresh.v1.DklsSignReveal
             * @instance
             */
            DklsSignReveal.prototype.zeroSharePoints = $util.newBuffer([]);

            /**
             * DklsSignReveal signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.DklsSignReveal
             * @instance
             */
            DklsSignReveal.prototype.signature = $util.newBuffer([]);

            /**
             * Encodes the specified DklsSignReveal message. Does not implicitly {@link thresh.v1.DklsSignReveal.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.DklsSignReveal
             * @static
             * @param {thresh.v1.DklsSignReveal.$Properties} message DklsSignReveal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DklsSignReveal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.instancePoint != null && $Object.hasOwnProperty.call(message, "instancePoint") && message.instancePoint.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.instancePoint);
                if (message.salt != null && $Object.hasOwnProperty.call(message, "salt") && message.salt.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.salt);
                if (message.publicShare != null && $Object.hasOwnProperty.call(message, "publicShare") && message.publicShare.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.publicShare);
                if (message.zeroSharePoints != null && $Object.hasOwnProperty.call(message, "zeroSharePoints") && message.zeroSharePoints.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.zeroSharePoints);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DklsSignReveal message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.DklsSignReveal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSignReveal & thresh.v1.DklsSignReveal.$Shape} DklsSignReveal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DklsSignReveal.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.DklsSignReveal();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.instancePoint = value;
                            else
                                delete message.instancePoint;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.salt = value;
                            else
                                delete message.salt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.publicShare = value;
                            else
                                delete message.publicShare;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.zeroSharePoints = value;
                            else
                                delete message.zeroSharePoints;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DklsSignReveal;
        })();

        v1.DklsSignMultiply = (function() {

            /**
             * Properties of a DklsSignMultiply.
             * @typedef {Object} thresh.v1.DklsSignMultiply.$Properties
             * @property {Uint8Array|null} [gammaU] DklsSignMultiply gammaU
             * @property {Uint8Array|null} [gammaV] DklsSignMultiply gammaV
             * @property {Uint8Array|null} [psi] DklsSignMultiply psi
             * @property {Uint8Array|null} [aTilde] DklsSignMultiply aTilde
             * @property {Uint8Array|null} [eta] DklsSignMultiply eta
             * @property {Uint8Array|null} [mu] DklsSignMultiply mu
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DklsSignMultiply.
             * @memberof thresh.v1
             * @interface IDklsSignMultiply
             * @augments thresh.v1.DklsSignMultiply.$Properties
             * @deprecated Use thresh.v1.DklsSignMultiply.$Properties instead.
             */

            /**
             * Shape of a DklsSignMultiply.
             * @typedef {thresh.v1.DklsSignMultiply.$Properties} thresh.v1.DklsSignMultiply.$Shape
             */

            /**
             * Constructs a new DklsSignMultiply.
             * @memberof thresh.v1
             * @classdesc Represents a DklsSignMultiply.
             * @constructor
             * @param {thresh.v1.DklsSignMultiply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DklsSignMultiply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DklsSignMultiply gammaU.
             * @member {Uint8Array} gammaU
             * @memberof thresh.v1.DklsSignMultiply
             * @instance
             */
            DklsSignMultiply.prototype.gammaU = $util.newBuffer([]);

            /**
             * DklsSignMultiply gammaV.
             * @member {Uint8Array} gammaV
             * @memberof thresh.v1.DklsSignMultiply
             * @instance
             */
            DklsSignMultiply.prototype.gammaV = $util.newBuffer([]);

            /**
             * DklsSignMultiply psi.
             * @member {Uint8Array} psi
             * @memberof thresh.v1.DklsSignMultiply
             * @instance
             */
            DklsSignMultiply.prototype.psi = $util.newBuffer([]);

            /**
             * DklsSignMultiply aTilde.
             * @member {Uint8Array} aTilde
             * @memberof thresh.v1.DklsSignMultiply
             * @instance
             */
            DklsSignMultiply.prototype.aTilde = $util.newBuffer([]);

            /**
             * DklsSignMultiply eta.
             * @member {Uint8Array} eta
             * @memberof thresh.v1.DklsSignMultiply
             * @instance
             */
            DklsSignMultiply.prototype.eta = $util.newBuffer([]);

            /**
             * DklsSignMultiply mu.
             * @member {Uint8Array} mu
             * @memberof thresh.v1.DklsSignMultiply
             * @instance
             */
            DklsSignMultiply.prototype.mu = $util.newBuffer([]);

            /**
             * Encodes the specified DklsSignMultiply message. Does not implicitly {@link thresh.v1.DklsSignMultiply.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.DklsSignMultiply
             * @static
             * @param {thresh.v1.DklsSignMultiply.$Properties} message DklsSignMultiply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DklsSignMultiply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.gammaU != null && $Object.hasOwnProperty.call(message, "gammaU") && message.gammaU.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.gammaU);
                if (message.gammaV != null && $Object.hasOwnProperty.call(message, "gammaV") && message.gammaV.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.gammaV);
                if (message.psi != null && $Object.hasOwnProperty.call(message, "psi") && message.psi.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.psi);
                if (message.aTilde != null && $Object.hasOwnProperty.call(message, "aTilde") && message.aTilde.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.aTilde);
                if (message.eta != null && $Object.hasOwnProperty.call(message, "eta") && message.eta.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.eta);
                if (message.mu != null && $Object.hasOwnProperty.call(message, "mu") && message.mu.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.mu);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DklsSignMultiply message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.DklsSignMultiply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSignMultiply & thresh.v1.DklsSignMultiply.$Shape} DklsSignMultiply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DklsSignMultiply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.DklsSignMultiply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.gammaU = value;
                            else
                                delete message.gammaU;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.gammaV = value;
                            else
                                delete message.gammaV;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.psi = value;
                            else
                                delete message.psi;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.aTilde = value;
                            else
                                delete message.aTilde;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.eta = value;
                            else
                                delete message.eta;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.mu = value;
                            else
                                delete message.mu;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DklsSignMultiply;
        })();

        v1.DklsSignShare = (function() {

            /**
             * Properties of a DklsSignShare.
             * @typedef {Object} thresh.v1.DklsSignShare.$Properties
             * @property {Uint8Array|null} [u] DklsSignShare u
             * @property {Uint8Array|null} [w] DklsSignShare w
             * @property {Uint8Array|null} [refused] DklsSignShare refused
             * @property {Uint8Array|null} [views] DklsSignShare views
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DklsSignShare.
             * @memberof thresh.v1
             * @interface IDklsSignShare
             * @augments thresh.v1.DklsSignShare.$Properties
             * @deprecated Use thresh.v1.DklsSignShare.$Properties instead.
             */

            /**
             * Shape of a DklsSignShare.
             * @typedef {thresh.v1.DklsSignShare.$Properties} thresh.v1.DklsSignShare.$Shape
             */

            /**
             * Constructs a new DklsSignShare.
             * @memberof thresh.v1
             * @classdesc Represents a DklsSignShare.
             * @constructor
             * @param {thresh.v1.DklsSignShare.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DklsSignShare = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DklsSignShare u.
             * @member {Uint8Array} u
             * @memberof thresh.v1.DklsSignShare
             * @instance
             */
            DklsSignShare.prototype.u = $util.newBuffer([]);

            /**
             * DklsSignShare w.
             * @member {Uint8Array} w
             * @memberof thresh.v1.DklsSignShare
             * @instance
             */
            DklsSignShare.prototype.w = $util.newBuffer([]);

            /**
             * DklsSignShare refused.
             * @member {Uint8Array} refused
             * @memberof thresh.v1.DklsSignShare
             * @instance
             */
            DklsSignShare.prototype.refused = $util.newBuffer([]);

            /**
             * DklsSignShare views.
             * @member {Uint8Array} views
             * @memberof thresh.v1.DklsSignShare
             * @instance
             */
            DklsSignShare.prototype.views = $util.newBuffer([]);

            /**
             * Encodes the specified DklsSignShare message. Does not implicitly {@link thresh.v1.DklsSignShare.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.DklsSignShare
             * @static
             * @param {thresh.v1.DklsSignShare.$Properties} message DklsSignShare message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DklsSignShare.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.u != null && $Object.hasOwnProperty.call(message, "u") && message.u.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.u);
                if (message.w != null && $Object.hasOwnProperty.call(message, "w") && message.w.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.w);
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused") && message.refused.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.refused);
                if (message.views != null && $Object.hasOwnProperty.call(message, "views") && message.views.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.views);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DklsSignShare message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.DklsSignShare
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSignShare & thresh.v1.DklsSignShare.$Shape} DklsSignShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DklsSignShare.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.DklsSignShare();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.u = value;
                            else
                                delete message.u;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.w = value;
                            else
                                delete message.w;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.refused = value;
                            else
                                delete message.refused;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.views = value;
                            else
                                delete message.views;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DklsSignShare;
        })();

        v1.KeyShare = (function() {

            /**
             * Properties of a KeyShare.
             * @typedef {Object} thresh.v1.KeyShare.$Properties
             * @property {string|null} [keyId] KeyShare keyId
             * @property {thresh.v1.Scheme|null} [scheme] KeyShare scheme
             * @property {number|null} [threshold] KeyShare threshold
             * @property {Array.<number>|null} [parties] KeyShare parties
             * @property {number|null} [self] KeyShare self
             * @property {Uint8Array|null} [secretShare] KeyShare secretShare
             * @property {Array.<Uint8Array>|null} [publicShares] KeyShare publicShares
             * @property {Uint8Array|null} [groupPublicKey] KeyShare groupPublicKey
             * @property {Uint8Array|null} [chainCode] KeyShare chainCode
             * @property {Array.<Uint8Array>|null} [commitment] KeyShare commitment
             * @property {number|null} [epoch] KeyShare epoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyShare.
             * @memberof thresh.v1
             * @interface IKeyShare
             * @augments thresh.v1.KeyShare.$Properties
             * @deprecated Use thresh.v1.KeyShare.$Properties instead.
             */

            /**
             * Shape of a KeyShare.
             * @typedef {thresh.v1.KeyShare.$Properties} thresh.v1.KeyShare.$Shape
             */

            /**
             * Constructs a new KeyShare.
             * @memberof thresh.v1
             * @classdesc Represents a KeyShare.
             * @constructor
             * @param {thresh.v1.KeyShare.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KeyShare = function (properties) {
                this.parties = [];
                this.publicShares = [];
                this.commitment = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KeyShare keyId.
             * @member {string} keyId
             * @memberof thresh.v1.KeyShare
             * @instance
             */
            KeyShare.prototype.keyId = "";

            /**
             * KeyShare scheme.
             * @member {thresh.v1.Scheme} scheme
             * @memberof thresh.v1.KeyShare
             * @instance
             */
            KeyShare.prototype.scheme = 0;

            /**
             * KeyShare threshold.
             * @member {number} threshold
             * @memberof thresh.v1.KeyShare
             * @instance
             */
            KeyShare.prototype.threshold = 0;

            /**
             * KeyShare parties.
             * @member {Array.<number>} parties
             * @memberof thresh.v1.KeyShare
             * @instance
             */
            KeyShare.prototype.parties = $util.emptyArray;

            /**
             * KeyShare self.
             * @member {number} self
             * @memberof thresh.v1.KeyShare
             * @instance
             */
            KeyShare.prototype.self = 0;

            /**
             * KeyShare secretShare.
             * @member {Uint8Array} secretShare
             * @memberof thresh.v1.KeyShare
             * @instance
             */
            KeyShare.prototype.secretShare = $util.newBuffer([]);

            /**
             * KeyShare publicShares.
             * @member {Array.<Uint8Array>} publicShares
             * @memberof thresh.v1.KeyShare
             * @instance
             */
            KeyShare.prototype.publicShares = $util.emptyArray;

            /**
             * KeyShare groupPublicKey.
             * @member {Uint8Array} groupPublicKey
             * @memberof thresh.v1.KeyShare
             * @instance
             */
            KeyShare.prototype.groupPublicKey = $util.newBuffer([]);

            /**
             * KeyShare chainCode.
             * @member {Uint8Array} chainCode
             * @memberof thresh.v1.KeyShare
             * @instance
             */
            KeyShare.prototype.chainCode = $util.newBuffer([]);

            /**
             * KeyShare commitment.
             * @member {Array.<Uint8Array>} commitment
             * @memberof thresh.v1.KeyShare
             * @instance
             */
            KeyShare.prototype.commitment = $util.emptyArray;

            /**
             * KeyShare epoch.
             * @member {number} epoch
             * @memberof thresh.v1.KeyShare
             * @instance
             */
            KeyShare.prototype.epoch = 0;

            /**
             * Encodes the specified KeyShare message. Does not implicitly {@link thresh.v1.KeyShare.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.KeyShare
             * @static
             * @param {thresh.v1.KeyShare.$Properties} message KeyShare message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyShare.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme") && message.scheme !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.scheme);
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && message.threshold !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.threshold);
                if (message.parties != null && message.parties.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.parties);
                if (message.self != null && $Object.hasOwnProperty.call(message, "self") && message.self !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.self);
                if (message.secretShare != null && $Object.hasOwnProperty.call(message, "secretShare") && message.secretShare.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.secretShare);
                if (message.publicShares != null && message.publicShares.length)
                    for (let i = 0; i < message.publicShares.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.publicShares[i]);
                if (message.groupPublicKey != null && $Object.hasOwnProperty.call(message, "groupPublicKey") && message.groupPublicKey.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.groupPublicKey);
                if (message.chainCode != null && $Object.hasOwnProperty.call(message, "chainCode") && message.chainCode.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.chainCode);
                if (message.commitment != null && message.commitment.length)
                    for (let i = 0; i < message.commitment.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.commitment[i]);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.epoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KeyShare message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.KeyShare
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.KeyShare & thresh.v1.KeyShare.$Shape} KeyShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyShare.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.KeyShare();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.scheme = value;
                            else
                                delete message.scheme;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.threshold = value;
                            else
                                delete message.threshold;
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.parties && message.parties.length))
                                    message.parties = [];
                                reader.uint32s(message.parties);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.parties && message.parties.length))
                                message.parties = [];
                            message.parties.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.self = value;
                            else
                                delete message.self;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.secretShare = value;
                            else
                                delete message.secretShare;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.publicShares && message.publicShares.length))
                                message.publicShares = [];
                            message.publicShares.push(reader.bytes());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.groupPublicKey = value;
                            else
                                delete message.groupPublicKey;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.chainCode = value;
                            else
                                delete message.chainCode;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.commitment && message.commitment.length))
                                message.commitment = [];
                            message.commitment.push(reader.bytes());
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return KeyShare;
        })();

        v1.EcdsaKeyShare = (function() {

            /**
             * Properties of an EcdsaKeyShare.
             * @typedef {Object} thresh.v1.EcdsaKeyShare.$Properties
             * @property {thresh.v1.KeyShare.$Properties|null} [key] EcdsaKeyShare key
             * @property {Array.<thresh.v1.DklsPeerMaterial.$Properties>|null} [peers] EcdsaKeyShare peers
             * @property {Uint8Array|null} [setupId] EcdsaKeyShare setupId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EcdsaKeyShare.
             * @memberof thresh.v1
             * @interface IEcdsaKeyShare
             * @augments thresh.v1.EcdsaKeyShare.$Properties
             * @deprecated Use thresh.v1.EcdsaKeyShare.$Properties instead.
             */

            /**
             * Shape of an EcdsaKeyShare.
             * @typedef {thresh.v1.EcdsaKeyShare.$Properties} thresh.v1.EcdsaKeyShare.$Shape
             */

            /**
             * Constructs a new EcdsaKeyShare.
             * @memberof thresh.v1
             * @classdesc Represents an EcdsaKeyShare.
             * @constructor
             * @param {thresh.v1.EcdsaKeyShare.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EcdsaKeyShare = function (properties) {
                this.peers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EcdsaKeyShare key.
             * @member {thresh.v1.KeyShare.$Properties|null|undefined} key
             * @memberof thresh.v1.EcdsaKeyShare
             * @instance
             */
            EcdsaKeyShare.prototype.key = null;

            /**
             * EcdsaKeyShare peers.
             * @member {Array.<thresh.v1.DklsPeerMaterial.$Properties>} peers
             * @memberof thresh.v1.EcdsaKeyShare
             * @instance
             */
            EcdsaKeyShare.prototype.peers = $util.emptyArray;

            /**
             * EcdsaKeyShare setupId.
             * @member {Uint8Array} setupId
             * @memberof thresh.v1.EcdsaKeyShare
             * @instance
             */
            EcdsaKeyShare.prototype.setupId = $util.newBuffer([]);

            /**
             * Encodes the specified EcdsaKeyShare message. Does not implicitly {@link thresh.v1.EcdsaKeyShare.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.EcdsaKeyShare
             * @static
             * @param {thresh.v1.EcdsaKeyShare.$Properties} message EcdsaKeyShare message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EcdsaKeyShare.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    $root.thresh.v1.KeyShare.encode(message.key, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.peers != null && message.peers.length)
                    for (let i = 0; i < message.peers.length; ++i)
                        $root.thresh.v1.DklsPeerMaterial.encode(message.peers[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.setupId != null && $Object.hasOwnProperty.call(message, "setupId") && message.setupId.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.setupId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EcdsaKeyShare message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.EcdsaKeyShare
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.EcdsaKeyShare & thresh.v1.EcdsaKeyShare.$Shape} EcdsaKeyShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EcdsaKeyShare.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.EcdsaKeyShare();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.key = $root.thresh.v1.KeyShare.decode(reader, reader.size(), $undefined, _depth + 1, message.key);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.peers && message.peers.length))
                                message.peers = [];
                            message.peers.push($root.thresh.v1.DklsPeerMaterial.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.setupId = value;
                            else
                                delete message.setupId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return EcdsaKeyShare;
        })();

        v1.CggmpKeyShare = (function() {

            /**
             * Properties of a CggmpKeyShare.
             * @typedef {Object} thresh.v1.CggmpKeyShare.$Properties
             * @property {thresh.v1.KeyShare.$Properties|null} [key] CggmpKeyShare key
             * @property {Uint8Array|null} [paillierP] CggmpKeyShare paillierP
             * @property {Uint8Array|null} [paillierQ] CggmpKeyShare paillierQ
             * @property {Uint8Array|null} [ringPedersenLambda] CggmpKeyShare ringPedersenLambda
             * @property {Array.<thresh.v1.CggmpAuxEntry.$Properties>|null} [aux] CggmpKeyShare aux
             * @property {Uint8Array|null} [auxId] CggmpKeyShare auxId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CggmpKeyShare.
             * @memberof thresh.v1
             * @interface ICggmpKeyShare
             * @augments thresh.v1.CggmpKeyShare.$Properties
             * @deprecated Use thresh.v1.CggmpKeyShare.$Properties instead.
             */

            /**
             * Shape of a CggmpKeyShare.
             * @typedef {thresh.v1.CggmpKeyShare.$Properties} thresh.v1.CggmpKeyShare.$Shape
             */

            /**
             * Constructs a new CggmpKeyShare.
             * @memberof thresh.v1
             * @classdesc Represents a CggmpKeyShare.
             * @constructor
             * @param {thresh.v1.CggmpKeyShare.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CggmpKeyShare = function (properties) {
                this.aux = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CggmpKeyShare key.
             * @member {thresh.v1.KeyShare.$Properties|null|undefined} key
             * @memberof thresh.v1.CggmpKeyShare
             * @instance
             */
            CggmpKeyShare.prototype.key = null;

            /**
             * CggmpKeyShare paillierP.
             * @member {Uint8Array} paillierP
             * @memberof thresh.v1.CggmpKeyShare
             * @instance
             */
            CggmpKeyShare.prototype.paillierP = $util.newBuffer([]);

            /**
             * CggmpKeyShare paillierQ.
             * @member {Uint8Array} paillierQ
             * @memberof thresh.v1.CggmpKeyShare
             * @instance
             */
            CggmpKeyShare.prototype.paillierQ = $util.newBuffer([]);

            /**
             * CggmpKeyShare ringPedersenLambda.
             * @member {Uint8Array} ringPedersenLambda
             * @memberof thresh.v1.CggmpKeyShare
             * @instance
             */
            CggmpKeyShare.prototype.ringPedersenLambda = $util.newBuffer([]);

            /**
             * CggmpKeyShare aux.
             * @member {Array.<thresh.v1.CggmpAuxEntry.$Properties>} aux
             * @memberof thresh.v1.CggmpKeyShare
             * @instance
             */
            CggmpKeyShare.prototype.aux = $util.emptyArray;

            /**
             * CggmpKeyShare auxId.
             * @member {Uint8Array} auxId
             * @memberof thresh.v1.CggmpKeyShare
             * @instance
             */
            CggmpKeyShare.prototype.auxId = $util.newBuffer([]);

            /**
             * Encodes the specified CggmpKeyShare message. Does not implicitly {@link thresh.v1.CggmpKeyShare.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.CggmpKeyShare
             * @static
             * @param {thresh.v1.CggmpKeyShare.$Properties} message CggmpKeyShare message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CggmpKeyShare.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    $root.thresh.v1.KeyShare.encode(message.key, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.paillierP != null && $Object.hasOwnProperty.call(message, "paillierP") && message.paillierP.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.paillierP);
                if (message.paillierQ != null && $Object.hasOwnProperty.call(message, "paillierQ") && message.paillierQ.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.paillierQ);
                if (message.ringPedersenLambda != null && $Object.hasOwnProperty.call(message, "ringPedersenLambda") && message.ringPedersenLambda.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.ringPedersenLambda);
                if (message.aux != null && message.aux.length)
                    for (let i = 0; i < message.aux.length; ++i)
                        $root.thresh.v1.CggmpAuxEntry.encode(message.aux[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.auxId != null && $Object.hasOwnProperty.call(message, "auxId") && message.auxId.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.auxId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CggmpKeyShare message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.CggmpKeyShare
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.CggmpKeyShare & thresh.v1.CggmpKeyShare.$Shape} CggmpKeyShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CggmpKeyShare.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.CggmpKeyShare();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.key = $root.thresh.v1.KeyShare.decode(reader, reader.size(), $undefined, _depth + 1, message.key);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.paillierP = value;
                            else
                                delete message.paillierP;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.paillierQ = value;
                            else
                                delete message.paillierQ;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ringPedersenLambda = value;
                            else
                                delete message.ringPedersenLambda;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.aux && message.aux.length))
                                message.aux = [];
                            message.aux.push($root.thresh.v1.CggmpAuxEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.auxId = value;
                            else
                                delete message.auxId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CggmpKeyShare;
        })();

        v1.CggmpAuxEntry = (function() {

            /**
             * Properties of a CggmpAuxEntry.
             * @typedef {Object} thresh.v1.CggmpAuxEntry.$Properties
             * @property {number|null} [party] CggmpAuxEntry party
             * @property {Uint8Array|null} [n] CggmpAuxEntry n
             * @property {Uint8Array|null} [s] CggmpAuxEntry s
             * @property {Uint8Array|null} [t] CggmpAuxEntry t
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CggmpAuxEntry.
             * @memberof thresh.v1
             * @interface ICggmpAuxEntry
             * @augments thresh.v1.CggmpAuxEntry.$Properties
             * @deprecated Use thresh.v1.CggmpAuxEntry.$Properties instead.
             */

            /**
             * Shape of a CggmpAuxEntry.
             * @typedef {thresh.v1.CggmpAuxEntry.$Properties} thresh.v1.CggmpAuxEntry.$Shape
             */

            /**
             * Constructs a new CggmpAuxEntry.
             * @memberof thresh.v1
             * @classdesc Represents a CggmpAuxEntry.
             * @constructor
             * @param {thresh.v1.CggmpAuxEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CggmpAuxEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CggmpAuxEntry party.
             * @member {number} party
             * @memberof thresh.v1.CggmpAuxEntry
             * @instance
             */
            CggmpAuxEntry.prototype.party = 0;

            /**
             * CggmpAuxEntry n.
             * @member {Uint8Array} n
             * @memberof thresh.v1.CggmpAuxEntry
             * @instance
             */
            CggmpAuxEntry.prototype.n = $util.newBuffer([]);

            /**
             * CggmpAuxEntry s.
             * @member {Uint8Array} s
             * @memberof thresh.v1.CggmpAuxEntry
             * @instance
             */
            CggmpAuxEntry.prototype.s = $util.newBuffer([]);

            /**
             * CggmpAuxEntry t.
             * @member {Uint8Array} t
             * @memberof thresh.v1.CggmpAuxEntry
             * @instance
             */
            CggmpAuxEntry.prototype.t = $util.newBuffer([]);

            /**
             * Encodes the specified CggmpAuxEntry message. Does not implicitly {@link thresh.v1.CggmpAuxEntry.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.CggmpAuxEntry
             * @static
             * @param {thresh.v1.CggmpAuxEntry.$Properties} message CggmpAuxEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CggmpAuxEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.party != null && $Object.hasOwnProperty.call(message, "party") && message.party !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.party);
                if (message.n != null && $Object.hasOwnProperty.call(message, "n") && message.n.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.n);
                if (message.s != null && $Object.hasOwnProperty.call(message, "s") && message.s.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.s);
                if (message.t != null && $Object.hasOwnProperty.call(message, "t") && message.t.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.t);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CggmpAuxEntry message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.CggmpAuxEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.CggmpAuxEntry & thresh.v1.CggmpAuxEntry.$Shape} CggmpAuxEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CggmpAuxEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.CggmpAuxEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.party = value;
                            else
                                delete message.party;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.n = value;
                            else
                                delete message.n;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.s = value;
                            else
                                delete message.s;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.t = value;
                            else
                                delete message.t;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CggmpAuxEntry;
        })();

        v1.CggmpPayload = (function() {

            /**
             * Properties of a CggmpPayload.
             * @typedef {Object} thresh.v1.CggmpPayload.$Properties
             * @property {string|null} [type] CggmpPayload type
             * @property {thresh.v1.CggmpRecord.$Properties|null} [body] CggmpPayload body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CggmpPayload.
             * @memberof thresh.v1
             * @interface ICggmpPayload
             * @augments thresh.v1.CggmpPayload.$Properties
             * @deprecated Use thresh.v1.CggmpPayload.$Properties instead.
             */

            /**
             * Shape of a CggmpPayload.
             * @typedef {{
             *   type?: string|null;
             *   body?: thresh.v1.CggmpRecord.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} thresh.v1.CggmpPayload.$Shape
             */

            /**
             * Constructs a new CggmpPayload.
             * @memberof thresh.v1
             * @classdesc Represents a CggmpPayload.
             * @constructor
             * @param {thresh.v1.CggmpPayload.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CggmpPayload = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CggmpPayload type.
             * @member {string} type
             * @memberof thresh.v1.CggmpPayload
             * @instance
             */
            CggmpPayload.prototype.type = "";

            /**
             * CggmpPayload body.
             * @member {thresh.v1.CggmpRecord.$Properties|null|undefined} body
             * @memberof thresh.v1.CggmpPayload
             * @instance
             */
            CggmpPayload.prototype.body = null;

            /**
             * Encodes the specified CggmpPayload message. Does not implicitly {@link thresh.v1.CggmpPayload.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.CggmpPayload
             * @static
             * @param {thresh.v1.CggmpPayload.$Properties} message CggmpPayload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CggmpPayload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    $root.thresh.v1.CggmpRecord.encode(message.body, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CggmpPayload message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.CggmpPayload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.CggmpPayload & thresh.v1.CggmpPayload.$Shape} CggmpPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CggmpPayload.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.CggmpPayload();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.body = $root.thresh.v1.CggmpRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.body);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CggmpPayload;
        })();

        v1.CggmpValue = (function() {

            /**
             * Properties of a CggmpValue.
             * @typedef {Object} thresh.v1.CggmpValue.$Properties
             * @property {Uint8Array|null} [uint] CggmpValue uint
             * @property {Uint8Array|null} [neg] CggmpValue neg
             * @property {Uint8Array|null} [raw] CggmpValue raw
             * @property {thresh.v1.CggmpList.$Properties|null} [list] CggmpValue list
             * @property {thresh.v1.CggmpRecord.$Properties|null} [record] CggmpValue record
             * @property {"uint"|"neg"|"raw"|"list"|"record"} [v] CggmpValue v
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CggmpValue.
             * @memberof thresh.v1
             * @interface ICggmpValue
             * @augments thresh.v1.CggmpValue.$Properties
             * @deprecated Use thresh.v1.CggmpValue.$Properties instead.
             */

            /**
             * Narrowed shape of a CggmpValue.
             * @typedef {{
             *   uint?: Uint8Array|null;
             *   neg?: Uint8Array|null;
             *   raw?: Uint8Array|null;
             *   list?: thresh.v1.CggmpList.$Shape|null;
             *   record?: thresh.v1.CggmpRecord.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ v?: undefined; uint?: null; neg?: null; raw?: null; list?: null; record?: null }|{ v?: "uint"; uint: Uint8Array; neg?: null; raw?: null; list?: null; record?: null }|{ v?: "neg"; uint?: null; neg: Uint8Array; raw?: null; list?: null; record?: null }|{ v?: "raw"; uint?: null; neg?: null; raw: Uint8Array; list?: null; record?: null }|{ v?: "list"; uint?: null; neg?: null; raw?: null; list: thresh.v1.CggmpList.$Shape; record?: null }|{ v?: "record"; uint?: null; neg?: null; raw?: null; list?: null; record: thresh.v1.CggmpRecord.$Shape })
             * )} thresh.v1.CggmpValue.$Shape
             */

            /**
             * Constructs a new CggmpValue.
             * @memberof thresh.v1
             * @classdesc Represents a CggmpValue.
             * @constructor
             * @param {thresh.v1.CggmpValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CggmpValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CggmpValue uint.
             * @member {Uint8Array|null|undefined} uint
             * @memberof thresh.v1.CggmpValue
             * @instance
             */
            CggmpValue.prototype.uint = null;

            /**
             * CggmpValue neg.
             * @member {Uint8Array|null|undefined} neg
             * @memberof thresh.v1.CggmpValue
             * @instance
             */
            CggmpValue.prototype.neg = null;

            /**
             * CggmpValue raw.
             * @member {Uint8Array|null|undefined} raw
             * @memberof thresh.v1.CggmpValue
             * @instance
             */
            CggmpValue.prototype.raw = null;

            /**
             * CggmpValue list.
             * @member {thresh.v1.CggmpList.$Properties|null|undefined} list
             * @memberof thresh.v1.CggmpValue
             * @instance
             */
            CggmpValue.prototype.list = null;

            /**
             * CggmpValue record.
             * @member {thresh.v1.CggmpRecord.$Properties|null|undefined} record
             * @memberof thresh.v1.CggmpValue
             * @instance
             */
            CggmpValue.prototype.record = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * CggmpValue v.
             * @member {"uint"|"neg"|"raw"|"list"|"record"|undefined} v
             * @memberof thresh.v1.CggmpValue
             * @instance
             */
            $Object.defineProperty(CggmpValue.prototype, "v", {
                get: $util.oneOfGetter($oneOfFields = ["uint", "neg", "raw", "list", "record"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified CggmpValue message. Does not implicitly {@link thresh.v1.CggmpValue.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.CggmpValue
             * @static
             * @param {thresh.v1.CggmpValue.$Properties} message CggmpValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CggmpValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.uint != null && $Object.hasOwnProperty.call(message, "uint"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.uint);
                if (message.neg != null && $Object.hasOwnProperty.call(message, "neg"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.neg);
                if (message.raw != null && $Object.hasOwnProperty.call(message, "raw"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.raw);
                if (message.list != null && $Object.hasOwnProperty.call(message, "list"))
                    $root.thresh.v1.CggmpList.encode(message.list, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.record != null && $Object.hasOwnProperty.call(message, "record"))
                    $root.thresh.v1.CggmpRecord.encode(message.record, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CggmpValue message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.CggmpValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.CggmpValue & thresh.v1.CggmpValue.$Shape} CggmpValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CggmpValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.CggmpValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.uint = reader.bytes();
                            message.v = "uint";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.neg = reader.bytes();
                            message.v = "neg";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.raw = reader.bytes();
                            message.v = "raw";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.list = $root.thresh.v1.CggmpList.decode(reader, reader.size(), $undefined, _depth + 1, message.list);
                            message.v = "list";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.record = $root.thresh.v1.CggmpRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.record);
                            message.v = "record";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CggmpValue;
        })();

        v1.CggmpList = (function() {

            /**
             * Properties of a CggmpList.
             * @typedef {Object} thresh.v1.CggmpList.$Properties
             * @property {Array.<thresh.v1.CggmpValue.$Properties>|null} [items] CggmpList items
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CggmpList.
             * @memberof thresh.v1
             * @interface ICggmpList
             * @augments thresh.v1.CggmpList.$Properties
             * @deprecated Use thresh.v1.CggmpList.$Properties instead.
             */

            /**
             * Shape of a CggmpList.
             * @typedef {{
             *   items?: Array.<thresh.v1.CggmpValue.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} thresh.v1.CggmpList.$Shape
             */

            /**
             * Constructs a new CggmpList.
             * @memberof thresh.v1
             * @classdesc Represents a CggmpList.
             * @constructor
             * @param {thresh.v1.CggmpList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CggmpList = function (properties) {
                this.items = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CggmpList items.
             * @member {Array.<thresh.v1.CggmpValue.$Properties>} items
             * @memberof thresh.v1.CggmpList
             * @instance
             */
            CggmpList.prototype.items = $util.emptyArray;

            /**
             * Encodes the specified CggmpList message. Does not implicitly {@link thresh.v1.CggmpList.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.CggmpList
             * @static
             * @param {thresh.v1.CggmpList.$Properties} message CggmpList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CggmpList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.items != null && message.items.length)
                    for (let i = 0; i < message.items.length; ++i)
                        $root.thresh.v1.CggmpValue.encode(message.items[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CggmpList message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.CggmpList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.CggmpList & thresh.v1.CggmpList.$Shape} CggmpList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CggmpList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.CggmpList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push($root.thresh.v1.CggmpValue.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CggmpList;
        })();

        v1.CggmpRecord = (function() {

            /**
             * Properties of a CggmpRecord.
             * @typedef {Object} thresh.v1.CggmpRecord.$Properties
             * @property {Array.<thresh.v1.CggmpField.$Properties>|null} [fields] CggmpRecord fields
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CggmpRecord.
             * @memberof thresh.v1
             * @interface ICggmpRecord
             * @augments thresh.v1.CggmpRecord.$Properties
             * @deprecated Use thresh.v1.CggmpRecord.$Properties instead.
             */

            /**
             * Shape of a CggmpRecord.
             * @typedef {{
             *   fields?: Array.<thresh.v1.CggmpField.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} thresh.v1.CggmpRecord.$Shape
             */

            /**
             * Constructs a new CggmpRecord.
             * @memberof thresh.v1
             * @classdesc Represents a CggmpRecord.
             * @constructor
             * @param {thresh.v1.CggmpRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CggmpRecord = function (properties) {
                this.fields = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CggmpRecord fields.
             * @member {Array.<thresh.v1.CggmpField.$Properties>} fields
             * @memberof thresh.v1.CggmpRecord
             * @instance
             */
            CggmpRecord.prototype.fields = $util.emptyArray;

            /**
             * Encodes the specified CggmpRecord message. Does not implicitly {@link thresh.v1.CggmpRecord.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.CggmpRecord
             * @static
             * @param {thresh.v1.CggmpRecord.$Properties} message CggmpRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CggmpRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fields != null && message.fields.length)
                    for (let i = 0; i < message.fields.length; ++i)
                        $root.thresh.v1.CggmpField.encode(message.fields[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CggmpRecord message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.CggmpRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.CggmpRecord & thresh.v1.CggmpRecord.$Shape} CggmpRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CggmpRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.CggmpRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.fields && message.fields.length))
                                message.fields = [];
                            message.fields.push($root.thresh.v1.CggmpField.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CggmpRecord;
        })();

        v1.CggmpField = (function() {

            /**
             * Properties of a CggmpField.
             * @typedef {Object} thresh.v1.CggmpField.$Properties
             * @property {string|null} [name] CggmpField name
             * @property {thresh.v1.CggmpValue.$Properties|null} [value] CggmpField value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CggmpField.
             * @memberof thresh.v1
             * @interface ICggmpField
             * @augments thresh.v1.CggmpField.$Properties
             * @deprecated Use thresh.v1.CggmpField.$Properties instead.
             */

            /**
             * Shape of a CggmpField.
             * @typedef {{
             *   name?: string|null;
             *   value?: thresh.v1.CggmpValue.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} thresh.v1.CggmpField.$Shape
             */

            /**
             * Constructs a new CggmpField.
             * @memberof thresh.v1
             * @classdesc Represents a CggmpField.
             * @constructor
             * @param {thresh.v1.CggmpField.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CggmpField = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CggmpField name.
             * @member {string} name
             * @memberof thresh.v1.CggmpField
             * @instance
             */
            CggmpField.prototype.name = "";

            /**
             * CggmpField value.
             * @member {thresh.v1.CggmpValue.$Properties|null|undefined} value
             * @memberof thresh.v1.CggmpField
             * @instance
             */
            CggmpField.prototype.value = null;

            /**
             * Encodes the specified CggmpField message. Does not implicitly {@link thresh.v1.CggmpField.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.CggmpField
             * @static
             * @param {thresh.v1.CggmpField.$Properties} message CggmpField message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CggmpField.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    $root.thresh.v1.CggmpValue.encode(message.value, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CggmpField message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.CggmpField
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.CggmpField & thresh.v1.CggmpField.$Shape} CggmpField
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CggmpField.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.CggmpField();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.value = $root.thresh.v1.CggmpValue.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CggmpField;
        })();

        v1.DklsPeerMaterial = (function() {

            /**
             * Properties of a DklsPeerMaterial.
             * @typedef {Object} thresh.v1.DklsPeerMaterial.$Properties
             * @property {number|null} [party] DklsPeerMaterial party
             * @property {Uint8Array|null} [otSenderDelta] DklsPeerMaterial otSenderDelta
             * @property {Uint8Array|null} [otSenderSeeds] DklsPeerMaterial otSenderSeeds
             * @property {Uint8Array|null} [otReceiverSeeds0] DklsPeerMaterial otReceiverSeeds0
             * @property {Uint8Array|null} [otReceiverSeeds1] DklsPeerMaterial otReceiverSeeds1
             * @property {Uint8Array|null} [zeroSeed] DklsPeerMaterial zeroSeed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DklsPeerMaterial.
             * @memberof thresh.v1
             * @interface IDklsPeerMaterial
             * @augments thresh.v1.DklsPeerMaterial.$Properties
             * @deprecated Use thresh.v1.DklsPeerMaterial.$Properties instead.
             */

            /**
             * Shape of a DklsPeerMaterial.
             * @typedef {thresh.v1.DklsPeerMaterial.$Properties} thresh.v1.DklsPeerMaterial.$Shape
             */

            /**
             * Constructs a new DklsPeerMaterial.
             * @memberof thresh.v1
             * @classdesc Represents a DklsPeerMaterial.
             * @constructor
             * @param {thresh.v1.DklsPeerMaterial.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DklsPeerMaterial = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DklsPeerMaterial party.
             * @member {number} party
             * @memberof thresh.v1.DklsPeerMaterial
             * @instance
             */
            DklsPeerMaterial.prototype.party = 0;

            /**
             * DklsPeerMaterial otSenderDelta.
             * @member {Uint8Array} otSenderDelta
             * @memberof thresh.v1.DklsPeerMaterial
             * @instance
             */
            DklsPeerMaterial.prototype.otSenderDelta = $util.newBuffer([]);

            /**
             * DklsPeerMaterial otSenderSeeds.
             * @member {Uint8Array} otSenderSeeds
             * @memberof thresh.v1.DklsPeerMaterial
             * @instance
             */
            DklsPeerMaterial.prototype.otSenderSeeds = $util.newBuffer([]);

            /**
             * DklsPeerMaterial otReceiverSeeds0.
             * @member {Uint8Array} otReceiverSeeds0
             * @memberof thresh.v1.DklsPeerMaterial
             * @instance
             */
            DklsPeerMaterial.prototype.otReceiverSeeds0 = $util.newBuffer([]);

            /**
             * DklsPeerMaterial otReceiverSeeds1.
             * @member {Uint8Array} otReceiverSeeds1
             * @memberof thresh.v1.DklsPeerMaterial
             * @instance
             */
            DklsPeerMaterial.prototype.otReceiverSeeds1 = $util.newBuffer([]);

            /**
             * DklsPeerMaterial zeroSeed.
             * @member {Uint8Array} zeroSeed
             * @memberof thresh.v1.DklsPeerMaterial
             * @instance
             */
            DklsPeerMaterial.prototype.zeroSeed = $util.newBuffer([]);

            /**
             * Encodes the specified DklsPeerMaterial message. Does not implicitly {@link thresh.v1.DklsPeerMaterial.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.DklsPeerMaterial
             * @static
             * @param {thresh.v1.DklsPeerMaterial.$Properties} message DklsPeerMaterial message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DklsPeerMaterial.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.party != null && $Object.hasOwnProperty.call(message, "party") && message.party !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.party);
                if (message.otSenderDelta != null && $Object.hasOwnProperty.call(message, "otSenderDelta") && message.otSenderDelta.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.otSenderDelta);
                if (message.otSenderSeeds != null && $Object.hasOwnProperty.call(message, "otSenderSeeds") && message.otSenderSeeds.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.otSenderSeeds);
                if (message.otReceiverSeeds0 != null && $Object.hasOwnProperty.call(message, "otReceiverSeeds0") && message.otReceiverSeeds0.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.otReceiverSeeds0);
                if (message.otReceiverSeeds1 != null && $Object.hasOwnProperty.call(message, "otReceiverSeeds1") && message.otReceiverSeeds1.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.otReceiverSeeds1);
                if (message.zeroSeed != null && $Object.hasOwnProperty.call(message, "zeroSeed") && message.zeroSeed.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.zeroSeed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DklsPeerMaterial message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.DklsPeerMaterial
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.DklsPeerMaterial & thresh.v1.DklsPeerMaterial.$Shape} DklsPeerMaterial
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DklsPeerMaterial.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.DklsPeerMaterial();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.party = value;
                            else
                                delete message.party;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.otSenderDelta = value;
                            else
                                delete message.otSenderDelta;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.otSenderSeeds = value;
                            else
                                delete message.otSenderSeeds;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.otReceiverSeeds0 = value;
                            else
                                delete message.otReceiverSeeds0;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.otReceiverSeeds1 = value;
                            else
                                delete message.otReceiverSeeds1;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.zeroSeed = value;
                            else
                                delete message.zeroSeed;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DklsPeerMaterial;
        })();

        /**
         * Scheme enum.
         * @name thresh.v1.Scheme
         * @enum {number}
         * @property {number} SCHEME_UNSPECIFIED=0 SCHEME_UNSPECIFIED value
         * @property {number} SCHEME_ECDSA=1 SCHEME_ECDSA value
         * @property {number} SCHEME_FROST_ED25519=2 SCHEME_FROST_ED25519 value
         * @property {number} SCHEME_FROST_SECP256K1=3 SCHEME_FROST_SECP256K1 value
         * @property {number} SCHEME_BIP340=4 SCHEME_BIP340 value
         * @property {number} SCHEME_ML_DSA_44=5 SCHEME_ML_DSA_44 value
         */
        v1.Scheme = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SCHEME_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SCHEME_ECDSA"] = 1;
            values[valuesById[2] = "SCHEME_FROST_ED25519"] = 2;
            values[valuesById[3] = "SCHEME_FROST_SECP256K1"] = 3;
            values[valuesById[4] = "SCHEME_BIP340"] = 4;
            values[valuesById[5] = "SCHEME_ML_DSA_44"] = 5;
            return values;
        })();

        /**
         * Protection enum.
         * @name thresh.v1.Protection
         * @enum {number}
         * @property {number} PROTECTION_UNKNOWN=0 PROTECTION_UNKNOWN value
         * @property {number} PROTECTION_PASSPHRASE=1 PROTECTION_PASSPHRASE value
         * @property {number} PROTECTION_PKCS11=2 PROTECTION_PKCS11 value
         * @property {number} PROTECTION_TPM2=3 PROTECTION_TPM2 value
         */
        v1.Protection = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PROTECTION_UNKNOWN"] = 0;
            values[valuesById[1] = "PROTECTION_PASSPHRASE"] = 1;
            values[valuesById[2] = "PROTECTION_PKCS11"] = 2;
            values[valuesById[3] = "PROTECTION_TPM2"] = 3;
            return values;
        })();

        /**
         * AttestationMode enum.
         * @name thresh.v1.AttestationMode
         * @enum {number}
         * @property {number} ATTESTATION_OFF=0 ATTESTATION_OFF value
         * @property {number} ATTESTATION_OPTIONAL=1 ATTESTATION_OPTIONAL value
         * @property {number} ATTESTATION_REQUIRED=2 ATTESTATION_REQUIRED value
         */
        v1.AttestationMode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ATTESTATION_OFF"] = 0;
            values[valuesById[1] = "ATTESTATION_OPTIONAL"] = 1;
            values[valuesById[2] = "ATTESTATION_REQUIRED"] = 2;
            return values;
        })();

        v1.KeygenRequest = (function() {

            /**
             * Properties of a KeygenRequest.
             * @typedef {Object} thresh.v1.KeygenRequest.$Properties
             * @property {thresh.v1.Scheme|null} [scheme] KeygenRequest scheme
             * @property {number|null} [threshold] KeygenRequest threshold
             * @property {Array.<string>|null} [parties] KeygenRequest parties
             * @property {string|null} [keyId] KeygenRequest keyId
             * @property {Uint8Array|null} [nonce] KeygenRequest nonce
             * @property {number|null} [issuedAt] KeygenRequest issuedAt
             * @property {thresh.v1.AttestationMode|null} [attestation] KeygenRequest attestation
             * @property {thresh.v1.EcdsaEngine|null} [engine] KeygenRequest engine
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeygenRequest.
             * @memberof thresh.v1
             * @interface IKeygenRequest
             * @augments thresh.v1.KeygenRequest.$Properties
             * @deprecated Use thresh.v1.KeygenRequest.$Properties instead.
             */

            /**
             * Shape of a KeygenRequest.
             * @typedef {thresh.v1.KeygenRequest.$Properties} thresh.v1.KeygenRequest.$Shape
             */

            /**
             * Constructs a new KeygenRequest.
             * @memberof thresh.v1
             * @classdesc Represents a KeygenRequest.
             * @constructor
             * @param {thresh.v1.KeygenRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KeygenRequest = function (properties) {
                this.parties = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KeygenRequest scheme.
             * @member {thresh.v1.Scheme} scheme
             * @memberof thresh.v1.KeygenRequest
             * @instance
             */
            KeygenRequest.prototype.scheme = 0;

            /**
             * KeygenRequest threshold.
             * @member {number} threshold
             * @memberof thresh.v1.KeygenRequest
             * @instance
             */
            KeygenRequest.prototype.threshold = 0;

            /**
             * KeygenRequest parties.
             * @member {Array.<string>} parties
             * @memberof thresh.v1.KeygenRequest
             * @instance
             */
            KeygenRequest.prototype.parties = $util.emptyArray;

            /**
             * KeygenRequest keyId.
             * @member {string} keyId
             * @memberof thresh.v1.KeygenRequest
             * @instance
             */
            KeygenRequest.prototype.keyId = "";

            /**
             * KeygenRequest nonce.
             * @member {Uint8Array} nonce
             * @memberof thresh.v1.KeygenRequest
             * @instance
             */
            KeygenRequest.prototype.nonce = $util.newBuffer([]);

            /**
             * KeygenRequest issuedAt.
             * @member {number} issuedAt
             * @memberof thresh.v1.KeygenRequest
             * @instance
             */
            KeygenRequest.prototype.issuedAt = 0;

            /**
             * KeygenRequest attestation.
             * @member {thresh.v1.AttestationMode} attestation
             * @memberof thresh.v1.KeygenRequest
             * @instance
             */
            KeygenRequest.prototype.attestation = 0;

            /**
             * KeygenRequest engine.
             * @member {thresh.v1.EcdsaEngine} engine
             * @memberof thresh.v1.KeygenRequest
             * @instance
             */
            KeygenRequest.prototype.engine = 0;

            /**
             * Encodes the specified KeygenRequest message. Does not implicitly {@link thresh.v1.KeygenRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.KeygenRequest
             * @static
             * @param {thresh.v1.KeygenRequest.$Properties} message KeygenRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeygenRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme") && message.scheme !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.scheme);
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && message.threshold !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.threshold);
                if (message.parties != null && message.parties.length)
                    for (let i = 0; i < message.parties.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.parties[i]);
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.keyId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.nonce);
                if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt") && message.issuedAt !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.issuedAt);
                if (message.attestation != null && $Object.hasOwnProperty.call(message, "attestation") && message.attestation !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.attestation);
                if (message.engine != null && $Object.hasOwnProperty.call(message, "engine") && message.engine !== 0)
                    writer.uint32(/* id 80, wireType 0 =*/640).int32(message.engine);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KeygenRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.KeygenRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.KeygenRequest & thresh.v1.KeygenRequest.$Shape} KeygenRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeygenRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.KeygenRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.scheme = value;
                            else
                                delete message.scheme;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.threshold = value;
                            else
                                delete message.threshold;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.parties && message.parties.length))
                                message.parties = [];
                            message.parties.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.issuedAt = value;
                            else
                                delete message.issuedAt;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.attestation = value;
                            else
                                delete message.attestation;
                            continue;
                        }
                    case 80: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.engine = value;
                            else
                                delete message.engine;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return KeygenRequest;
        })();

        /**
         * EcdsaEngine enum.
         * @name thresh.v1.EcdsaEngine
         * @enum {number}
         * @property {number} ECDSA_ENGINE_DKLS23=0 ECDSA_ENGINE_DKLS23 value
         * @property {number} ECDSA_ENGINE_CGGMP=1 ECDSA_ENGINE_CGGMP value
         */
        v1.EcdsaEngine = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ECDSA_ENGINE_DKLS23"] = 0;
            values[valuesById[1] = "ECDSA_ENGINE_CGGMP"] = 1;
            return values;
        })();

        v1.CommitKeyRequest = (function() {

            /**
             * Properties of a CommitKeyRequest.
             * @typedef {Object} thresh.v1.CommitKeyRequest.$Properties
             * @property {string|null} [keyId] CommitKeyRequest keyId
             * @property {Uint8Array|null} [groupPublicKey] CommitKeyRequest groupPublicKey
             * @property {Uint8Array|null} [nonce] CommitKeyRequest nonce
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommitKeyRequest.
             * @memberof thresh.v1
             * @interface ICommitKeyRequest
             * @augments thresh.v1.CommitKeyRequest.$Properties
             * @deprecated Use thresh.v1.CommitKeyRequest.$Properties instead.
             */

            /**
             * Shape of a CommitKeyRequest.
             * @typedef {thresh.v1.CommitKeyRequest.$Properties} thresh.v1.CommitKeyRequest.$Shape
             */

            /**
             * Constructs a new CommitKeyRequest.
             * @memberof thresh.v1
             * @classdesc Represents a CommitKeyRequest.
             * @constructor
             * @param {thresh.v1.CommitKeyRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommitKeyRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommitKeyRequest keyId.
             * @member {string} keyId
             * @memberof thresh.v1.CommitKeyRequest
             * @instance
             */
            CommitKeyRequest.prototype.keyId = "";

            /**
             * CommitKeyRequest groupPublicKey.
             * @member {Uint8Array} groupPublicKey
             * @memberof thresh.v1.CommitKeyRequest
             * @instance
             */
            CommitKeyRequest.prototype.groupPublicKey = $util.newBuffer([]);

            /**
             * CommitKeyRequest nonce.
             * @member {Uint8Array} nonce
             * @memberof thresh.v1.CommitKeyRequest
             * @instance
             */
            CommitKeyRequest.prototype.nonce = $util.newBuffer([]);

            /**
             * Encodes the specified CommitKeyRequest message. Does not implicitly {@link thresh.v1.CommitKeyRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.CommitKeyRequest
             * @static
             * @param {thresh.v1.CommitKeyRequest.$Properties} message CommitKeyRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommitKeyRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                if (message.groupPublicKey != null && $Object.hasOwnProperty.call(message, "groupPublicKey") && message.groupPublicKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.groupPublicKey);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.nonce);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CommitKeyRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.CommitKeyRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.CommitKeyRequest & thresh.v1.CommitKeyRequest.$Shape} CommitKeyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommitKeyRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.CommitKeyRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.groupPublicKey = value;
                            else
                                delete message.groupPublicKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CommitKeyRequest;
        })();

        v1.AbortKeyRequest = (function() {

            /**
             * Properties of an AbortKeyRequest.
             * @typedef {Object} thresh.v1.AbortKeyRequest.$Properties
             * @property {string|null} [keyId] AbortKeyRequest keyId
             * @property {Uint8Array|null} [nonce] AbortKeyRequest nonce
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AbortKeyRequest.
             * @memberof thresh.v1
             * @interface IAbortKeyRequest
             * @augments thresh.v1.AbortKeyRequest.$Properties
             * @deprecated Use thresh.v1.AbortKeyRequest.$Properties instead.
             */

            /**
             * Shape of an AbortKeyRequest.
             * @typedef {thresh.v1.AbortKeyRequest.$Properties} thresh.v1.AbortKeyRequest.$Shape
             */

            /**
             * Constructs a new AbortKeyRequest.
             * @memberof thresh.v1
             * @classdesc Represents an AbortKeyRequest.
             * @constructor
             * @param {thresh.v1.AbortKeyRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AbortKeyRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AbortKeyRequest keyId.
             * @member {string} keyId
             * @memberof thresh.v1.AbortKeyRequest
             * @instance
             */
            AbortKeyRequest.prototype.keyId = "";

            /**
             * AbortKeyRequest nonce.
             * @member {Uint8Array} nonce
             * @memberof thresh.v1.AbortKeyRequest
             * @instance
             */
            AbortKeyRequest.prototype.nonce = $util.newBuffer([]);

            /**
             * Encodes the specified AbortKeyRequest message. Does not implicitly {@link thresh.v1.AbortKeyRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.AbortKeyRequest
             * @static
             * @param {thresh.v1.AbortKeyRequest.$Properties} message AbortKeyRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AbortKeyRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.nonce);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AbortKeyRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.AbortKeyRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.AbortKeyRequest & thresh.v1.AbortKeyRequest.$Shape} AbortKeyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AbortKeyRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.AbortKeyRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AbortKeyRequest;
        })();

        v1.SignRequest = (function() {

            /**
             * Properties of a SignRequest.
             * @typedef {Object} thresh.v1.SignRequest.$Properties
             * @property {string|null} [keyId] SignRequest keyId
             * @property {Uint8Array|null} [message] SignRequest message
             * @property {Array.<string>|null} [signers] SignRequest signers
             * @property {Uint8Array|null} [nonce] SignRequest nonce
             * @property {number|null} [issuedAt] SignRequest issuedAt
             * @property {number|null} [epoch] SignRequest epoch
             * @property {thresh.v1.SignPayload.$Properties|null} [payload] SignRequest payload
             * @property {Array.<number>|null} [path] SignRequest path
             * @property {Array.<thresh.v1.Approval.$Properties>|null} [approvals] SignRequest approvals
             * @property {string|null} [requestId] SignRequest requestId
             * @property {number|null} [expiresAt] SignRequest expiresAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignRequest.
             * @memberof thresh.v1
             * @interface ISignRequest
             * @augments thresh.v1.SignRequest.$Properties
             * @deprecated Use thresh.v1.SignRequest.$Properties instead.
             */

            /**
             * Shape of a SignRequest.
             * @typedef {thresh.v1.SignRequest.$Properties} thresh.v1.SignRequest.$Shape
             */

            /**
             * Constructs a new SignRequest.
             * @memberof thresh.v1
             * @classdesc Represents a SignRequest.
             * @constructor
             * @param {thresh.v1.SignRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignRequest = function (properties) {
                this.signers = [];
                this.path = [];
                this.approvals = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignRequest keyId.
             * @member {string} keyId
             * @memberof thresh.v1.SignRequest
             * @instance
             */
            SignRequest.prototype.keyId = "";

            /**
             * SignRequest message.
             * @member {Uint8Array} message
             * @memberof thresh.v1.SignRequest
             * @instance
             */
            SignRequest.prototype.message = $util.newBuffer([]);

            /**
             * SignRequest signers.
             * @member {Array.<string>} signers
             * @memberof thresh.v1.SignRequest
             * @instance
             */
            SignRequest.prototype.signers = $util.emptyArray;

            /**
             * SignRequest nonce.
             * @member {Uint8Array} nonce
             * @memberof thresh.v1.SignRequest
             * @instance
             */
            SignRequest.prototype.nonce = $util.newBuffer([]);

            /**
             * SignRequest issuedAt.
             * @member {number} issuedAt
             * @memberof thresh.v1.SignRequest
             * @instance
             */
            SignRequest.prototype.issuedAt = 0;

            /**
             * SignRequest epoch.
             * @member {number} epoch
             * @memberof thresh.v1.SignRequest
             * @instance
             */
            SignRequest.prototype.epoch = 0;

            /**
             * SignRequest payload.
             * @member {thresh.v1.SignPayload.$Properties|null|undefined} payload
             * @memberof thresh.v1.SignRequest
             * @instance
             */
            SignRequest.prototype.payload = null;

            /**
             * SignRequest path.
             * @member {Array.<number>} path
             * @memberof thresh.v1.SignRequest
             * @instance
             */
            SignRequest.prototype.path = $util.emptyArray;

            /**
             * SignRequest approvals.
             * @member {Array.<thresh.v1.Approval.$Properties>} approvals
             * @memberof thresh.v1.SignRequest
             * @instance
             */
            SignRequest.prototype.approvals = $util.emptyArray;

            /**
             * SignRequest requestId.
             * @member {string} requestId
             * @memberof thresh.v1.SignRequest
             * @instance
             */
            SignRequest.prototype.requestId = "";

            /**
             * SignRequest expiresAt.
             * @member {number} expiresAt
             * @memberof thresh.v1.SignRequest
             * @instance
             */
            SignRequest.prototype.expiresAt = 0;

            /**
             * Encodes the specified SignRequest message. Does not implicitly {@link thresh.v1.SignRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.SignRequest
             * @static
             * @param {thresh.v1.SignRequest.$Properties} message SignRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.message);
                if (message.signers != null && message.signers.length)
                    for (let i = 0; i < message.signers.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.signers[i]);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.nonce);
                if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt") && message.issuedAt !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.issuedAt);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.epoch);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    $root.thresh.v1.SignPayload.encode(message.payload, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.path != null && message.path.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).uint32s(message.path);
                if (message.approvals != null && message.approvals.length)
                    for (let i = 0; i < message.approvals.length; ++i)
                        $root.thresh.v1.Approval.encode(message.approvals[i], writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 21, wireType 2 =*/170).string(message.requestId);
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt") && message.expiresAt !== 0)
                    writer.uint32(/* id 22, wireType 0 =*/176).uint32(message.expiresAt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.SignRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.SignRequest & thresh.v1.SignRequest.$Shape} SignRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.SignRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.signers && message.signers.length))
                                message.signers = [];
                            message.signers.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.issuedAt = value;
                            else
                                delete message.issuedAt;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.payload = $root.thresh.v1.SignPayload.decode(reader, reader.size(), $undefined, _depth + 1, message.payload);
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.path && message.path.length))
                                    message.path = [];
                                reader.uint32s(message.path);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.path && message.path.length))
                                message.path = [];
                            message.path.push(reader.uint32());
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            if (!(message.approvals && message.approvals.length))
                                message.approvals = [];
                            message.approvals.push($root.thresh.v1.Approval.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.expiresAt = value;
                            else
                                delete message.expiresAt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SignRequest;
        })();

        /**
         * PayloadKind enum.
         * @name thresh.v1.PayloadKind
         * @enum {number}
         * @property {number} PAYLOAD_KIND_UNSPECIFIED=0 PAYLOAD_KIND_UNSPECIFIED value
         * @property {number} PAYLOAD_KIND_EVM_TX=1 PAYLOAD_KIND_EVM_TX value
         * @property {number} PAYLOAD_KIND_EIP191=2 PAYLOAD_KIND_EIP191 value
         * @property {number} PAYLOAD_KIND_EIP712=3 PAYLOAD_KIND_EIP712 value
         * @property {number} PAYLOAD_KIND_PSBT=4 PAYLOAD_KIND_PSBT value
         * @property {number} PAYLOAD_KIND_SOLANA_TX=5 PAYLOAD_KIND_SOLANA_TX value
         * @property {number} PAYLOAD_KIND_BYTES=6 PAYLOAD_KIND_BYTES value
         * @property {number} PAYLOAD_KIND_DIGEST=7 PAYLOAD_KIND_DIGEST value
         */
        v1.PayloadKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PAYLOAD_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PAYLOAD_KIND_EVM_TX"] = 1;
            values[valuesById[2] = "PAYLOAD_KIND_EIP191"] = 2;
            values[valuesById[3] = "PAYLOAD_KIND_EIP712"] = 3;
            values[valuesById[4] = "PAYLOAD_KIND_PSBT"] = 4;
            values[valuesById[5] = "PAYLOAD_KIND_SOLANA_TX"] = 5;
            values[valuesById[6] = "PAYLOAD_KIND_BYTES"] = 6;
            values[valuesById[7] = "PAYLOAD_KIND_DIGEST"] = 7;
            return values;
        })();

        /**
         * BitcoinNetwork enum.
         * @name thresh.v1.BitcoinNetwork
         * @enum {number}
         * @property {number} BITCOIN_NETWORK_UNSPECIFIED=0 BITCOIN_NETWORK_UNSPECIFIED value
         * @property {number} BITCOIN_NETWORK_MAINNET=1 BITCOIN_NETWORK_MAINNET value
         * @property {number} BITCOIN_NETWORK_TESTNET=2 BITCOIN_NETWORK_TESTNET value
         * @property {number} BITCOIN_NETWORK_REGTEST=3 BITCOIN_NETWORK_REGTEST value
         */
        v1.BitcoinNetwork = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "BITCOIN_NETWORK_UNSPECIFIED"] = 0;
            values[valuesById[1] = "BITCOIN_NETWORK_MAINNET"] = 1;
            values[valuesById[2] = "BITCOIN_NETWORK_TESTNET"] = 2;
            values[valuesById[3] = "BITCOIN_NETWORK_REGTEST"] = 3;
            return values;
        })();

        v1.SignPayload = (function() {

            /**
             * Properties of a SignPayload.
             * @typedef {Object} thresh.v1.SignPayload.$Properties
             * @property {thresh.v1.PayloadKind|null} [kind] SignPayload kind
             * @property {Uint8Array|null} [data] SignPayload data
             * @property {boolean|null} [taproot] SignPayload taproot
             * @property {Uint8Array|null} [taprootMerkleRoot] SignPayload taprootMerkleRoot
             * @property {thresh.v1.BitcoinNetwork|null} [network] SignPayload network
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignPayload.
             * @memberof thresh.v1
             * @interface ISignPayload
             * @augments thresh.v1.SignPayload.$Properties
             * @deprecated Use thresh.v1.SignPayload.$Properties instead.
             */

            /**
             * Shape of a SignPayload.
             * @typedef {thresh.v1.SignPayload.$Properties} thresh.v1.SignPayload.$Shape
             */

            /**
             * Constructs a new SignPayload.
             * @memberof thresh.v1
             * @classdesc Represents a SignPayload.
             * @constructor
             * @param {thresh.v1.SignPayload.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignPayload = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignPayload kind.
             * @member {thresh.v1.PayloadKind} kind
             * @memberof thresh.v1.SignPayload
             * @instance
             */
            SignPayload.prototype.kind = 0;

            /**
             * SignPayload data.
             * @member {Uint8Array} data
             * @memberof thresh.v1.SignPayload
             * @instance
             */
            SignPayload.prototype.data = $util.newBuffer([]);

            /**
             * SignPayload taproot.
             * @member {boolean} taproot
             * @memberof thresh.v1.SignPayload
             * @instance
             */
            SignPayload.prototype.taproot = false;

            /**
             * SignPayload taprootMerkleRoot.
             * @member {Uint8Array} taprootMerkleRoot
             * @memberof thresh.v1.SignPayload
             * @instance
             */
            SignPayload.prototype.taprootMerkleRoot = $util.newBuffer([]);

            /**
             * SignPayload network.
             * @member {thresh.v1.BitcoinNetwork} network
             * @memberof thresh.v1.SignPayload
             * @instance
             */
            SignPayload.prototype.network = 0;

            /**
             * Encodes the specified SignPayload message. Does not implicitly {@link thresh.v1.SignPayload.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.SignPayload
             * @static
             * @param {thresh.v1.SignPayload.$Properties} message SignPayload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignPayload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                if (message.taproot != null && $Object.hasOwnProperty.call(message, "taproot") && message.taproot !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.taproot);
                if (message.taprootMerkleRoot != null && $Object.hasOwnProperty.call(message, "taprootMerkleRoot") && message.taprootMerkleRoot.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.taprootMerkleRoot);
                if (message.network != null && $Object.hasOwnProperty.call(message, "network") && message.network !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.network);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignPayload message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.SignPayload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.SignPayload & thresh.v1.SignPayload.$Shape} SignPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignPayload.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.SignPayload();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.taproot = value;
                            else
                                delete message.taproot;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.taprootMerkleRoot = value;
                            else
                                delete message.taprootMerkleRoot;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.network = value;
                            else
                                delete message.network;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SignPayload;
        })();

        v1.CancelRequest = (function() {

            /**
             * Properties of a CancelRequest.
             * @typedef {Object} thresh.v1.CancelRequest.$Properties
             * @property {Uint8Array|null} [nonce] CancelRequest nonce
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CancelRequest.
             * @memberof thresh.v1
             * @interface ICancelRequest
             * @augments thresh.v1.CancelRequest.$Properties
             * @deprecated Use thresh.v1.CancelRequest.$Properties instead.
             */

            /**
             * Shape of a CancelRequest.
             * @typedef {thresh.v1.CancelRequest.$Properties} thresh.v1.CancelRequest.$Shape
             */

            /**
             * Constructs a new CancelRequest.
             * @memberof thresh.v1
             * @classdesc Represents a CancelRequest.
             * @constructor
             * @param {thresh.v1.CancelRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CancelRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CancelRequest nonce.
             * @member {Uint8Array} nonce
             * @memberof thresh.v1.CancelRequest
             * @instance
             */
            CancelRequest.prototype.nonce = $util.newBuffer([]);

            /**
             * Encodes the specified CancelRequest message. Does not implicitly {@link thresh.v1.CancelRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.CancelRequest
             * @static
             * @param {thresh.v1.CancelRequest.$Properties} message CancelRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.nonce);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CancelRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.CancelRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.CancelRequest & thresh.v1.CancelRequest.$Shape} CancelRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.CancelRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CancelRequest;
        })();

        v1.ReshareRequest = (function() {

            /**
             * Properties of a ReshareRequest.
             * @typedef {Object} thresh.v1.ReshareRequest.$Properties
             * @property {string|null} [keyId] ReshareRequest keyId
             * @property {Uint8Array|null} [nonce] ReshareRequest nonce
             * @property {number|null} [issuedAt] ReshareRequest issuedAt
             * @property {thresh.v1.KeyInfo.$Properties|null} [key] ReshareRequest key
             * @property {boolean|null} [refresh] ReshareRequest refresh
             * @property {Array.<string>|null} [dealers] ReshareRequest dealers
             * @property {Array.<string>|null} [newParties] ReshareRequest newParties
             * @property {number|null} [newThreshold] ReshareRequest newThreshold
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReshareRequest.
             * @memberof thresh.v1
             * @interface IReshareRequest
             * @augments thresh.v1.ReshareRequest.$Properties
             * @deprecated Use thresh.v1.ReshareRequest.$Properties instead.
             */

            /**
             * Shape of a ReshareRequest.
             * @typedef {thresh.v1.ReshareRequest.$Properties} thresh.v1.ReshareRequest.$Shape
             */

            /**
             * Constructs a new ReshareRequest.
             * @memberof thresh.v1
             * @classdesc Represents a ReshareRequest.
             * @constructor
             * @param {thresh.v1.ReshareRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReshareRequest = function (properties) {
                this.dealers = [];
                this.newParties = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReshareRequest keyId.
             * @member {string} keyId
             * @memberof thresh.v1.ReshareRequest
             * @instance
             */
            ReshareRequest.prototype.keyId = "";

            /**
             * ReshareRequest nonce.
             * @member {Uint8Array} nonce
             * @memberof thresh.v1.ReshareRequest
             * @instance
             */
            ReshareRequest.prototype.nonce = $util.newBuffer([]);

            /**
             * ReshareRequest issuedAt.
             * @member {number} issuedAt
             * @memberof thresh.v1.ReshareRequest
             * @instance
             */
            ReshareRequest.prototype.issuedAt = 0;

            /**
             * ReshareRequest key.
             * @member {thresh.v1.KeyInfo.$Properties|null|undefined} key
             * @memberof thresh.v1.ReshareRequest
             * @instance
             */
            ReshareRequest.prototype.key = null;

            /**
             * ReshareRequest refresh.
             * @member {boolean} refresh
             * @memberof thresh.v1.ReshareRequest
             * @instance
             */
            ReshareRequest.prototype.refresh = false;

            /**
             * ReshareRequest dealers.
             * @member {Array.<string>} dealers
             * @memberof thresh.v1.ReshareRequest
             * @instance
             */
            ReshareRequest.prototype.dealers = $util.emptyArray;

            /**
             * ReshareRequest newParties.
             * @member {Array.<string>} newParties
             * @memberof thresh.v1.ReshareRequest
             * @instance
             */
            ReshareRequest.prototype.newParties = $util.emptyArray;

            /**
             * ReshareRequest newThreshold.
             * @member {number} newThreshold
             * @memberof thresh.v1.ReshareRequest
             * @instance
             */
            ReshareRequest.prototype.newThreshold = 0;

            /**
             * Encodes the specified ReshareRequest message. Does not implicitly {@link thresh.v1.ReshareRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.ReshareRequest
             * @static
             * @param {thresh.v1.ReshareRequest.$Properties} message ReshareRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReshareRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.nonce);
                if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt") && message.issuedAt !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.issuedAt);
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    $root.thresh.v1.KeyInfo.encode(message.key, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.refresh != null && $Object.hasOwnProperty.call(message, "refresh") && message.refresh !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.refresh);
                if (message.dealers != null && message.dealers.length)
                    for (let i = 0; i < message.dealers.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.dealers[i]);
                if (message.newParties != null && message.newParties.length)
                    for (let i = 0; i < message.newParties.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.newParties[i]);
                if (message.newThreshold != null && $Object.hasOwnProperty.call(message, "newThreshold") && message.newThreshold !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.newThreshold);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReshareRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.ReshareRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.ReshareRequest & thresh.v1.ReshareRequest.$Shape} ReshareRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReshareRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.ReshareRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.issuedAt = value;
                            else
                                delete message.issuedAt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.key = $root.thresh.v1.KeyInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.key);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.refresh = value;
                            else
                                delete message.refresh;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dealers && message.dealers.length))
                                message.dealers = [];
                            message.dealers.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.newParties && message.newParties.length))
                                message.newParties = [];
                            message.newParties.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.newThreshold = value;
                            else
                                delete message.newThreshold;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ReshareRequest;
        })();

        v1.RepairRequest = (function() {

            /**
             * Properties of a RepairRequest.
             * @typedef {Object} thresh.v1.RepairRequest.$Properties
             * @property {string|null} [keyId] RepairRequest keyId
             * @property {Uint8Array|null} [nonce] RepairRequest nonce
             * @property {number|null} [issuedAt] RepairRequest issuedAt
             * @property {thresh.v1.KeyInfo.$Properties|null} [key] RepairRequest key
             * @property {number|null} [lostIndex] RepairRequest lostIndex
             * @property {Array.<string>|null} [helpers] RepairRequest helpers
             * @property {string|null} [replacement] RepairRequest replacement
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RepairRequest.
             * @memberof thresh.v1
             * @interface IRepairRequest
             * @augments thresh.v1.RepairRequest.$Properties
             * @deprecated Use thresh.v1.RepairRequest.$Properties instead.
             */

            /**
             * Shape of a RepairRequest.
             * @typedef {thresh.v1.RepairRequest.$Properties} thresh.v1.RepairRequest.$Shape
             */

            /**
             * Constructs a new RepairRequest.
             * @memberof thresh.v1
             * @classdesc Represents a RepairRequest.
             * @constructor
             * @param {thresh.v1.RepairRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RepairRequest = function (properties) {
                this.helpers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RepairRequest keyId.
             * @member {string} keyId
             * @memberof thresh.v1.RepairRequest
             * @instance
             */
            RepairRequest.prototype.keyId = "";

            /**
             * RepairRequest nonce.
             * @member {Uint8Array} nonce
             * @memberof thresh.v1.RepairRequest
             * @instance
             */
            RepairRequest.prototype.nonce = $util.newBuffer([]);

            /**
             * RepairRequest issuedAt.
             * @member {number} issuedAt
             * @memberof thresh.v1.RepairRequest
             * @instance
             */
            RepairRequest.prototype.issuedAt = 0;

            /**
             * RepairRequest key.
             * @member {thresh.v1.KeyInfo.$Properties|null|undefined} key
             * @memberof thresh.v1.RepairRequest
             * @instance
             */
            RepairRequest.prototype.key = null;

            /**
             * RepairRequest lostIndex.
             * @member {number} lostIndex
             * @memberof thresh.v1.RepairRequest
             * @instance
             */
            RepairRequest.prototype.lostIndex = 0;

            /**
             * RepairRequest helpers.
             * @member {Array.<string>} helpers
             * @memberof thresh.v1.RepairRequest
             * @instance
             */
            RepairRequest.prototype.helpers = $util.emptyArray;

            /**
             * RepairRequest replacement.
             * @member {string} replacement
             * @memberof thresh.v1.RepairRequest
             * @instance
             */
            RepairRequest.prototype.replacement = "";

            /**
             * Encodes the specified RepairRequest message. Does not implicitly {@link thresh.v1.RepairRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.RepairRequest
             * @static
             * @param {thresh.v1.RepairRequest.$Properties} message RepairRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RepairRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.nonce);
                if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt") && message.issuedAt !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.issuedAt);
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    $root.thresh.v1.KeyInfo.encode(message.key, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.lostIndex != null && $Object.hasOwnProperty.call(message, "lostIndex") && message.lostIndex !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.lostIndex);
                if (message.helpers != null && message.helpers.length)
                    for (let i = 0; i < message.helpers.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.helpers[i]);
                if (message.replacement != null && $Object.hasOwnProperty.call(message, "replacement") && message.replacement !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.replacement);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RepairRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.RepairRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.RepairRequest & thresh.v1.RepairRequest.$Shape} RepairRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RepairRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.RepairRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.issuedAt = value;
                            else
                                delete message.issuedAt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.key = $root.thresh.v1.KeyInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.key);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lostIndex = value;
                            else
                                delete message.lostIndex;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.helpers && message.helpers.length))
                                message.helpers = [];
                            message.helpers.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.replacement = value;
                            else
                                delete message.replacement;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RepairRequest;
        })();

        v1.ImportKeyRequest = (function() {

            /**
             * Properties of an ImportKeyRequest.
             * @typedef {Object} thresh.v1.ImportKeyRequest.$Properties
             * @property {string|null} [keyId] ImportKeyRequest keyId
             * @property {Uint8Array|null} [nonce] ImportKeyRequest nonce
             * @property {number|null} [issuedAt] ImportKeyRequest issuedAt
             * @property {thresh.v1.Scheme|null} [scheme] ImportKeyRequest scheme
             * @property {number|null} [threshold] ImportKeyRequest threshold
             * @property {Array.<string>|null} [parties] ImportKeyRequest parties
             * @property {Array.<Uint8Array>|null} [commitment] ImportKeyRequest commitment
             * @property {Uint8Array|null} [share] ImportKeyRequest share
             * @property {Uint8Array|null} [chainCode] ImportKeyRequest chainCode
             * @property {thresh.v1.SealedPayload.$Properties|null} [sealedShare] ImportKeyRequest sealedShare
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ImportKeyRequest.
             * @memberof thresh.v1
             * @interface IImportKeyRequest
             * @augments thresh.v1.ImportKeyRequest.$Properties
             * @deprecated Use thresh.v1.ImportKeyRequest.$Properties instead.
             */

            /**
             * Shape of an ImportKeyRequest.
             * @typedef {thresh.v1.ImportKeyRequest.$Properties} thresh.v1.ImportKeyRequest.$Shape
             */

            /**
             * Constructs a new ImportKeyRequest.
             * @memberof thresh.v1
             * @classdesc Represents an ImportKeyRequest.
             * @constructor
             * @param {thresh.v1.ImportKeyRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ImportKeyRequest = function (properties) {
                this.parties = [];
                this.commitment = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ImportKeyRequest keyId.
             * @member {string} keyId
             * @memberof thresh.v1.ImportKeyRequest
             * @instance
             */
            ImportKeyRequest.prototype.keyId = "";

            /**
             * ImportKeyRequest nonce.
             * @member {Uint8Array} nonce
             * @memberof thresh.v1.ImportKeyRequest
             * @instance
             */
            ImportKeyRequest.prototype.nonce = $util.newBuffer([]);

            /**
             * ImportKeyRequest issuedAt.
             * @member {number} issuedAt
             * @memberof thresh.v1.ImportKeyRequest
             * @instance
             */
            ImportKeyRequest.prototype.issuedAt = 0;

            /**
             * ImportKeyRequest scheme.
             * @member {thresh.v1.Scheme} scheme
             * @memberof thresh.v1.ImportKeyRequest
             * @instance
             */
            ImportKeyRequest.prototype.scheme = 0;

            /**
             * ImportKeyRequest threshold.
             * @member {number} threshold
             * @memberof thresh.v1.ImportKeyRequest
             * @instance
             */
            ImportKeyRequest.prototype.threshold = 0;

            /**
             * ImportKeyRequest parties.
             * @member {Array.<string>} parties
             * @memberof thresh.v1.ImportKeyRequest
             * @instance
             */
            ImportKeyRequest.prototype.parties = $util.emptyArray;

            /**
             * ImportKeyRequest commitment.
             * @member {Array.<Uint8Array>} commitment
             * @memberof thresh.v1.ImportKeyRequest
             * @instance
             */
            ImportKeyRequest.prototype.commitment = $util.emptyArray;

            /**
             * ImportKeyRequest share.
             * @member {Uint8Array} share
             * @memberof thresh.v1.ImportKeyRequest
             * @instance
             */
            ImportKeyRequest.prototype.share = $util.newBuffer([]);

            /**
             * ImportKeyRequest chainCode.
             * @member {Uint8Array} chainCode
             * @memberof thresh.v1.ImportKeyRequest
             * @instance
             */
            ImportKeyRequest.prototype.chainCode = $util.newBuffer([]);

            /**
             * ImportKeyRequest sealedShare.
             * @member {thresh.v1.SealedPayload.$Properties|null|undefined} sealedShare
             * @memberof thresh.v1.ImportKeyRequest
             * @instance
             */
            ImportKeyRequest.prototype.sealedShare = null;

            /**
             * Encodes the specified ImportKeyRequest message. Does not implicitly {@link thresh.v1.ImportKeyRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.ImportKeyRequest
             * @static
             * @param {thresh.v1.ImportKeyRequest.$Properties} message ImportKeyRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ImportKeyRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.nonce);
                if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt") && message.issuedAt !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.issuedAt);
                if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme") && message.scheme !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.scheme);
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && message.threshold !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.threshold);
                if (message.parties != null && message.parties.length)
                    for (let i = 0; i < message.parties.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.parties[i]);
                if (message.commitment != null && message.commitment.length)
                    for (let i = 0; i < message.commitment.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.commitment[i]);
                if (message.share != null && $Object.hasOwnProperty.call(message, "share") && message.share.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.share);
                if (message.chainCode != null && $Object.hasOwnProperty.call(message, "chainCode") && message.chainCode.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.chainCode);
                if (message.sealedShare != null && $Object.hasOwnProperty.call(message, "sealedShare"))
                    $root.thresh.v1.SealedPayload.encode(message.sealedShare, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ImportKeyRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.ImportKeyRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.ImportKeyRequest & thresh.v1.ImportKeyRequest.$Shape} ImportKeyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ImportKeyRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.ImportKeyRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.issuedAt = value;
                            else
                                delete message.issuedAt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.scheme = value;
                            else
                                delete message.scheme;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.threshold = value;
                            else
                                delete message.threshold;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.parties && message.parties.length))
                                message.parties = [];
                            message.parties.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.commitment && message.commitment.length))
                                message.commitment = [];
                            message.commitment.push(reader.bytes());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.share = value;
                            else
                                delete message.share;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.chainCode = value;
                            else
                                delete message.chainCode;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.sealedShare = $root.thresh.v1.SealedPayload.decode(reader, reader.size(), $undefined, _depth + 1, message.sealedShare);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ImportKeyRequest;
        })();

        v1.KeyStatusRequest = (function() {

            /**
             * Properties of a KeyStatusRequest.
             * @typedef {Object} thresh.v1.KeyStatusRequest.$Properties
             * @property {string|null} [keyId] KeyStatusRequest keyId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyStatusRequest.
             * @memberof thresh.v1
             * @interface IKeyStatusRequest
             * @augments thresh.v1.KeyStatusRequest.$Properties
             * @deprecated Use thresh.v1.KeyStatusRequest.$Properties instead.
             */

            /**
             * Shape of a KeyStatusRequest.
             * @typedef {thresh.v1.KeyStatusRequest.$Properties} thresh.v1.KeyStatusRequest.$Shape
             */

            /**
             * Constructs a new KeyStatusRequest.
             * @memberof thresh.v1
             * @classdesc Represents a KeyStatusRequest.
             * @constructor
             * @param {thresh.v1.KeyStatusRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KeyStatusRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KeyStatusRequest keyId.
             * @member {string} keyId
             * @memberof thresh.v1.KeyStatusRequest
             * @instance
             */
            KeyStatusRequest.prototype.keyId = "";

            /**
             * Encodes the specified KeyStatusRequest message. Does not implicitly {@link thresh.v1.KeyStatusRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.KeyStatusRequest
             * @static
             * @param {thresh.v1.KeyStatusRequest.$Properties} message KeyStatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyStatusRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KeyStatusRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.KeyStatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.KeyStatusRequest & thresh.v1.KeyStatusRequest.$Shape} KeyStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyStatusRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.KeyStatusRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return KeyStatusRequest;
        })();

        v1.ListKeysRequest = (function() {

            /**
             * Properties of a ListKeysRequest.
             * @typedef {Object} thresh.v1.ListKeysRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListKeysRequest.
             * @memberof thresh.v1
             * @interface IListKeysRequest
             * @augments thresh.v1.ListKeysRequest.$Properties
             * @deprecated Use thresh.v1.ListKeysRequest.$Properties instead.
             */

            /**
             * Shape of a ListKeysRequest.
             * @typedef {thresh.v1.ListKeysRequest.$Properties} thresh.v1.ListKeysRequest.$Shape
             */

            /**
             * Constructs a new ListKeysRequest.
             * @memberof thresh.v1
             * @classdesc Represents a ListKeysRequest.
             * @constructor
             * @param {thresh.v1.ListKeysRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListKeysRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified ListKeysRequest message. Does not implicitly {@link thresh.v1.ListKeysRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.ListKeysRequest
             * @static
             * @param {thresh.v1.ListKeysRequest.$Properties} message ListKeysRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListKeysRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListKeysRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.ListKeysRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.ListKeysRequest & thresh.v1.ListKeysRequest.$Shape} ListKeysRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListKeysRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.ListKeysRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ListKeysRequest;
        })();

        v1.GetPublicKeyRequest = (function() {

            /**
             * Properties of a GetPublicKeyRequest.
             * @typedef {Object} thresh.v1.GetPublicKeyRequest.$Properties
             * @property {string|null} [keyId] GetPublicKeyRequest keyId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetPublicKeyRequest.
             * @memberof thresh.v1
             * @interface IGetPublicKeyRequest
             * @augments thresh.v1.GetPublicKeyRequest.$Properties
             * @deprecated Use thresh.v1.GetPublicKeyRequest.$Properties instead.
             */

            /**
             * Shape of a GetPublicKeyRequest.
             * @typedef {thresh.v1.GetPublicKeyRequest.$Properties} thresh.v1.GetPublicKeyRequest.$Shape
             */

            /**
             * Constructs a new GetPublicKeyRequest.
             * @memberof thresh.v1
             * @classdesc Represents a GetPublicKeyRequest.
             * @constructor
             * @param {thresh.v1.GetPublicKeyRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetPublicKeyRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetPublicKeyRequest keyId.
             * @member {string} keyId
             * @memberof thresh.v1.GetPublicKeyRequest
             * @instance
             */
            GetPublicKeyRequest.prototype.keyId = "";

            /**
             * Encodes the specified GetPublicKeyRequest message. Does not implicitly {@link thresh.v1.GetPublicKeyRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.GetPublicKeyRequest
             * @static
             * @param {thresh.v1.GetPublicKeyRequest.$Properties} message GetPublicKeyRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetPublicKeyRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetPublicKeyRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.GetPublicKeyRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.GetPublicKeyRequest & thresh.v1.GetPublicKeyRequest.$Shape} GetPublicKeyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetPublicKeyRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.GetPublicKeyRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return GetPublicKeyRequest;
        })();

        v1.CoordRequest = (function() {

            /**
             * Properties of a CoordRequest.
             * @typedef {Object} thresh.v1.CoordRequest.$Properties
             * @property {thresh.v1.KeygenRequest.$Properties|null} [keygen] CoordRequest keygen
             * @property {thresh.v1.SignRequest.$Properties|null} [sign] CoordRequest sign
             * @property {thresh.v1.ListKeysRequest.$Properties|null} [listKeys] CoordRequest listKeys
             * @property {thresh.v1.GetPublicKeyRequest.$Properties|null} [getPublicKey] CoordRequest getPublicKey
             * @property {thresh.v1.CommitKeyRequest.$Properties|null} [commitKey] CoordRequest commitKey
             * @property {thresh.v1.AbortKeyRequest.$Properties|null} [abortKey] CoordRequest abortKey
             * @property {thresh.v1.CancelRequest.$Properties|null} [cancel] CoordRequest cancel
             * @property {thresh.v1.ReshareRequest.$Properties|null} [reshare] CoordRequest reshare
             * @property {thresh.v1.RepairRequest.$Properties|null} [repair] CoordRequest repair
             * @property {thresh.v1.ImportKeyRequest.$Properties|null} [importKey] CoordRequest importKey
             * @property {thresh.v1.KeyStatusRequest.$Properties|null} [keyStatus] CoordRequest keyStatus
             * @property {thresh.v1.PolicyGetRequest.$Properties|null} [policyGet] CoordRequest policyGet
             * @property {thresh.v1.PolicySetRequest.$Properties|null} [policySet] CoordRequest policySet
             * @property {thresh.v1.PolicyTestRequest.$Properties|null} [policyTest] CoordRequest policyTest
             * @property {thresh.v1.AnnounceRequest.$Properties|null} [announce] CoordRequest announce
             * @property {thresh.v1.AuditLogRequest.$Properties|null} [auditLog] CoordRequest auditLog
             * @property {thresh.v1.PresignRequest.$Properties|null} [presign] CoordRequest presign
             * @property {thresh.v1.OnlineSignRequest.$Properties|null} [onlineSign] CoordRequest onlineSign
             * @property {"keygen"|"sign"|"listKeys"|"getPublicKey"|"commitKey"|"abortKey"|"cancel"|"reshare"|"repair"|"importKey"|"keyStatus"|"policyGet"|"policySet"|"policyTest"|"announce"|"auditLog"|"presign"|"onlineSign"} [body] CoordRequest body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CoordRequest.
             * @memberof thresh.v1
             * @interface ICoordRequest
             * @augments thresh.v1.CoordRequest.$Properties
             * @deprecated Use thresh.v1.CoordRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a CoordRequest.
             * @typedef {{
             *   keygen?: thresh.v1.KeygenRequest.$Shape|null;
             *   sign?: thresh.v1.SignRequest.$Shape|null;
             *   listKeys?: thresh.v1.ListKeysRequest.$Shape|null;
             *   getPublicKey?: thresh.v1.GetPublicKeyRequest.$Shape|null;
             *   commitKey?: thresh.v1.CommitKeyRequest.$Shape|null;
             *   abortKey?: thresh.v1.AbortKeyRequest.$Shape|null;
             *   cancel?: thresh.v1.CancelRequest.$Shape|null;
             *   reshare?: thresh.v1.ReshareRequest.$Shape|null;
             *   repair?: thresh.v1.RepairRequest.$Shape|null;
             *   importKey?: thresh.v1.ImportKeyRequest.$Shape|null;
             *   keyStatus?: thresh.v1.KeyStatusRequest.$Shape|null;
             *   policyGet?: thresh.v1.PolicyGetRequest.$Shape|null;
             *   policySet?: thresh.v1.PolicySetRequest.$Shape|null;
             *   policyTest?: thresh.v1.PolicyTestRequest.$Shape|null;
             *   announce?: thresh.v1.AnnounceRequest.$Shape|null;
             *   auditLog?: thresh.v1.AuditLogRequest.$Shape|null;
             *   presign?: thresh.v1.PresignRequest.$Shape|null;
             *   onlineSign?: thresh.v1.OnlineSignRequest.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "keygen"; keygen: thresh.v1.KeygenRequest.$Shape; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "sign"; keygen?: null; sign: thresh.v1.SignRequest.$Shape; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "listKeys"; keygen?: null; sign?: null; listKeys: thresh.v1.ListKeysRequest.$Shape; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "getPublicKey"; keygen?: null; sign?: null; listKeys?: null; getPublicKey: thresh.v1.GetPublicKeyRequest.$Shape; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "commitKey"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey: thresh.v1.CommitKeyRequest.$Shape; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "abortKey"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey: thresh.v1.AbortKeyRequest.$Shape; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "cancel"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel: thresh.v1.CancelRequest.$Shape; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "reshare"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare: thresh.v1.ReshareRequest.$Shape; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "repair"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair: thresh.v1.RepairRequest.$Shape; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "importKey"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey: thresh.v1.ImportKeyRequest.$Shape; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "keyStatus"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus: thresh.v1.KeyStatusRequest.$Shape; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "policyGet"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet: thresh.v1.PolicyGetRequest.$Shape; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "policySet"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet: thresh.v1.PolicySetRequest.$Shape; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "policyTest"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest: thresh.v1.PolicyTestRequest.$Shape; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "announce"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce: thresh.v1.AnnounceRequest.$Shape; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "auditLog"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog: thresh.v1.AuditLogRequest.$Shape; presign?: null; onlineSign?: null }|{ body?: "presign"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign: thresh.v1.PresignRequest.$Shape; onlineSign?: null }|{ body?: "onlineSign"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign: thresh.v1.OnlineSignRequest.$Shape })
             * )} thresh.v1.CoordRequest.$Shape
             */

            /**
             * Constructs a new CoordRequest.
             * @memberof thresh.v1
             * @classdesc Represents a CoordRequest.
             * @constructor
             * @param {thresh.v1.CoordRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CoordRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CoordRequest keygen.
             * @member {thresh.v1.KeygenRequest.$Properties|null|undefined} keygen
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            CoordRequest.prototype.keygen = null;

            /**
             * CoordRequest sign.
             * @member {thresh.v1.SignRequest.$Properties|null|undefined} sign
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            CoordRequest.prototype.sign = null;

            /**
             * CoordRequest listKeys.
             * @member {thresh.v1.ListKeysRequest.$Properties|null|undefined} listKeys
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            CoordRequest.prototype.listKeys = null;

            /**
             * CoordRequest getPublicKey.
             * @member {thresh.v1.GetPublicKeyRequest.$Properties|null|undefined} getPublicKey
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            CoordRequest.prototype.getPublicKey = null;

            /**
             * CoordRequest commitKey.
             * @member {thresh.v1.CommitKeyRequest.$Properties|null|undefined} commitKey
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            CoordRequest.prototype.commitKey = null;

            /**
             * CoordRequest abortKey.
             * @member {thresh.v1.AbortKeyRequest.$Properties|null|undefined} abortKey
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            CoordRequest.prototype.abortKey = null;

            /**
             * CoordRequest cancel.
             * @member {thresh.v1.CancelRequest.$Properties|null|undefined} cancel
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            CoordRequest.prototype.cancel = null;

            /**
             * CoordRequest reshare.
             * @member {thresh.v1.ReshareRequest.$Properties|null|undefined} reshare
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            CoordRequest.prototype.reshare = null;

            /**
             * CoordRequest repair.
             * @member {thresh.v1.RepairRequest.$Properties|null|undefined} repair
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            CoordRequest.prototype.repair = null;

            /**
             * CoordRequest importKey.
             * @member {thresh.v1.ImportKeyRequest.$Properties|null|undefined} importKey
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            CoordRequest.prototype.importKey = null;

            /**
             * CoordRequest keyStatus.
             * @member {thresh.v1.KeyStatusRequest.$Properties|null|undefined} keyStatus
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            CoordRequest.prototype.keyStatus = null;

            /**
             * CoordRequest policyGet.
             * @member {thresh.v1.PolicyGetRequest.$Properties|null|undefined} policyGet
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            CoordRequest.prototype.policyGet = null;

            /**
             * CoordRequest policySet.
             * @member {thresh.v1.PolicySetRequest.$Properties|null|undefined} policySet
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            CoordRequest.prototype.policySet = null;

            /**
             * CoordRequest policyTest.
             * @member {thresh.v1.PolicyTestRequest.$Properties|null|undefined} policyTest
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            CoordRequest.prototype.policyTest = null;

            /**
             * CoordRequest announce.
             * @member {thresh.v1.AnnounceRequest.$Properties|null|undefined} announce
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            CoordRequest.prototype.announce = null;

            /**
             * CoordRequest auditLog.
             * @member {thresh.v1.AuditLogRequest.$Properties|null|undefined} auditLog
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            CoordRequest.prototype.auditLog = null;

            /**
             * CoordRequest presign.
             * @member {thresh.v1.PresignRequest.$Properties|null|undefined} presign
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            CoordRequest.prototype.presign = null;

            /**
             * CoordRequest onlineSign.
             * @member {thresh.v1.OnlineSignRequest.$Properties|null|undefined} onlineSign
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            CoordRequest.prototype.onlineSign = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * CoordRequest body.
             * @member {"keygen"|"sign"|"listKeys"|"getPublicKey"|"commitKey"|"abortKey"|"cancel"|"reshare"|"repair"|"importKey"|"keyStatus"|"policyGet"|"policySet"|"policyTest"|"announce"|"auditLog"|"presign"|"onlineSign"|undefined} body
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            $Object.defineProperty(CoordRequest.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["keygen", "sign", "listKeys", "getPublicKey", "commitKey", "abortKey", "cancel", "reshare", "repair", "importKey", "keyStatus", "policyGet", "policySet", "policyTest", "announce", "auditLog", "presign", "onlineSign"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified CoordRequest message. Does not implicitly {@link thresh.v1.CoordRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.CoordRequest
             * @static
             * @param {thresh.v1.CoordRequest.$Properties} message CoordRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CoordRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keygen != null && $Object.hasOwnProperty.call(message, "keygen"))
                    $root.thresh.v1.KeygenRequest.encode(message.keygen, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.sign != null && $Object.hasOwnProperty.call(message, "sign"))
                    $root.thresh.v1.SignRequest.encode(message.sign, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.listKeys != null && $Object.hasOwnProperty.call(message, "listKeys"))
                    $root.thresh.v1.ListKeysRequest.encode(message.listKeys, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.getPublicKey != null && $Object.hasOwnProperty.call(message, "getPublicKey"))
                    $root.thresh.v1.GetPublicKeyRequest.encode(message.getPublicKey, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.commitKey != null && $Object.hasOwnProperty.call(message, "commitKey"))
                    $root.thresh.v1.CommitKeyRequest.encode(message.commitKey, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.abortKey != null && $Object.hasOwnProperty.call(message, "abortKey"))
                    $root.thresh.v1.AbortKeyRequest.encode(message.abortKey, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel"))
                    $root.thresh.v1.CancelRequest.encode(message.cancel, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.reshare != null && $Object.hasOwnProperty.call(message, "reshare"))
                    $root.thresh.v1.ReshareRequest.encode(message.reshare, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.repair != null && $Object.hasOwnProperty.call(message, "repair"))
                    $root.thresh.v1.RepairRequest.encode(message.repair, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.importKey != null && $Object.hasOwnProperty.call(message, "importKey"))
                    $root.thresh.v1.ImportKeyRequest.encode(message.importKey, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.keyStatus != null && $Object.hasOwnProperty.call(message, "keyStatus"))
                    $root.thresh.v1.KeyStatusRequest.encode(message.keyStatus, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.policyGet != null && $Object.hasOwnProperty.call(message, "policyGet"))
                    $root.thresh.v1.PolicyGetRequest.encode(message.policyGet, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.policySet != null && $Object.hasOwnProperty.call(message, "policySet"))
                    $root.thresh.v1.PolicySetRequest.encode(message.policySet, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.policyTest != null && $Object.hasOwnProperty.call(message, "policyTest"))
                    $root.thresh.v1.PolicyTestRequest.encode(message.policyTest, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.announce != null && $Object.hasOwnProperty.call(message, "announce"))
                    $root.thresh.v1.AnnounceRequest.encode(message.announce, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.auditLog != null && $Object.hasOwnProperty.call(message, "auditLog"))
                    $root.thresh.v1.AuditLogRequest.encode(message.auditLog, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.presign != null && $Object.hasOwnProperty.call(message, "presign"))
                    $root.thresh.v1.PresignRequest.encode(message.presign, writer.uint32(/* id 60, wireType 2 =*/482).fork(), _depth + 1).ldelim();
                if (message.onlineSign != null && $Object.hasOwnProperty.call(message, "onlineSign"))
                    $root.thresh.v1.OnlineSignRequest.encode(message.onlineSign, writer.uint32(/* id 61, wireType 2 =*/490).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CoordRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.CoordRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.CoordRequest & thresh.v1.CoordRequest.$Shape} CoordRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CoordRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.CoordRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.keygen = $root.thresh.v1.KeygenRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.keygen);
                            message.body = "keygen";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.sign = $root.thresh.v1.SignRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.sign);
                            message.body = "sign";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.listKeys = $root.thresh.v1.ListKeysRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.listKeys);
                            message.body = "listKeys";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.getPublicKey = $root.thresh.v1.GetPublicKeyRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.getPublicKey);
                            message.body = "getPublicKey";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.commitKey = $root.thresh.v1.CommitKeyRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.commitKey);
                            message.body = "commitKey";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.abortKey = $root.thresh.v1.AbortKeyRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.abortKey);
                            message.body = "abortKey";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.cancel = $root.thresh.v1.CancelRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.cancel);
                            message.body = "cancel";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.reshare = $root.thresh.v1.ReshareRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.reshare);
                            message.body = "reshare";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.repair = $root.thresh.v1.RepairRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.repair);
                            message.body = "repair";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.importKey = $root.thresh.v1.ImportKeyRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.importKey);
                            message.body = "importKey";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.keyStatus = $root.thresh.v1.KeyStatusRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.keyStatus);
                            message.body = "keyStatus";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.policyGet = $root.thresh.v1.PolicyGetRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.policyGet);
                            message.body = "policyGet";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.policySet = $root.thresh.v1.PolicySetRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.policySet);
                            message.body = "policySet";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.policyTest = $root.thresh.v1.PolicyTestRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.policyTest);
                            message.body = "policyTest";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.announce = $root.thresh.v1.AnnounceRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.announce);
                            message.body = "announce";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.auditLog = $root.thresh.v1.AuditLogRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.auditLog);
                            message.body = "auditLog";
                            continue;
                        }
                    case 60: {
                            if (wireType !== 2)
                                break;
                            message.presign = $root.thresh.v1.PresignRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.presign);
                            message.body = "presign";
                            continue;
                        }
                    case 61: {
                            if (wireType !== 2)
                                break;
                            message.onlineSign = $root.thresh.v1.OnlineSignRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.onlineSign);
                            message.body = "onlineSign";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CoordRequest;
        })();

        v1.KeyInfo = (function() {

            /**
             * Properties of a KeyInfo.
             * @typedef {Object} thresh.v1.KeyInfo.$Properties
             * @property {string|null} [keyId] KeyInfo keyId
             * @property {thresh.v1.Scheme|null} [scheme] KeyInfo scheme
             * @property {number|null} [threshold] KeyInfo threshold
             * @property {Array.<string>|null} [parties] KeyInfo parties
             * @property {Uint8Array|null} [groupPublicKey] KeyInfo groupPublicKey
             * @property {Uint8Array|null} [chainCode] KeyInfo chainCode
             * @property {number|null} [epoch] KeyInfo epoch
             * @property {Array.<Uint8Array>|null} [publicShares] KeyInfo publicShares
             * @property {Array.<thresh.v1.MemberSecurity.$Properties>|null} [members] KeyInfo members
             * @property {thresh.v1.EcdsaEngine|null} [engine] KeyInfo engine
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyInfo.
             * @memberof thresh.v1
             * @interface IKeyInfo
             * @augments thresh.v1.KeyInfo.$Properties
             * @deprecated Use thresh.v1.KeyInfo.$Properties instead.
             */

            /**
             * Shape of a KeyInfo.
             * @typedef {thresh.v1.KeyInfo.$Properties} thresh.v1.KeyInfo.$Shape
             */

            /**
             * Constructs a new KeyInfo.
             * @memberof thresh.v1
             * @classdesc Represents a KeyInfo.
             * @constructor
             * @param {thresh.v1.KeyInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KeyInfo = function (properties) {
                this.parties = [];
                this.publicShares = [];
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KeyInfo keyId.
             * @member {string} keyId
             * @memberof thresh.v1.KeyInfo
             * @instance
             */
            KeyInfo.prototype.keyId = "";

            /**
             * KeyInfo scheme.
             * @member {thresh.v1.Scheme} scheme
             * @memberof thresh.v1.KeyInfo
             * @instance
             */
            KeyInfo.prototype.scheme = 0;

            /**
             * KeyInfo threshold.
             * @member {number} threshold
             * @memberof thresh.v1.KeyInfo
             * @instance
             */
            KeyInfo.prototype.threshold = 0;

            /**
             * KeyInfo parties.
             * @member {Array.<string>} parties
             * @memberof thresh.v1.KeyInfo
             * @instance
             */
            KeyInfo.prototype.parties = $util.emptyArray;

            /**
             * KeyInfo groupPublicKey.
             * @member {Uint8Array} groupPublicKey
             * @memberof thresh.v1.KeyInfo
             * @instance
             */
            KeyInfo.prototype.groupPublicKey = $util.newBuffer([]);

            /**
             * KeyInfo chainCode.
             * @member {Uint8Array} chainCode
             * @memberof thresh.v1.KeyInfo
             * @instance
             */
            KeyInfo.prototype.chainCode = $util.newBuffer([]);

            /**
             * KeyInfo epoch.
             * @member {number} epoch
             * @memberof thresh.v1.KeyInfo
             * @instance
             */
            KeyInfo.prototype.epoch = 0;

            /**
             * KeyInfo publicShares.
             * @member {Array.<Uint8Array>} publicShares
             * @memberof thresh.v1.KeyInfo
             * @instance
             */
            KeyInfo.prototype.publicShares = $util.emptyArray;

            /**
             * KeyInfo members.
             * @member {Array.<thresh.v1.MemberSecurity.$Properties>} members
             * @memberof thresh.v1.KeyInfo
             * @instance
             */
            KeyInfo.prototype.members = $util.emptyArray;

            /**
             * KeyInfo engine.
             * @member {thresh.v1.EcdsaEngine} engine
             * @memberof thresh.v1.KeyInfo
             * @instance
             */
            KeyInfo.prototype.engine = 0;

            /**
             * Encodes the specified KeyInfo message. Does not implicitly {@link thresh.v1.KeyInfo.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.KeyInfo
             * @static
             * @param {thresh.v1.KeyInfo.$Properties} message KeyInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme") && message.scheme !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.scheme);
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && message.threshold !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.threshold);
                if (message.parties != null && message.parties.length)
                    for (let i = 0; i < message.parties.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.parties[i]);
                if (message.groupPublicKey != null && $Object.hasOwnProperty.call(message, "groupPublicKey") && message.groupPublicKey.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.groupPublicKey);
                if (message.chainCode != null && $Object.hasOwnProperty.call(message, "chainCode") && message.chainCode.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.chainCode);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.epoch);
                if (message.publicShares != null && message.publicShares.length)
                    for (let i = 0; i < message.publicShares.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.publicShares[i]);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.thresh.v1.MemberSecurity.encode(message.members[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.engine != null && $Object.hasOwnProperty.call(message, "engine") && message.engine !== 0)
                    writer.uint32(/* id 80, wireType 0 =*/640).int32(message.engine);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KeyInfo message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.KeyInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.KeyInfo & thresh.v1.KeyInfo.$Shape} KeyInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.KeyInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.scheme = value;
                            else
                                delete message.scheme;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.threshold = value;
                            else
                                delete message.threshold;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.parties && message.parties.length))
                                message.parties = [];
                            message.parties.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.groupPublicKey = value;
                            else
                                delete message.groupPublicKey;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.chainCode = value;
                            else
                                delete message.chainCode;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.publicShares && message.publicShares.length))
                                message.publicShares = [];
                            message.publicShares.push(reader.bytes());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.thresh.v1.MemberSecurity.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 80: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.engine = value;
                            else
                                delete message.engine;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return KeyInfo;
        })();

        v1.MemberSecurity = (function() {

            /**
             * Properties of a MemberSecurity.
             * @typedef {Object} thresh.v1.MemberSecurity.$Properties
             * @property {thresh.v1.Protection|null} [protection] MemberSecurity protection
             * @property {boolean|null} [attested] MemberSecurity attested
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemberSecurity.
             * @memberof thresh.v1
             * @interface IMemberSecurity
             * @augments thresh.v1.MemberSecurity.$Properties
             * @deprecated Use thresh.v1.MemberSecurity.$Properties instead.
             */

            /**
             * Shape of a MemberSecurity.
             * @typedef {thresh.v1.MemberSecurity.$Properties} thresh.v1.MemberSecurity.$Shape
             */

            /**
             * Constructs a new MemberSecurity.
             * @memberof thresh.v1
             * @classdesc Represents a MemberSecurity.
             * @constructor
             * @param {thresh.v1.MemberSecurity.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemberSecurity = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemberSecurity protection.
             * @member {thresh.v1.Protection} protection
             * @memberof thresh.v1.MemberSecurity
             * @instance
             */
            MemberSecurity.prototype.protection = 0;

            /**
             * MemberSecurity attested.
             * @member {boolean} attested
             * @memberof thresh.v1.MemberSecurity
             * @instance
             */
            MemberSecurity.prototype.attested = false;

            /**
             * Encodes the specified MemberSecurity message. Does not implicitly {@link thresh.v1.MemberSecurity.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.MemberSecurity
             * @static
             * @param {thresh.v1.MemberSecurity.$Properties} message MemberSecurity message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemberSecurity.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protection != null && $Object.hasOwnProperty.call(message, "protection") && message.protection !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.protection);
                if (message.attested != null && $Object.hasOwnProperty.call(message, "attested") && message.attested !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.attested);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MemberSecurity message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.MemberSecurity
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.MemberSecurity & thresh.v1.MemberSecurity.$Shape} MemberSecurity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemberSecurity.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.MemberSecurity();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.protection = value;
                            else
                                delete message.protection;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.attested = value;
                            else
                                delete message.attested;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MemberSecurity;
        })();

        v1.KeygenResult = (function() {

            /**
             * Properties of a KeygenResult.
             * @typedef {Object} thresh.v1.KeygenResult.$Properties
             * @property {thresh.v1.KeyInfo.$Properties|null} [key] KeygenResult key
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeygenResult.
             * @memberof thresh.v1
             * @interface IKeygenResult
             * @augments thresh.v1.KeygenResult.$Properties
             * @deprecated Use thresh.v1.KeygenResult.$Properties instead.
             */

            /**
             * Shape of a KeygenResult.
             * @typedef {thresh.v1.KeygenResult.$Properties} thresh.v1.KeygenResult.$Shape
             */

            /**
             * Constructs a new KeygenResult.
             * @memberof thresh.v1
             * @classdesc Represents a KeygenResult.
             * @constructor
             * @param {thresh.v1.KeygenResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KeygenResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KeygenResult key.
             * @member {thresh.v1.KeyInfo.$Properties|null|undefined} key
             * @memberof thresh.v1.KeygenResult
             * @instance
             */
            KeygenResult.prototype.key = null;

            /**
             * Encodes the specified KeygenResult message. Does not implicitly {@link thresh.v1.KeygenResult.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.KeygenResult
             * @static
             * @param {thresh.v1.KeygenResult.$Properties} message KeygenResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeygenResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    $root.thresh.v1.KeyInfo.encode(message.key, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KeygenResult message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.KeygenResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.KeygenResult & thresh.v1.KeygenResult.$Shape} KeygenResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeygenResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.KeygenResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.key = $root.thresh.v1.KeyInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.key);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return KeygenResult;
        })();

        v1.SignResult = (function() {

            /**
             * Properties of a SignResult.
             * @typedef {Object} thresh.v1.SignResult.$Properties
             * @property {Uint8Array|null} [signature] SignResult signature
             * @property {number|null} [recoveryId] SignResult recoveryId
             * @property {Array.<Uint8Array>|null} [signatures] SignResult signatures
             * @property {Array.<number>|null} [recoveryIds] SignResult recoveryIds
             * @property {thresh.v1.MlDsaSignerTranscript.$Properties|null} [mldsa] SignResult mldsa
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignResult.
             * @memberof thresh.v1
             * @interface ISignResult
             * @augments thresh.v1.SignResult.$Properties
             * @deprecated Use thresh.v1.SignResult.$Properties instead.
             */

            /**
             * Shape of a SignResult.
             * @typedef {thresh.v1.SignResult.$Properties} thresh.v1.SignResult.$Shape
             */

            /**
             * Constructs a new SignResult.
             * @memberof thresh.v1
             * @classdesc Represents a SignResult.
             * @constructor
             * @param {thresh.v1.SignResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignResult = function (properties) {
                this.signatures = [];
                this.recoveryIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignResult signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.SignResult
             * @instance
             */
            SignResult.prototype.signature = $util.newBuffer([]);

            /**
             * SignResult recoveryId.
             * @member {number} recoveryId
             * @memberof thresh.v1.SignResult
             * @instance
             */
            SignResult.prototype.recoveryId = 0;

            /**
             * SignResult signatures.
             * @member {Array.<Uint8Array>} signatures
             * @memberof thresh.v1.SignResult
             * @instance
             */
            SignResult.prototype.signatures = $util.emptyArray;

            /**
             * SignResult recoveryIds.
             * @member {Array.<number>} recoveryIds
             * @memberof thresh.v1.SignResult
             * @instance
             */
            SignResult.prototype.recoveryIds = $util.emptyArray;

            /**
             * SignResult mldsa.
             * @member {thresh.v1.MlDsaSignerTranscript.$Properties|null|undefined} mldsa
             * @memberof thresh.v1.SignResult
             * @instance
             */
            SignResult.prototype.mldsa = null;

            /**
             * Encodes the specified SignResult message. Does not implicitly {@link thresh.v1.SignResult.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.SignResult
             * @static
             * @param {thresh.v1.SignResult.$Properties} message SignResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.signature);
                if (message.recoveryId != null && $Object.hasOwnProperty.call(message, "recoveryId") && message.recoveryId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.recoveryId);
                if (message.signatures != null && message.signatures.length)
                    for (let i = 0; i < message.signatures.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signatures[i]);
                if (message.recoveryIds != null && message.recoveryIds.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.recoveryIds);
                if (message.mldsa != null && $Object.hasOwnProperty.call(message, "mldsa"))
                    $root.thresh.v1.MlDsaSignerTranscript.encode(message.mldsa, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignResult message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.SignResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.SignResult & thresh.v1.SignResult.$Shape} SignResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.SignResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.recoveryId = value;
                            else
                                delete message.recoveryId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.signatures && message.signatures.length))
                                message.signatures = [];
                            message.signatures.push(reader.bytes());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.recoveryIds && message.recoveryIds.length))
                                    message.recoveryIds = [];
                                reader.uint32s(message.recoveryIds);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.recoveryIds && message.recoveryIds.length))
                                message.recoveryIds = [];
                            message.recoveryIds.push(reader.uint32());
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.mldsa = $root.thresh.v1.MlDsaSignerTranscript.decode(reader, reader.size(), $undefined, _depth + 1, message.mldsa);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SignResult;
        })();

        v1.ListKeysResult = (function() {

            /**
             * Properties of a ListKeysResult.
             * @typedef {Object} thresh.v1.ListKeysResult.$Properties
             * @property {Array.<thresh.v1.KeyInfo.$Properties>|null} [keys] ListKeysResult keys
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListKeysResult.
             * @memberof thresh.v1
             * @interface IListKeysResult
             * @augments thresh.v1.ListKeysResult.$Properties
             * @deprecated Use thresh.v1.ListKeysResult.$Properties instead.
             */

            /**
             * Shape of a ListKeysResult.
             * @typedef {thresh.v1.ListKeysResult.$Properties} thresh.v1.ListKeysResult.$Shape
             */

            /**
             * Constructs a new ListKeysResult.
             * @memberof thresh.v1
             * @classdesc Represents a ListKeysResult.
             * @constructor
             * @param {thresh.v1.ListKeysResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListKeysResult = function (properties) {
                this.keys = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListKeysResult keys.
             * @member {Array.<thresh.v1.KeyInfo.$Properties>} keys
             * @memberof thresh.v1.ListKeysResult
             * @instance
             */
            ListKeysResult.prototype.keys = $util.emptyArray;

            /**
             * Encodes the specified ListKeysResult message. Does not implicitly {@link thresh.v1.ListKeysResult.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.ListKeysResult
             * @static
             * @param {thresh.v1.ListKeysResult.$Properties} message ListKeysResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListKeysResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keys != null && message.keys.length)
                    for (let i = 0; i < message.keys.length; ++i)
                        $root.thresh.v1.KeyInfo.encode(message.keys[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListKeysResult message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.ListKeysResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.ListKeysResult & thresh.v1.ListKeysResult.$Shape} ListKeysResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListKeysResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.ListKeysResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keys && message.keys.length))
                                message.keys = [];
                            message.keys.push($root.thresh.v1.KeyInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ListKeysResult;
        })();

        v1.PublicKeyResult = (function() {

            /**
             * Properties of a PublicKeyResult.
             * @typedef {Object} thresh.v1.PublicKeyResult.$Properties
             * @property {thresh.v1.KeyInfo.$Properties|null} [key] PublicKeyResult key
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublicKeyResult.
             * @memberof thresh.v1
             * @interface IPublicKeyResult
             * @augments thresh.v1.PublicKeyResult.$Properties
             * @deprecated Use thresh.v1.PublicKeyResult.$Properties instead.
             */

            /**
             * Shape of a PublicKeyResult.
             * @typedef {thresh.v1.PublicKeyResult.$Properties} thresh.v1.PublicKeyResult.$Shape
             */

            /**
             * Constructs a new PublicKeyResult.
             * @memberof thresh.v1
             * @classdesc Represents a PublicKeyResult.
             * @constructor
             * @param {thresh.v1.PublicKeyResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PublicKeyResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PublicKeyResult key.
             * @member {thresh.v1.KeyInfo.$Properties|null|undefined} key
             * @memberof thresh.v1.PublicKeyResult
             * @instance
             */
            PublicKeyResult.prototype.key = null;

            /**
             * Encodes the specified PublicKeyResult message. Does not implicitly {@link thresh.v1.PublicKeyResult.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.PublicKeyResult
             * @static
             * @param {thresh.v1.PublicKeyResult.$Properties} message PublicKeyResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublicKeyResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    $root.thresh.v1.KeyInfo.encode(message.key, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PublicKeyResult message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.PublicKeyResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.PublicKeyResult & thresh.v1.PublicKeyResult.$Shape} PublicKeyResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublicKeyResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.PublicKeyResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.key = $root.thresh.v1.KeyInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.key);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PublicKeyResult;
        })();

        v1.CommitKeyResult = (function() {

            /**
             * Properties of a CommitKeyResult.
             * @typedef {Object} thresh.v1.CommitKeyResult.$Properties
             * @property {thresh.v1.KeyInfo.$Properties|null} [key] CommitKeyResult key
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommitKeyResult.
             * @memberof thresh.v1
             * @interface ICommitKeyResult
             * @augments thresh.v1.CommitKeyResult.$Properties
             * @deprecated Use thresh.v1.CommitKeyResult.$Properties instead.
             */

            /**
             * Shape of a CommitKeyResult.
             * @typedef {thresh.v1.CommitKeyResult.$Properties} thresh.v1.CommitKeyResult.$Shape
             */

            /**
             * Constructs a new CommitKeyResult.
             * @memberof thresh.v1
             * @classdesc Represents a CommitKeyResult.
             * @constructor
             * @param {thresh.v1.CommitKeyResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommitKeyResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommitKeyResult key.
             * @member {thresh.v1.KeyInfo.$Properties|null|undefined} key
             * @memberof thresh.v1.CommitKeyResult
             * @instance
             */
            CommitKeyResult.prototype.key = null;

            /**
             * Encodes the specified CommitKeyResult message. Does not implicitly {@link thresh.v1.CommitKeyResult.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.CommitKeyResult
             * @static
             * @param {thresh.v1.CommitKeyResult.$Properties} message CommitKeyResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommitKeyResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    $root.thresh.v1.KeyInfo.encode(message.key, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CommitKeyResult message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.CommitKeyResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.CommitKeyResult & thresh.v1.CommitKeyResult.$Shape} CommitKeyResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommitKeyResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.CommitKeyResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.key = $root.thresh.v1.KeyInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.key);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CommitKeyResult;
        })();

        v1.LifecycleResult = (function() {

            /**
             * Properties of a LifecycleResult.
             * @typedef {Object} thresh.v1.LifecycleResult.$Properties
             * @property {thresh.v1.KeyInfo.$Properties|null} [key] LifecycleResult key
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LifecycleResult.
             * @memberof thresh.v1
             * @interface ILifecycleResult
             * @augments thresh.v1.LifecycleResult.$Properties
             * @deprecated Use thresh.v1.LifecycleResult.$Properties instead.
             */

            /**
             * Shape of a LifecycleResult.
             * @typedef {thresh.v1.LifecycleResult.$Properties} thresh.v1.LifecycleResult.$Shape
             */

            /**
             * Constructs a new LifecycleResult.
             * @memberof thresh.v1
             * @classdesc Represents a LifecycleResult.
             * @constructor
             * @param {thresh.v1.LifecycleResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LifecycleResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LifecycleResult key.
             * @member {thresh.v1.KeyInfo.$Properties|null|undefined} key
             * @memberof thresh.v1.LifecycleResult
             * @instance
             */
            LifecycleResult.prototype.key = null;

            /**
             * Encodes the specified LifecycleResult message. Does not implicitly {@link thresh.v1.LifecycleResult.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.LifecycleResult
             * @static
             * @param {thresh.v1.LifecycleResult.$Properties} message LifecycleResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LifecycleResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    $root.thresh.v1.KeyInfo.encode(message.key, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LifecycleResult message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.LifecycleResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.LifecycleResult & thresh.v1.LifecycleResult.$Shape} LifecycleResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LifecycleResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.LifecycleResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.key = $root.thresh.v1.KeyInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.key);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return LifecycleResult;
        })();

        v1.KeyStatusResult = (function() {

            /**
             * Properties of a KeyStatusResult.
             * @typedef {Object} thresh.v1.KeyStatusResult.$Properties
             * @property {thresh.v1.KeyInfo.$Properties|null} [active] KeyStatusResult active
             * @property {Uint8Array|null} [activeNonce] KeyStatusResult activeNonce
             * @property {thresh.v1.KeyInfo.$Properties|null} [pending] KeyStatusResult pending
             * @property {Uint8Array|null} [pendingNonce] KeyStatusResult pendingNonce
             * @property {Uint8Array|null} [retiringNonce] KeyStatusResult retiringNonce
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyStatusResult.
             * @memberof thresh.v1
             * @interface IKeyStatusResult
             * @augments thresh.v1.KeyStatusResult.$Properties
             * @deprecated Use thresh.v1.KeyStatusResult.$Properties instead.
             */

            /**
             * Shape of a KeyStatusResult.
             * @typedef {thresh.v1.KeyStatusResult.$Properties} thresh.v1.KeyStatusResult.$Shape
             */

            /**
             * Constructs a new KeyStatusResult.
             * @memberof thresh.v1
             * @classdesc Represents a KeyStatusResult.
             * @constructor
             * @param {thresh.v1.KeyStatusResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KeyStatusResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KeyStatusResult active.
             * @member {thresh.v1.KeyInfo.$Properties|null|undefined} active
             * @memberof thresh.v1.KeyStatusResult
             * @instance
             */
            KeyStatusResult.prototype.active = null;

            /**
             * KeyStatusResult activeNonce.
             * @member {Uint8Array} activeNonce
             * @memberof thresh.v1.KeyStatusResult
             * @instance
             */
            KeyStatusResult.prototype.activeNonce = $util.newBuffer([]);

            /**
             * KeyStatusResult pending.
             * @member {thresh.v1.KeyInfo.$Properties|null|undefined} pending
             * @memberof thresh.v1.KeyStatusResult
             * @instance
             */
            KeyStatusResult.prototype.pending = null;

            /**
             * KeyStatusResult pendingNonce.
             * @member {Uint8Array} pendingNonce
             * @memberof thresh.v1.KeyStatusResult
             * @instance
             */
            KeyStatusResult.prototype.pendingNonce = $util.newBuffer([]);

            /**
             * KeyStatusResult retiringNonce.
             * @member {Uint8Array} retiringNonce
             * @memberof thresh.v1.KeyStatusResult
             * @instance
             */
            KeyStatusResult.prototype.retiringNonce = $util.newBuffer([]);

            /**
             * Encodes the specified KeyStatusResult message. Does not implicitly {@link thresh.v1.KeyStatusResult.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.KeyStatusResult
             * @static
             * @param {thresh.v1.KeyStatusResult.$Properties} message KeyStatusResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyStatusResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.active != null && $Object.hasOwnProperty.call(message, "active"))
                    $root.thresh.v1.KeyInfo.encode(message.active, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.activeNonce != null && $Object.hasOwnProperty.call(message, "activeNonce") && message.activeNonce.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.activeNonce);
                if (message.pending != null && $Object.hasOwnProperty.call(message, "pending"))
                    $root.thresh.v1.KeyInfo.encode(message.pending, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.pendingNonce != null && $Object.hasOwnProperty.call(message, "pendingNonce") && message.pendingNonce.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.pendingNonce);
                if (message.retiringNonce != null && $Object.hasOwnProperty.call(message, "retiringNonce") && message.retiringNonce.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.retiringNonce);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KeyStatusResult message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.KeyStatusResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.KeyStatusResult & thresh.v1.KeyStatusResult.$Shape} KeyStatusResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyStatusResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.KeyStatusResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.active = $root.thresh.v1.KeyInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.active);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.activeNonce = value;
                            else
                                delete message.activeNonce;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.pending = $root.thresh.v1.KeyInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.pending);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.pendingNonce = value;
                            else
                                delete message.pendingNonce;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.retiringNonce = value;
                            else
                                delete message.retiringNonce;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return KeyStatusResult;
        })();

        v1.KeyRetiredResult = (function() {

            /**
             * Properties of a KeyRetiredResult.
             * @typedef {Object} thresh.v1.KeyRetiredResult.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyRetiredResult.
             * @memberof thresh.v1
             * @interface IKeyRetiredResult
             * @augments thresh.v1.KeyRetiredResult.$Properties
             * @deprecated Use thresh.v1.KeyRetiredResult.$Properties instead.
             */

            /**
             * Shape of a KeyRetiredResult.
             * @typedef {thresh.v1.KeyRetiredResult.$Properties} thresh.v1.KeyRetiredResult.$Shape
             */

            /**
             * Constructs a new KeyRetiredResult.
             * @memberof thresh.v1
             * @classdesc Represents a KeyRetiredResult.
             * @constructor
             * @param {thresh.v1.KeyRetiredResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KeyRetiredResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified KeyRetiredResult message. Does not implicitly {@link thresh.v1.KeyRetiredResult.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.KeyRetiredResult
             * @static
             * @param {thresh.v1.KeyRetiredResult.$Properties} message KeyRetiredResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyRetiredResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KeyRetiredResult message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.KeyRetiredResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.KeyRetiredResult & thresh.v1.KeyRetiredResult.$Shape} KeyRetiredResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyRetiredResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.KeyRetiredResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return KeyRetiredResult;
        })();

        v1.CancelResult = (function() {

            /**
             * Properties of a CancelResult.
             * @typedef {Object} thresh.v1.CancelResult.$Properties
             * @property {number|null} [sessions] CancelResult sessions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CancelResult.
             * @memberof thresh.v1
             * @interface ICancelResult
             * @augments thresh.v1.CancelResult.$Properties
             * @deprecated Use thresh.v1.CancelResult.$Properties instead.
             */

            /**
             * Shape of a CancelResult.
             * @typedef {thresh.v1.CancelResult.$Properties} thresh.v1.CancelResult.$Shape
             */

            /**
             * Constructs a new CancelResult.
             * @memberof thresh.v1
             * @classdesc Represents a CancelResult.
             * @constructor
             * @param {thresh.v1.CancelResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CancelResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CancelResult sessions.
             * @member {number} sessions
             * @memberof thresh.v1.CancelResult
             * @instance
             */
            CancelResult.prototype.sessions = 0;

            /**
             * Encodes the specified CancelResult message. Does not implicitly {@link thresh.v1.CancelResult.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.CancelResult
             * @static
             * @param {thresh.v1.CancelResult.$Properties} message CancelResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessions != null && $Object.hasOwnProperty.call(message, "sessions") && message.sessions !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.sessions);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CancelResult message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.CancelResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.CancelResult & thresh.v1.CancelResult.$Shape} CancelResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.CancelResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sessions = value;
                            else
                                delete message.sessions;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CancelResult;
        })();

        v1.AbortKeyResult = (function() {

            /**
             * Properties of an AbortKeyResult.
             * @typedef {Object} thresh.v1.AbortKeyResult.$Properties
             * @property {boolean|null} [dropped] AbortKeyResult dropped
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AbortKeyResult.
             * @memberof thresh.v1
             * @interface IAbortKeyResult
             * @augments thresh.v1.AbortKeyResult.$Properties
             * @deprecated Use thresh.v1.AbortKeyResult.$Properties instead.
             */

            /**
             * Shape of an AbortKeyResult.
             * @typedef {thresh.v1.AbortKeyResult.$Properties} thresh.v1.AbortKeyResult.$Shape
             */

            /**
             * Constructs a new AbortKeyResult.
             * @memberof thresh.v1
             * @classdesc Represents an AbortKeyResult.
             * @constructor
             * @param {thresh.v1.AbortKeyResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AbortKeyResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AbortKeyResult dropped.
             * @member {boolean} dropped
             * @memberof thresh.v1.AbortKeyResult
             * @instance
             */
            AbortKeyResult.prototype.dropped = false;

            /**
             * Encodes the specified AbortKeyResult message. Does not implicitly {@link thresh.v1.AbortKeyResult.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.AbortKeyResult
             * @static
             * @param {thresh.v1.AbortKeyResult.$Properties} message AbortKeyResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AbortKeyResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped") && message.dropped !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.dropped);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AbortKeyResult message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.AbortKeyResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.AbortKeyResult & thresh.v1.AbortKeyResult.$Shape} AbortKeyResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AbortKeyResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.AbortKeyResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.dropped = value;
                            else
                                delete message.dropped;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AbortKeyResult;
        })();

        /**
         * ErrorCode enum.
         * @name thresh.v1.ErrorCode
         * @enum {number}
         * @property {number} ERROR_CODE_UNSPECIFIED=0 ERROR_CODE_UNSPECIFIED value
         * @property {number} ERROR_CODE_BAD_REQUEST=1 ERROR_CODE_BAD_REQUEST value
         * @property {number} ERROR_CODE_UNAUTHORIZED=2 ERROR_CODE_UNAUTHORIZED value
         * @property {number} ERROR_CODE_NOT_A_PARTY=3 ERROR_CODE_NOT_A_PARTY value
         * @property {number} ERROR_CODE_UNKNOWN_PEER=4 ERROR_CODE_UNKNOWN_PEER value
         * @property {number} ERROR_CODE_UNKNOWN_KEY=5 ERROR_CODE_UNKNOWN_KEY value
         * @property {number} ERROR_CODE_KEY_EXISTS=6 ERROR_CODE_KEY_EXISTS value
         * @property {number} ERROR_CODE_DUPLICATE_SESSION=7 ERROR_CODE_DUPLICATE_SESSION value
         * @property {number} ERROR_CODE_ABORTED=8 ERROR_CODE_ABORTED value
         * @property {number} ERROR_CODE_TIMEOUT=9 ERROR_CODE_TIMEOUT value
         * @property {number} ERROR_CODE_BUSY=10 ERROR_CODE_BUSY value
         * @property {number} ERROR_CODE_UNSUPPORTED=11 ERROR_CODE_UNSUPPORTED value
         * @property {number} ERROR_CODE_INTERNAL=12 ERROR_CODE_INTERNAL value
         * @property {number} ERROR_CODE_STALE_REQUEST=13 ERROR_CODE_STALE_REQUEST value
         * @property {number} ERROR_CODE_CANCELLED=14 ERROR_CODE_CANCELLED value
         * @property {number} ERROR_CODE_STALE_EPOCH=15 ERROR_CODE_STALE_EPOCH value
         * @property {number} ERROR_CODE_UNAVAILABLE=16 ERROR_CODE_UNAVAILABLE value
         * @property {number} ERROR_CODE_POLICY_DENIED=20 ERROR_CODE_POLICY_DENIED value
         * @property {number} ERROR_CODE_POLICY_REFUSED=21 ERROR_CODE_POLICY_REFUSED value
         * @property {number} ERROR_CODE_PRESIGN_UNKNOWN=40 ERROR_CODE_PRESIGN_UNKNOWN value
         * @property {number} ERROR_CODE_PRESIGN_USED=41 ERROR_CODE_PRESIGN_USED value
         * @property {number} ERROR_CODE_PRESIGN_MISMATCH=42 ERROR_CODE_PRESIGN_MISMATCH value
         */
        v1.ErrorCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ERROR_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ERROR_CODE_BAD_REQUEST"] = 1;
            values[valuesById[2] = "ERROR_CODE_UNAUTHORIZED"] = 2;
            values[valuesById[3] = "ERROR_CODE_NOT_A_PARTY"] = 3;
            values[valuesById[4] = "ERROR_CODE_UNKNOWN_PEER"] = 4;
            values[valuesById[5] = "ERROR_CODE_UNKNOWN_KEY"] = 5;
            values[valuesById[6] = "ERROR_CODE_KEY_EXISTS"] = 6;
            values[valuesById[7] = "ERROR_CODE_DUPLICATE_SESSION"] = 7;
            values[valuesById[8] = "ERROR_CODE_ABORTED"] = 8;
            values[valuesById[9] = "ERROR_CODE_TIMEOUT"] = 9;
            values[valuesById[10] = "ERROR_CODE_BUSY"] = 10;
            values[valuesById[11] = "ERROR_CODE_UNSUPPORTED"] = 11;
            values[valuesById[12] = "ERROR_CODE_INTERNAL"] = 12;
            values[valuesById[13] = "ERROR_CODE_STALE_REQUEST"] = 13;
            values[valuesById[14] = "ERROR_CODE_CANCELLED"] = 14;
            values[valuesById[15] = "ERROR_CODE_STALE_EPOCH"] = 15;
            values[valuesById[16] = "ERROR_CODE_UNAVAILABLE"] = 16;
            values[valuesById[20] = "ERROR_CODE_POLICY_DENIED"] = 20;
            values[valuesById[21] = "ERROR_CODE_POLICY_REFUSED"] = 21;
            values[valuesById[40] = "ERROR_CODE_PRESIGN_UNKNOWN"] = 40;
            values[valuesById[41] = "ERROR_CODE_PRESIGN_USED"] = 41;
            values[valuesById[42] = "ERROR_CODE_PRESIGN_MISMATCH"] = 42;
            return values;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} thresh.v1.Error.$Properties
             * @property {thresh.v1.ErrorCode|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {Array.<string>|null} [culprits] Error culprits
             * @property {Array.<thresh.v1.Accusation.$Properties>|null} [accusations] Error accusations
             * @property {string|null} [ruleId] Error ruleId
             * @property {number|null} [policyVersion] Error policyVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof thresh.v1
             * @interface IError
             * @augments thresh.v1.Error.$Properties
             * @deprecated Use thresh.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {thresh.v1.Error.$Properties} thresh.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof thresh.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {thresh.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                this.culprits = [];
                this.accusations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {thresh.v1.ErrorCode} code
             * @memberof thresh.v1.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error message.
             * @member {string} message
             * @memberof thresh.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error culprits.
             * @member {Array.<string>} culprits
             * @memberof thresh.v1.Error
             * @instance
             */
            Error.prototype.culprits = $util.emptyArray;

            /**
             * Error accusations.
             * @member {Array.<thresh.v1.Accusation.$Properties>} accusations
             * @memberof thresh.v1.Error
             * @instance
             */
            Error.prototype.accusations = $util.emptyArray;

            /**
             * Error ruleId.
             * @member {string} ruleId
             * @memberof thresh.v1.Error
             * @instance
             */
            Error.prototype.ruleId = "";

            /**
             * Error policyVersion.
             * @member {number} policyVersion
             * @memberof thresh.v1.Error
             * @instance
             */
            Error.prototype.policyVersion = 0;

            /**
             * Encodes the specified Error message. Does not implicitly {@link thresh.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.Error
             * @static
             * @param {thresh.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.culprits != null && message.culprits.length)
                    for (let i = 0; i < message.culprits.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.culprits[i]);
                if (message.accusations != null && message.accusations.length)
                    for (let i = 0; i < message.accusations.length; ++i)
                        $root.thresh.v1.Accusation.encode(message.accusations[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.ruleId != null && $Object.hasOwnProperty.call(message, "ruleId") && message.ruleId !== "")
                    writer.uint32(/* id 20, wireType 2 =*/162).string(message.ruleId);
                if (message.policyVersion != null && $Object.hasOwnProperty.call(message, "policyVersion") && message.policyVersion !== 0)
                    writer.uint32(/* id 21, wireType 0 =*/168).uint32(message.policyVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.Error & thresh.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.culprits && message.culprits.length))
                                message.culprits = [];
                            message.culprits.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.accusations && message.accusations.length))
                                message.accusations = [];
                            message.accusations.push($root.thresh.v1.Accusation.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ruleId = value;
                            else
                                delete message.ruleId;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.policyVersion = value;
                            else
                                delete message.policyVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Error;
        })();

        v1.Accusation = (function() {

            /**
             * Properties of an Accusation.
             * @typedef {Object} thresh.v1.Accusation.$Properties
             * @property {string|null} [accuser] Accusation accuser
             * @property {Array.<string>|null} [accused] Accusation accused
             * @property {string|null} [reason] Accusation reason
             * @property {Uint8Array|null} [signature] Accusation signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Accusation.
             * @memberof thresh.v1
             * @interface IAccusation
             * @augments thresh.v1.Accusation.$Properties
             * @deprecated Use thresh.v1.Accusation.$Properties instead.
             */

            /**
             * Shape of an Accusation.
             * @typedef {thresh.v1.Accusation.$Properties} thresh.v1.Accusation.$Shape
             */

            /**
             * Constructs a new Accusation.
             * @memberof thresh.v1
             * @classdesc Represents an Accusation.
             * @constructor
             * @param {thresh.v1.Accusation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Accusation = function (properties) {
                this.accused = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Accusation accuser.
             * @member {string} accuser
             * @memberof thresh.v1.Accusation
             * @instance
             */
            Accusation.prototype.accuser = "";

            /**
             * Accusation accused.
             * @member {Array.<string>} accused
             * @memberof thresh.v1.Accusation
             * @instance
             */
            Accusation.prototype.accused = $util.emptyArray;

            /**
             * Accusation reason.
             * @member {string} reason
             * @memberof thresh.v1.Accusation
             * @instance
             */
            Accusation.prototype.reason = "";

            /**
             * Accusation signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.Accusation
             * @instance
             */
            Accusation.prototype.signature = $util.newBuffer([]);

            /**
             * Encodes the specified Accusation message. Does not implicitly {@link thresh.v1.Accusation.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.Accusation
             * @static
             * @param {thresh.v1.Accusation.$Properties} message Accusation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Accusation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accuser != null && $Object.hasOwnProperty.call(message, "accuser") && message.accuser !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.accuser);
                if (message.accused != null && message.accused.length)
                    for (let i = 0; i < message.accused.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.accused[i]);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Accusation message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.Accusation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.Accusation & thresh.v1.Accusation.$Shape} Accusation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Accusation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.Accusation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accuser = value;
                            else
                                delete message.accuser;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.accused && message.accused.length))
                                message.accused = [];
                            message.accused.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Accusation;
        })();

        v1.CoordResponse = (function() {

            /**
             * Properties of a CoordResponse.
             * @typedef {Object} thresh.v1.CoordResponse.$Properties
             * @property {thresh.v1.KeygenResult.$Properties|null} [keygen] CoordResponse keygen
             * @property {thresh.v1.SignResult.$Properties|null} [sign] CoordResponse sign
             * @property {thresh.v1.ListKeysResult.$Properties|null} [keys] CoordResponse keys
             * @property {thresh.v1.PublicKeyResult.$Properties|null} [publicKey] CoordResponse publicKey
             * @property {thresh.v1.Error.$Properties|null} [error] CoordResponse error
             * @property {thresh.v1.CommitKeyResult.$Properties|null} [committed] CoordResponse committed
             * @property {thresh.v1.AbortKeyResult.$Properties|null} [keyAborted] CoordResponse keyAborted
             * @property {thresh.v1.CancelResult.$Properties|null} [cancelled] CoordResponse cancelled
             * @property {thresh.v1.LifecycleResult.$Properties|null} [lifecycle] CoordResponse lifecycle
             * @property {thresh.v1.KeyRetiredResult.$Properties|null} [retired] CoordResponse retired
             * @property {thresh.v1.KeyStatusResult.$Properties|null} [keyStatus] CoordResponse keyStatus
             * @property {thresh.v1.PolicyResult.$Properties|null} [policy] CoordResponse policy
             * @property {thresh.v1.PolicyDecisionResult.$Properties|null} [policyDecision] CoordResponse policyDecision
             * @property {thresh.v1.AnnounceResult.$Properties|null} [announced] CoordResponse announced
             * @property {thresh.v1.AuditLogResult.$Properties|null} [auditLog] CoordResponse auditLog
             * @property {thresh.v1.PresignResult.$Properties|null} [presigned] CoordResponse presigned
             * @property {thresh.v1.OnlineShareResult.$Properties|null} [onlineShare] CoordResponse onlineShare
             * @property {"keygen"|"sign"|"keys"|"publicKey"|"error"|"committed"|"keyAborted"|"cancelled"|"lifecycle"|"retired"|"keyStatus"|"policy"|"policyDecision"|"announced"|"auditLog"|"presigned"|"onlineShare"} [body] CoordResponse body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CoordResponse.
             * @memberof thresh.v1
             * @interface ICoordResponse
             * @augments thresh.v1.CoordResponse.$Properties
             * @deprecated Use thresh.v1.CoordResponse.$Properties instead.
             */

            /**
             * Narrowed shape of a CoordResponse.
             * @typedef {{
             *   keygen?: thresh.v1.KeygenResult.$Shape|null;
             *   sign?: thresh.v1.SignResult.$Shape|null;
             *   keys?: thresh.v1.ListKeysResult.$Shape|null;
             *   publicKey?: thresh.v1.PublicKeyResult.$Shape|null;
             *   error?: thresh.v1.Error.$Shape|null;
             *   committed?: thresh.v1.CommitKeyResult.$Shape|null;
             *   keyAborted?: thresh.v1.AbortKeyResult.$Shape|null;
             *   cancelled?: thresh.v1.CancelResult.$Shape|null;
             *   lifecycle?: thresh.v1.LifecycleResult.$Shape|null;
             *   retired?: thresh.v1.KeyRetiredResult.$Shape|null;
             *   keyStatus?: thresh.v1.KeyStatusResult.$Shape|null;
             *   policy?: thresh.v1.PolicyResult.$Shape|null;
             *   policyDecision?: thresh.v1.PolicyDecisionResult.$Shape|null;
             *   announced?: thresh.v1.AnnounceResult.$Shape|null;
             *   auditLog?: thresh.v1.AuditLogResult.$Shape|null;
             *   presigned?: thresh.v1.PresignResult.$Shape|null;
             *   onlineShare?: thresh.v1.OnlineShareResult.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "keygen"; keygen: thresh.v1.KeygenResult.$Shape; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "sign"; keygen?: null; sign: thresh.v1.SignResult.$Shape; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "keys"; keygen?: null; sign?: null; keys: thresh.v1.ListKeysResult.$Shape; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "publicKey"; keygen?: null; sign?: null; keys?: null; publicKey: thresh.v1.PublicKeyResult.$Shape; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "error"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error: thresh.v1.Error.$Shape; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "committed"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed: thresh.v1.CommitKeyResult.$Shape; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "keyAborted"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted: thresh.v1.AbortKeyResult.$Shape; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "cancelled"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled: thresh.v1.CancelResult.$Shape; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "lifecycle"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle: thresh.v1.LifecycleResult.$Shape; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "retired"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired: thresh.v1.KeyRetiredResult.$Shape; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "keyStatus"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus: thresh.v1.KeyStatusResult.$Shape; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "policy"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy: thresh.v1.PolicyResult.$Shape; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "policyDecision"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision: thresh.v1.PolicyDecisionResult.$Shape; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "announced"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced: thresh.v1.AnnounceResult.$Shape; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "auditLog"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog: thresh.v1.AuditLogResult.$Shape; presigned?: null; onlineShare?: null }|{ body?: "presigned"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned: thresh.v1.PresignResult.$Shape; onlineShare?: null }|{ body?: "onlineShare"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare: thresh.v1.OnlineShareResult.$Shape })
             * )} thresh.v1.CoordResponse.$Shape
             */

            /**
             * Constructs a new CoordResponse.
             * @memberof thresh.v1
             * @classdesc Represents a CoordResponse.
             * @constructor
             * @param {thresh.v1.CoordResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CoordResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CoordResponse keygen.
             * @member {thresh.v1.KeygenResult.$Properties|null|undefined} keygen
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            CoordResponse.prototype.keygen = null;

            /**
             * CoordResponse sign.
             * @member {thresh.v1.SignResult.$Properties|null|undefined} sign
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            CoordResponse.prototype.sign = null;

            /**
             * CoordResponse keys.
             * @member {thresh.v1.ListKeysResult.$Properties|null|undefined} keys
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            CoordResponse.prototype.keys = null;

            /**
             * CoordResponse publicKey.
             * @member {thresh.v1.PublicKeyResult.$Properties|null|undefined} publicKey
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            CoordResponse.prototype.publicKey = null;

            /**
             * CoordResponse error.
             * @member {thresh.v1.Error.$Properties|null|undefined} error
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            CoordResponse.prototype.error = null;

            /**
             * CoordResponse committed.
             * @member {thresh.v1.CommitKeyResult.$Properties|null|undefined} committed
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            CoordResponse.prototype.committed = null;

            /**
             * CoordResponse keyAborted.
             * @member {thresh.v1.AbortKeyResult.$Properties|null|undefined} keyAborted
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            CoordResponse.prototype.keyAborted = null;

            /**
             * CoordResponse cancelled.
             * @member {thresh.v1.CancelResult.$Properties|null|undefined} cancelled
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            CoordResponse.prototype.cancelled = null;

            /**
             * CoordResponse lifecycle.
             * @member {thresh.v1.LifecycleResult.$Properties|null|undefined} lifecycle
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            CoordResponse.prototype.lifecycle = null;

            /**
             * CoordResponse retired.
             * @member {thresh.v1.KeyRetiredResult.$Properties|null|undefined} retired
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            CoordResponse.prototype.retired = null;

            /**
             * CoordResponse keyStatus.
             * @member {thresh.v1.KeyStatusResult.$Properties|null|undefined} keyStatus
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            CoordResponse.prototype.keyStatus = null;

            /**
             * CoordResponse policy.
             * @member {thresh.v1.PolicyResult.$Properties|null|undefined} policy
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            CoordResponse.prototype.policy = null;

            /**
             * CoordResponse policyDecision.
             * @member {thresh.v1.PolicyDecisionResult.$Properties|null|undefined} policyDecision
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            CoordResponse.prototype.policyDecision = null;

            /**
             * CoordResponse announced.
             * @member {thresh.v1.AnnounceResult.$Properties|null|undefined} announced
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            CoordResponse.prototype.announced = null;

            /**
             * CoordResponse auditLog.
             * @member {thresh.v1.AuditLogResult.$Properties|null|undefined} auditLog
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            CoordResponse.prototype.auditLog = null;

            /**
             * CoordResponse presigned.
             * @member {thresh.v1.PresignResult.$Properties|null|undefined} presigned
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            CoordResponse.prototype.presigned = null;

            /**
             * CoordResponse onlineShare.
             * @member {thresh.v1.OnlineShareResult.$Properties|null|undefined} onlineShare
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            CoordResponse.prototype.onlineShare = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * CoordResponse body.
             * @member {"keygen"|"sign"|"keys"|"publicKey"|"error"|"committed"|"keyAborted"|"cancelled"|"lifecycle"|"retired"|"keyStatus"|"policy"|"policyDecision"|"announced"|"auditLog"|"presigned"|"onlineShare"|undefined} body
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            $Object.defineProperty(CoordResponse.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["keygen", "sign", "keys", "publicKey", "error", "committed", "keyAborted", "cancelled", "lifecycle", "retired", "keyStatus", "policy", "policyDecision", "announced", "auditLog", "presigned", "onlineShare"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified CoordResponse message. Does not implicitly {@link thresh.v1.CoordResponse.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.CoordResponse
             * @static
             * @param {thresh.v1.CoordResponse.$Properties} message CoordResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CoordResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keygen != null && $Object.hasOwnProperty.call(message, "keygen"))
                    $root.thresh.v1.KeygenResult.encode(message.keygen, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.sign != null && $Object.hasOwnProperty.call(message, "sign"))
                    $root.thresh.v1.SignResult.encode(message.sign, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.keys != null && $Object.hasOwnProperty.call(message, "keys"))
                    $root.thresh.v1.ListKeysResult.encode(message.keys, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey"))
                    $root.thresh.v1.PublicKeyResult.encode(message.publicKey, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.thresh.v1.Error.encode(message.error, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.committed != null && $Object.hasOwnProperty.call(message, "committed"))
                    $root.thresh.v1.CommitKeyResult.encode(message.committed, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.keyAborted != null && $Object.hasOwnProperty.call(message, "keyAborted"))
                    $root.thresh.v1.AbortKeyResult.encode(message.keyAborted, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.cancelled != null && $Object.hasOwnProperty.call(message, "cancelled"))
                    $root.thresh.v1.CancelResult.encode(message.cancelled, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.lifecycle != null && $Object.hasOwnProperty.call(message, "lifecycle"))
                    $root.thresh.v1.LifecycleResult.encode(message.lifecycle, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.retired != null && $Object.hasOwnProperty.call(message, "retired"))
                    $root.thresh.v1.KeyRetiredResult.encode(message.retired, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.keyStatus != null && $Object.hasOwnProperty.call(message, "keyStatus"))
                    $root.thresh.v1.KeyStatusResult.encode(message.keyStatus, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy"))
                    $root.thresh.v1.PolicyResult.encode(message.policy, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.policyDecision != null && $Object.hasOwnProperty.call(message, "policyDecision"))
                    $root.thresh.v1.PolicyDecisionResult.encode(message.policyDecision, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.announced != null && $Object.hasOwnProperty.call(message, "announced"))
                    $root.thresh.v1.AnnounceResult.encode(message.announced, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.auditLog != null && $Object.hasOwnProperty.call(message, "auditLog"))
                    $root.thresh.v1.AuditLogResult.encode(message.auditLog, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.presigned != null && $Object.hasOwnProperty.call(message, "presigned"))
                    $root.thresh.v1.PresignResult.encode(message.presigned, writer.uint32(/* id 60, wireType 2 =*/482).fork(), _depth + 1).ldelim();
                if (message.onlineShare != null && $Object.hasOwnProperty.call(message, "onlineShare"))
                    $root.thresh.v1.OnlineShareResult.encode(message.onlineShare, writer.uint32(/* id 61, wireType 2 =*/490).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CoordResponse message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.CoordResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.CoordResponse & thresh.v1.CoordResponse.$Shape} CoordResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CoordResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.CoordResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.keygen = $root.thresh.v1.KeygenResult.decode(reader, reader.size(), $undefined, _depth + 1, message.keygen);
                            message.body = "keygen";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.sign = $root.thresh.v1.SignResult.decode(reader, reader.size(), $undefined, _depth + 1, message.sign);
                            message.body = "sign";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.keys = $root.thresh.v1.ListKeysResult.decode(reader, reader.size(), $undefined, _depth + 1, message.keys);
                            message.body = "keys";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.publicKey = $root.thresh.v1.PublicKeyResult.decode(reader, reader.size(), $undefined, _depth + 1, message.publicKey);
                            message.body = "publicKey";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.thresh.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.committed = $root.thresh.v1.CommitKeyResult.decode(reader, reader.size(), $undefined, _depth + 1, message.committed);
                            message.body = "committed";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.keyAborted = $root.thresh.v1.AbortKeyResult.decode(reader, reader.size(), $undefined, _depth + 1, message.keyAborted);
                            message.body = "keyAborted";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.cancelled = $root.thresh.v1.CancelResult.decode(reader, reader.size(), $undefined, _depth + 1, message.cancelled);
                            message.body = "cancelled";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.lifecycle = $root.thresh.v1.LifecycleResult.decode(reader, reader.size(), $undefined, _depth + 1, message.lifecycle);
                            message.body = "lifecycle";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.retired = $root.thresh.v1.KeyRetiredResult.decode(reader, reader.size(), $undefined, _depth + 1, message.retired);
                            message.body = "retired";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.keyStatus = $root.thresh.v1.KeyStatusResult.decode(reader, reader.size(), $undefined, _depth + 1, message.keyStatus);
                            message.body = "keyStatus";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.policy = $root.thresh.v1.PolicyResult.decode(reader, reader.size(), $undefined, _depth + 1, message.policy);
                            message.body = "policy";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.policyDecision = $root.thresh.v1.PolicyDecisionResult.decode(reader, reader.size(), $undefined, _depth + 1, message.policyDecision);
                            message.body = "policyDecision";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.announced = $root.thresh.v1.AnnounceResult.decode(reader, reader.size(), $undefined, _depth + 1, message.announced);
                            message.body = "announced";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.auditLog = $root.thresh.v1.AuditLogResult.decode(reader, reader.size(), $undefined, _depth + 1, message.auditLog);
                            message.body = "auditLog";
                            continue;
                        }
                    case 60: {
                            if (wireType !== 2)
                                break;
                            message.presigned = $root.thresh.v1.PresignResult.decode(reader, reader.size(), $undefined, _depth + 1, message.presigned);
                            message.body = "presigned";
                            continue;
                        }
                    case 61: {
                            if (wireType !== 2)
                                break;
                            message.onlineShare = $root.thresh.v1.OnlineShareResult.decode(reader, reader.size(), $undefined, _depth + 1, message.onlineShare);
                            message.body = "onlineShare";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CoordResponse;
        })();

        v1.ResharePayload = (function() {

            /**
             * Properties of a ResharePayload.
             * @typedef {Object} thresh.v1.ResharePayload.$Properties
             * @property {thresh.v1.ReshareCommit.$Properties|null} [commit] ResharePayload commit
             * @property {thresh.v1.ReshareShare.$Properties|null} [share] ResharePayload share
             * @property {thresh.v1.ReshareConfirm.$Properties|null} [confirm] ResharePayload confirm
             * @property {thresh.v1.ReshareComplaint.$Properties|null} [complaint] ResharePayload complaint
             * @property {"commit"|"share"|"confirm"|"complaint"} [body] ResharePayload body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResharePayload.
             * @memberof thresh.v1
             * @interface IResharePayload
             * @augments thresh.v1.ResharePayload.$Properties
             * @deprecated Use thresh.v1.ResharePayload.$Properties instead.
             */

            /**
             * Narrowed shape of a ResharePayload.
             * @typedef {{
             *   commit?: thresh.v1.ReshareCommit.$Shape|null;
             *   share?: thresh.v1.ReshareShare.$Shape|null;
             *   confirm?: thresh.v1.ReshareConfirm.$Shape|null;
             *   complaint?: thresh.v1.ReshareComplaint.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; commit?: null; share?: null; confirm?: null; complaint?: null }|{ body?: "commit"; commit: thresh.v1.ReshareCommit.$Shape; share?: null; confirm?: null; complaint?: null }|{ body?: "share"; commit?: null; share: thresh.v1.ReshareShare.$Shape; confirm?: null; complaint?: null }|{ body?: "confirm"; commit?: null; share?: null; confirm: thresh.v1.ReshareConfirm.$Shape; complaint?: null }|{ body?: "complaint"; commit?: null; share?: null; confirm?: null; complaint: thresh.v1.ReshareComplaint.$Shape })
             * )} thresh.v1.ResharePayload.$Shape
             */

            /**
             * Constructs a new ResharePayload.
             * @memberof thresh.v1
             * @classdesc Represents a ResharePayload.
             * @constructor
             * @param {thresh.v1.ResharePayload.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResharePayload = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResharePayload commit.
             * @member {thresh.v1.ReshareCommit.$Properties|null|undefined} commit
             * @memberof thresh.v1.ResharePayload
             * @instance
             */
            ResharePayload.prototype.commit = null;

            /**
             * ResharePayload share.
             * @member {thresh.v1.ReshareShare.$Properties|null|undefined} share
             * @memberof thresh.v1.ResharePayload
             * @instance
             */
            ResharePayload.prototype.share = null;

            /**
             * ResharePayload confirm.
             * @member {thresh.v1.ReshareConfirm.$Properties|null|undefined} confirm
             * @memberof thresh.v1.ResharePayload
             * @instance
             */
            ResharePayload.prototype.confirm = null;

            /**
             * ResharePayload complaint.
             * @member {thresh.v1.ReshareComplaint.$Properties|null|undefined} complaint
             * @memberof thresh.v1.ResharePayload
             * @instance
             */
            ResharePayload.prototype.complaint = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ResharePayload body.
             * @member {"commit"|"share"|"confirm"|"complaint"|undefined} body
             * @memberof thresh.v1.ResharePayload
             * @instance
             */
            $Object.defineProperty(ResharePayload.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["commit", "share", "confirm", "complaint"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified ResharePayload message. Does not implicitly {@link thresh.v1.ResharePayload.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.ResharePayload
             * @static
             * @param {thresh.v1.ResharePayload.$Properties} message ResharePayload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResharePayload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    $root.thresh.v1.ReshareCommit.encode(message.commit, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.share != null && $Object.hasOwnProperty.call(message, "share"))
                    $root.thresh.v1.ReshareShare.encode(message.share, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.confirm != null && $Object.hasOwnProperty.call(message, "confirm"))
                    $root.thresh.v1.ReshareConfirm.encode(message.confirm, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.complaint != null && $Object.hasOwnProperty.call(message, "complaint"))
                    $root.thresh.v1.ReshareComplaint.encode(message.complaint, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResharePayload message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.ResharePayload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.ResharePayload & thresh.v1.ResharePayload.$Shape} ResharePayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResharePayload.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.ResharePayload();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.commit = $root.thresh.v1.ReshareCommit.decode(reader, reader.size(), $undefined, _depth + 1, message.commit);
                            message.body = "commit";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.share = $root.thresh.v1.ReshareShare.decode(reader, reader.size(), $undefined, _depth + 1, message.share);
                            message.body = "share";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.confirm = $root.thresh.v1.ReshareConfirm.decode(reader, reader.size(), $undefined, _depth + 1, message.confirm);
                            message.body = "confirm";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.complaint = $root.thresh.v1.ReshareComplaint.decode(reader, reader.size(), $undefined, _depth + 1, message.complaint);
                            message.body = "complaint";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ResharePayload;
        })();

        v1.ReshareCommit = (function() {

            /**
             * Properties of a ReshareCommit.
             * @typedef {Object} thresh.v1.ReshareCommit.$Properties
             * @property {Array.<Uint8Array>|null} [commitment] ReshareCommit commitment
             * @property {Uint8Array|null} [signature] ReshareCommit signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReshareCommit.
             * @memberof thresh.v1
             * @interface IReshareCommit
             * @augments thresh.v1.ReshareCommit.$Properties
             * @deprecated Use thresh.v1.ReshareCommit.$Properties instead.
             */

            /**
             * Shape of a ReshareCommit.
             * @typedef {thresh.v1.ReshareCommit.$Properties} thresh.v1.ReshareCommit.$Shape
             */

            /**
             * Constructs a new ReshareCommit.
             * @memberof thresh.v1
             * @classdesc Represents a ReshareCommit.
             * @constructor
             * @param {thresh.v1.ReshareCommit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReshareCommit = function (properties) {
                this.commitment = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReshareCommit commitment.
             * @member {Array.<Uint8Array>} commitment
             * @memberof thresh.v1.ReshareCommit
             * @instance
             */
            ReshareCommit.prototype.commitment = $util.emptyArray;

            /**
             * ReshareCommit signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.ReshareCommit
             * @instance
             */
            ReshareCommit.prototype.signature = $util.newBuffer([]);

            /**
             * Encodes the specified ReshareCommit message. Does not implicitly {@link thresh.v1.ReshareCommit.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.ReshareCommit
             * @static
             * @param {thresh.v1.ReshareCommit.$Properties} message ReshareCommit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReshareCommit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commitment != null && message.commitment.length)
                    for (let i = 0; i < message.commitment.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.commitment[i]);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReshareCommit message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.ReshareCommit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.ReshareCommit & thresh.v1.ReshareCommit.$Shape} ReshareCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReshareCommit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.ReshareCommit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.commitment && message.commitment.length))
                                message.commitment = [];
                            message.commitment.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ReshareCommit;
        })();

        v1.ReshareShare = (function() {

            /**
             * Properties of a ReshareShare.
             * @typedef {Object} thresh.v1.ReshareShare.$Properties
             * @property {Uint8Array|null} [share] ReshareShare share
             * @property {Uint8Array|null} [signature] ReshareShare signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReshareShare.
             * @memberof thresh.v1
             * @interface IReshareShare
             * @augments thresh.v1.ReshareShare.$Properties
             * @deprecated Use thresh.v1.ReshareShare.$Properties instead.
             */

            /**
             * Shape of a ReshareShare.
             * @typedef {thresh.v1.ReshareShare.$Properties} thresh.v1.ReshareShare.$Shape
             */

            /**
             * Constructs a new ReshareShare.
             * @memberof thresh.v1
             * @classdesc Represents a ReshareShare.
             * @constructor
             * @param {thresh.v1.ReshareShare.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReshareShare = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReshareShare share.
             * @member {Uint8Array} share
             * @memberof thresh.v1.ReshareShare
             * @instance
             */
            ReshareShare.prototype.share = $util.newBuffer([]);

            /**
             * ReshareShare signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.ReshareShare
             * @instance
             */
            ReshareShare.prototype.signature = $util.newBuffer([]);

            /**
             * Encodes the specified ReshareShare message. Does not implicitly {@link thresh.v1.ReshareShare.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.ReshareShare
             * @static
             * @param {thresh.v1.ReshareShare.$Properties} message ReshareShare message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReshareShare.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.share != null && $Object.hasOwnProperty.call(message, "share") && message.share.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.share);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReshareShare message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.ReshareShare
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.ReshareShare & thresh.v1.ReshareShare.$Shape} ReshareShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReshareShare.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.ReshareShare();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.share = value;
                            else
                                delete message.share;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ReshareShare;
        })();

        v1.ReshareConfirm = (function() {

            /**
             * Properties of a ReshareConfirm.
             * @typedef {Object} thresh.v1.ReshareConfirm.$Properties
             * @property {Array.<Uint8Array>|null} [round1Digests] ReshareConfirm round1Digests
             * @property {Array.<Uint8Array>|null} [round1Signatures] ReshareConfirm round1Signatures
             * @property {Uint8Array|null} [signature] ReshareConfirm signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReshareConfirm.
             * @memberof thresh.v1
             * @interface IReshareConfirm
             * @augments thresh.v1.ReshareConfirm.$Properties
             * @deprecated Use thresh.v1.ReshareConfirm.$Properties instead.
             */

            /**
             * Shape of a ReshareConfirm.
             * @typedef {thresh.v1.ReshareConfirm.$Properties} thresh.v1.ReshareConfirm.$Shape
             */

            /**
             * Constructs a new ReshareConfirm.
             * @memberof thresh.v1
             * @classdesc Represents a ReshareConfirm.
             * @constructor
             * @param {thresh.v1.ReshareConfirm.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReshareConfirm = function (properties) {
                this.round1Digests = [];
                this.round1Signatures = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReshareConfirm round1Digests.
             * @member {Array.<Uint8Array>} round1Digests
             * @memberof thresh.v1.ReshareConfirm
             * @instance
             */
            ReshareConfirm.prototype.round1Digests = $util.emptyArray;

            /**
             * ReshareConfirm round1Signatures.
             * @member {Array.<Uint8Array>} round1Signatures
             * @memberof thresh.v1.ReshareConfirm
             * @instance
             */
            ReshareConfirm.prototype.round1Signatures = $util.emptyArray;

            /**
             * ReshareConfirm signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.ReshareConfirm
             * @instance
             */
            ReshareConfirm.prototype.signature = $util.newBuffer([]);

            /**
             * Encodes the specified ReshareConfirm message. Does not implicitly {@link thresh.v1.ReshareConfirm.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.ReshareConfirm
             * @static
             * @param {thresh.v1.ReshareConfirm.$Properties} message ReshareConfirm message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReshareConfirm.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.round1Digests != null && message.round1Digests.length)
                    for (let i = 0; i < message.round1Digests.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.round1Digests[i]);
                if (message.round1Signatures != null && message.round1Signatures.length)
                    for (let i = 0; i < message.round1Signatures.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.round1Signatures[i]);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReshareConfirm message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.ReshareConfirm
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.ReshareConfirm & thresh.v1.ReshareConfirm.$Shape} ReshareConfirm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReshareConfirm.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.ReshareConfirm();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.round1Digests && message.round1Digests.length))
                                message.round1Digests = [];
                            message.round1Digests.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.round1Signatures && message.round1Signatures.length))
                                message.round1Signatures = [];
                            message.round1Signatures.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ReshareConfirm;
        })();

        v1.ReshareComplaint = (function() {

            /**
             * Properties of a ReshareComplaint.
             * @typedef {Object} thresh.v1.ReshareComplaint.$Properties
             * @property {Array.<Uint8Array>|null} [round1Digests] ReshareComplaint round1Digests
             * @property {Array.<Uint8Array>|null} [round1Signatures] ReshareComplaint round1Signatures
             * @property {Array.<number>|null} [accused] ReshareComplaint accused
             * @property {Array.<Uint8Array>|null} [shares] ReshareComplaint shares
             * @property {Array.<Uint8Array>|null} [shareSignatures] ReshareComplaint shareSignatures
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReshareComplaint.
             * @memberof thresh.v1
             * @interface IReshareComplaint
             * @augments thresh.v1.ReshareComplaint.$Properties
             * @deprecated Use thresh.v1.ReshareComplaint.$Properties instead.
             */

            /**
             * Shape of a ReshareComplaint.
             * @typedef {thresh.v1.ReshareComplaint.$Properties} thresh.v1.ReshareComplaint.$Shape
             */

            /**
             * Constructs a new ReshareComplaint.
             * @memberof thresh.v1
             * @classdesc Represents a ReshareComplaint.
             * @constructor
             * @param {thresh.v1.ReshareComplaint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReshareComplaint = function (properties) {
                this.round1Digests = [];
                this.round1Signatures = [];
                this.accused = [];
                this.shares = [];
                this.shareSignatures = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReshareComplaint round1Digests.
             * @member {Array.<Uint8Array>} round1Digests
             * @memberof thresh.v1.ReshareComplaint
             * @instance
             */
            ReshareComplaint.prototype.round1Digests = $util.emptyArray;

            /**
             * ReshareComplaint round1Signatures.
             * @member {Array.<Uint8Array>} round1Signatures
             * @memberof thresh.v1.ReshareComplaint
             * @instance
             */
            ReshareComplaint.prototype.round1Signatures = $util.emptyArray;

            /**
             * ReshareComplaint accused.
             * @member {Array.<number>} accused
             * @memberof thresh.v1.ReshareComplaint
             * @instance
             */
            ReshareComplaint.prototype.accused = $util.emptyArray;

            /**
             * ReshareComplaint shares.
             * @member {Array.<Uint8Array>} shares
             * @memberof thresh.v1.ReshareComplaint
             * @instance
             */
            ReshareComplaint.prototype.shares = $util.emptyArray;

            /**
             * ReshareComplaint shareSignatures.
             * @member {Array.<Uint8Array>} shareSignatures
             * @memberof thresh.v1.ReshareComplaint
             * @instance
             */
            ReshareComplaint.prototype.shareSignatures = $util.emptyArray;

            /**
             * Encodes the specified ReshareComplaint message. Does not implicitly {@link thresh.v1.ReshareComplaint.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.ReshareComplaint
             * @static
             * @param {thresh.v1.ReshareComplaint.$Properties} message ReshareComplaint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReshareComplaint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.round1Digests != null && message.round1Digests.length)
                    for (let i = 0; i < message.round1Digests.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.round1Digests[i]);
                if (message.round1Signatures != null && message.round1Signatures.length)
                    for (let i = 0; i < message.round1Signatures.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.round1Signatures[i]);
                if (message.accused != null && message.accused.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.accused);
                if (message.shares != null && message.shares.length)
                    for (let i = 0; i < message.shares.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.shares[i]);
                if (message.shareSignatures != null && message.shareSignatures.length)
                    for (let i = 0; i < message.shareSignatures.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.shareSignatures[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReshareComplaint message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.ReshareComplaint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.ReshareComplaint & thresh.v1.ReshareComplaint.$Shape} ReshareComplaint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReshareComplaint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.ReshareComplaint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.round1Digests && message.round1Digests.length))
                                message.round1Digests = [];
                            message.round1Digests.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.round1Signatures && message.round1Signatures.length))
                                message.round1Signatures = [];
                            message.round1Signatures.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.accused && message.accused.length))
                                    message.accused = [];
                                reader.uint32s(message.accused);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.accused && message.accused.length))
                                message.accused = [];
                            message.accused.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.shares && message.shares.length))
                                message.shares = [];
                            message.shares.push(reader.bytes());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.shareSignatures && message.shareSignatures.length))
                                message.shareSignatures = [];
                            message.shareSignatures.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ReshareComplaint;
        })();

        v1.RepairPayload = (function() {

            /**
             * Properties of a RepairPayload.
             * @typedef {Object} thresh.v1.RepairPayload.$Properties
             * @property {thresh.v1.RepairCommit.$Properties|null} [commit] RepairPayload commit
             * @property {thresh.v1.RepairPiece.$Properties|null} [piece] RepairPayload piece
             * @property {thresh.v1.RepairConfirm.$Properties|null} [confirm] RepairPayload confirm
             * @property {thresh.v1.RepairComplaint.$Properties|null} [complaint] RepairPayload complaint
             * @property {thresh.v1.RepairSum.$Properties|null} [sum] RepairPayload sum
             * @property {thresh.v1.RepairRebuilt.$Properties|null} [rebuilt] RepairPayload rebuilt
             * @property {thresh.v1.RepairSumComplaint.$Properties|null} [sumComplaint] RepairPayload sumComplaint
             * @property {thresh.v1.RepairAck.$Properties|null} [ack] RepairPayload ack
             * @property {"commit"|"piece"|"confirm"|"complaint"|"sum"|"rebuilt"|"sumComplaint"|"ack"} [body] RepairPayload body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RepairPayload.
             * @memberof thresh.v1
             * @interface IRepairPayload
             * @augments thresh.v1.RepairPayload.$Properties
             * @deprecated Use thresh.v1.RepairPayload.$Properties instead.
             */

            /**
             * Narrowed shape of a RepairPayload.
             * @typedef {{
             *   commit?: thresh.v1.RepairCommit.$Shape|null;
             *   piece?: thresh.v1.RepairPiece.$Shape|null;
             *   confirm?: thresh.v1.RepairConfirm.$Shape|null;
             *   complaint?: thresh.v1.RepairComplaint.$Shape|null;
             *   sum?: thresh.v1.RepairSum.$Shape|null;
             *   rebuilt?: thresh.v1.RepairRebuilt.$Shape|null;
             *   sumComplaint?: thresh.v1.RepairSumComplaint.$Shape|null;
             *   ack?: thresh.v1.RepairAck.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; commit?: null; piece?: null; confirm?: null; complaint?: null; sum?: null; rebuilt?: null; sumComplaint?: null; ack?: null }|{ body?: "commit"; commit: thresh.v1.RepairCommit.$Shape; piece?: null; confirm?: null; complaint?: null; sum?: null; rebuilt?: null; sumComplaint?: null; ack?: null }|{ body?: "piece"; commit?: null; piece: thresh.v1.RepairPiece.$Shape; confirm?: null; complaint?: null; sum?: null; rebuilt?: null; sumComplaint?: null; ack?: null }|{ body?: "confirm"; commit?: null; piece?: null; confirm: thresh.v1.RepairConfirm.$Shape; complaint?: null; sum?: null; rebuilt?: null; sumComplaint?: null; ack?: null }|{ body?: "complaint"; commit?: null; piece?: null; confirm?: null; complaint: thresh.v1.RepairComplaint.$Shape; sum?: null; rebuilt?: null; sumComplaint?: null; ack?: null }|{ body?: "sum"; commit?: null; piece?: null; confirm?: null; complaint?: null; sum: thresh.v1.RepairSum.$Shape; rebuilt?: null; sumComplaint?: null; ack?: null }|{ body?: "rebuilt"; commit?: null; piece?: null; confirm?: null; complaint?: null; sum?: null; rebuilt: thresh.v1.RepairRebuilt.$Shape; sumComplaint?: null; ack?: null }|{ body?: "sumComplaint"; commit?: null; piece?: null; confirm?: null; complaint?: null; sum?: null; rebuilt?: null; sumComplaint: thresh.v1.RepairSumComplaint.$Shape; ack?: null }|{ body?: "ack"; commit?: null; piece?: null; confirm?: null; complaint?: null; sum?: null; rebuilt?: null; sumComplaint?: null; ack: thresh.v1.RepairAck.$Shape })
             * )} thresh.v1.RepairPayload.$Shape
             */

            /**
             * Constructs a new RepairPayload.
             * @memberof thresh.v1
             * @classdesc Represents a RepairPayload.
             * @constructor
             * @param {thresh.v1.RepairPayload.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RepairPayload = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RepairPayload commit.
             * @member {thresh.v1.RepairCommit.$Properties|null|undefined} commit
             * @memberof thresh.v1.RepairPayload
             * @instance
             */
            RepairPayload.prototype.commit = null;

            /**
             * RepairPayload piece.
             * @member {thresh.v1.RepairPiece.$Properties|null|undefined} piece
             * @memberof thresh.v1.RepairPayload
             * @instance
             */
            RepairPayload.prototype.piece = null;

            /**
             * RepairPayload confirm.
             * @member {thresh.v1.RepairConfirm.$Properties|null|undefined} confirm
             * @memberof thresh.v1.RepairPayload
             * @instance
             */
            RepairPayload.prototype.confirm = null;

            /**
             * RepairPayload complaint.
             * @member {thresh.v1.RepairComplaint.$Properties|null|undefined} complaint
             * @memberof thresh.v1.RepairPayload
             * @instance
             */
            RepairPayload.prototype.complaint = null;

            /**
             * RepairPayload sum.
             * @member {thresh.v1.RepairSum.$Properties|null|undefined} sum
             * @memberof thresh.v1.RepairPayload
             * @instance
             */
            RepairPayload.prototype.sum = null;

            /**
             * RepairPayload rebuilt.
             * @member {thresh.v1.RepairRebuilt.$Properties|null|undefined} rebuilt
             * @memberof thresh.v1.RepairPayload
             * @instance
             */
            RepairPayload.prototype.rebuilt = null;

            /**
             * RepairPayload sumComplaint.
             * @member {thresh.v1.RepairSumComplaint.$Properties|null|undefined} sumComplaint
             * @memberof thresh.v1.RepairPayload
             * @instance
             */
            RepairPayload.prototype.sumComplaint = null;

            /**
             * RepairPayload ack.
             * @member {thresh.v1.RepairAck.$Properties|null|undefined} ack
             * @memberof thresh.v1.RepairPayload
             * @instance
             */
            RepairPayload.prototype.ack = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * RepairPayload body.
             * @member {"commit"|"piece"|"confirm"|"complaint"|"sum"|"rebuilt"|"sumComplaint"|"ack"|undefined} body
             * @memberof thresh.v1.RepairPayload
             * @instance
             */
            $Object.defineProperty(RepairPayload.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["commit", "piece", "confirm", "complaint", "sum", "rebuilt", "sumComplaint", "ack"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified RepairPayload message. Does not implicitly {@link thresh.v1.RepairPayload.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.RepairPayload
             * @static
             * @param {thresh.v1.RepairPayload.$Properties} message RepairPayload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RepairPayload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    $root.thresh.v1.RepairCommit.encode(message.commit, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.piece != null && $Object.hasOwnProperty.call(message, "piece"))
                    $root.thresh.v1.RepairPiece.encode(message.piece, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.confirm != null && $Object.hasOwnProperty.call(message, "confirm"))
                    $root.thresh.v1.RepairConfirm.encode(message.confirm, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.complaint != null && $Object.hasOwnProperty.call(message, "complaint"))
                    $root.thresh.v1.RepairComplaint.encode(message.complaint, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                    $root.thresh.v1.RepairSum.encode(message.sum, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.rebuilt != null && $Object.hasOwnProperty.call(message, "rebuilt"))
                    $root.thresh.v1.RepairRebuilt.encode(message.rebuilt, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.sumComplaint != null && $Object.hasOwnProperty.call(message, "sumComplaint"))
                    $root.thresh.v1.RepairSumComplaint.encode(message.sumComplaint, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.thresh.v1.RepairAck.encode(message.ack, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RepairPayload message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.RepairPayload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.RepairPayload & thresh.v1.RepairPayload.$Shape} RepairPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RepairPayload.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.RepairPayload();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.commit = $root.thresh.v1.RepairCommit.decode(reader, reader.size(), $undefined, _depth + 1, message.commit);
                            message.body = "commit";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.piece = $root.thresh.v1.RepairPiece.decode(reader, reader.size(), $undefined, _depth + 1, message.piece);
                            message.body = "piece";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.confirm = $root.thresh.v1.RepairConfirm.decode(reader, reader.size(), $undefined, _depth + 1, message.confirm);
                            message.body = "confirm";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.complaint = $root.thresh.v1.RepairComplaint.decode(reader, reader.size(), $undefined, _depth + 1, message.complaint);
                            message.body = "complaint";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.sum = $root.thresh.v1.RepairSum.decode(reader, reader.size(), $undefined, _depth + 1, message.sum);
                            message.body = "sum";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.rebuilt = $root.thresh.v1.RepairRebuilt.decode(reader, reader.size(), $undefined, _depth + 1, message.rebuilt);
                            message.body = "rebuilt";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.sumComplaint = $root.thresh.v1.RepairSumComplaint.decode(reader, reader.size(), $undefined, _depth + 1, message.sumComplaint);
                            message.body = "sumComplaint";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.thresh.v1.RepairAck.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.body = "ack";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RepairPayload;
        })();

        v1.RepairCommit = (function() {

            /**
             * Properties of a RepairCommit.
             * @typedef {Object} thresh.v1.RepairCommit.$Properties
             * @property {Array.<Uint8Array>|null} [pieceCommitments] RepairCommit pieceCommitments
             * @property {Uint8Array|null} [signature] RepairCommit signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RepairCommit.
             * @memberof thresh.v1
             * @interface IRepairCommit
             * @augments thresh.v1.RepairCommit.$Properties
             * @deprecated Use thresh.v1.RepairCommit.$Properties instead.
             */

            /**
             * Shape of a RepairCommit.
             * @typedef {thresh.v1.RepairCommit.$Properties} thresh.v1.RepairCommit.$Shape
             */

            /**
             * Constructs a new RepairCommit.
             * @memberof thresh.v1
             * @classdesc Represents a RepairCommit.
             * @constructor
             * @param {thresh.v1.RepairCommit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RepairCommit = function (properties) {
                this.pieceCommitments = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RepairCommit pieceCommitments.
             * @member {Array.<Uint8Array>} pieceCommitments
             * @memberof thresh.v1.RepairCommit
             * @instance
             */
            RepairCommit.prototype.pieceCommitments = $util.emptyArray;

            /**
             * RepairCommit signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.RepairCommit
             * @instance
             */
            RepairCommit.prototype.signature = $util.newBuffer([]);

            /**
             * Encodes the specified RepairCommit message. Does not implicitly {@link thresh.v1.RepairCommit.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.RepairCommit
             * @static
             * @param {thresh.v1.RepairCommit.$Properties} message RepairCommit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RepairCommit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pieceCommitments != null && message.pieceCommitments.length)
                    for (let i = 0; i < message.pieceCommitments.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.pieceCommitments[i]);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RepairCommit message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.RepairCommit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.RepairCommit & thresh.v1.RepairCommit.$Shape} RepairCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RepairCommit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.RepairCommit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.pieceCommitments && message.pieceCommitments.length))
                                message.pieceCommitments = [];
                            message.pieceCommitments.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RepairCommit;
        })();

        v1.RepairPiece = (function() {

            /**
             * Properties of a RepairPiece.
             * @typedef {Object} thresh.v1.RepairPiece.$Properties
             * @property {Uint8Array|null} [piece] RepairPiece piece
             * @property {Uint8Array|null} [signature] RepairPiece signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RepairPiece.
             * @memberof thresh.v1
             * @interface IRepairPiece
             * @augments thresh.v1.RepairPiece.$Properties
             * @deprecated Use thresh.v1.RepairPiece.$Properties instead.
             */

            /**
             * Shape of a RepairPiece.
             * @typedef {thresh.v1.RepairPiece.$Properties} thresh.v1.RepairPiece.$Shape
             */

            /**
             * Constructs a new RepairPiece.
             * @memberof thresh.v1
             * @classdesc Represents a RepairPiece.
             * @constructor
             * @param {thresh.v1.RepairPiece.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RepairPiece = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RepairPiece piece.
             * @member {Uint8Array} piece
             * @memberof thresh.v1.RepairPiece
             * @instance
             */
            RepairPiece.prototype.piece = $util.newBuffer([]);

            /**
             * RepairPiece signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.RepairPiece
             * @instance
             */
            RepairPiece.prototype.signature = $util.newBuffer([]);

            /**
             * Encodes the specified RepairPiece message. Does not implicitly {@link thresh.v1.RepairPiece.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.RepairPiece
             * @static
             * @param {thresh.v1.RepairPiece.$Properties} message RepairPiece message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RepairPiece.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.piece != null && $Object.hasOwnProperty.call(message, "piece") && message.piece.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.piece);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RepairPiece message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.RepairPiece
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.RepairPiece & thresh.v1.RepairPiece.$Shape} RepairPiece
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RepairPiece.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.RepairPiece();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.piece = value;
                            else
                                delete message.piece;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RepairPiece;
        })();

        v1.RepairConfirm = (function() {

            /**
             * Properties of a RepairConfirm.
             * @typedef {Object} thresh.v1.RepairConfirm.$Properties
             * @property {Array.<Uint8Array>|null} [round1Digests] RepairConfirm round1Digests
             * @property {Array.<Uint8Array>|null} [round1Signatures] RepairConfirm round1Signatures
             * @property {Uint8Array|null} [signature] RepairConfirm signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RepairConfirm.
             * @memberof thresh.v1
             * @interface IRepairConfirm
             * @augments thresh.v1.RepairConfirm.$Properties
             * @deprecated Use thresh.v1.RepairConfirm.$Properties instead.
             */

            /**
             * Shape of a RepairConfirm.
             * @typedef {thresh.v1.RepairConfirm.$Properties} thresh.v1.RepairConfirm.$Shape
             */

            /**
             * Constructs a new RepairConfirm.
             * @memberof thresh.v1
             * @classdesc Represents a RepairConfirm.
             * @constructor
             * @param {thresh.v1.RepairConfirm.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RepairConfirm = function (properties) {
                this.round1Digests = [];
                this.round1Signatures = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RepairConfirm round1Digests.
             * @member {Array.<Uint8Array>} round1Digests
             * @memberof thresh.v1.RepairConfirm
             * @instance
             */
            RepairConfirm.prototype.round1Digests = $util.emptyArray;

            /**
             * RepairConfirm round1Signatures.
             * @member {Array.<Uint8Array>} round1Signatures
             * @memberof thresh.v1.RepairConfirm
             * @instance
             */
            RepairConfirm.prototype.round1Signatures = $util.emptyArray;

            /**
             * RepairConfirm signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.RepairConfirm
             * @instance
             */
            RepairConfirm.prototype.signature = $util.newBuffer([]);

            /**
             * Encodes the specified RepairConfirm message. Does not implicitly {@link thresh.v1.RepairConfirm.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.RepairConfirm
             * @static
             * @param {thresh.v1.RepairConfirm.$Properties} message RepairConfirm message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RepairConfirm.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.round1Digests != null && message.round1Digests.length)
                    for (let i = 0; i < message.round1Digests.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.round1Digests[i]);
                if (message.round1Signatures != null && message.round1Signatures.length)
                    for (let i = 0; i < message.round1Signatures.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.round1Signatures[i]);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RepairConfirm message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.RepairConfirm
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.RepairConfirm & thresh.v1.RepairConfirm.$Shape} RepairConfirm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RepairConfirm.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.RepairConfirm();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.round1Digests && message.round1Digests.length))
                                message.round1Digests = [];
                            message.round1Digests.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.round1Signatures && message.round1Signatures.length))
                                message.round1Signatures = [];
                            message.round1Signatures.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RepairConfirm;
        })();

        v1.RepairComplaint = (function() {

            /**
             * Properties of a RepairComplaint.
             * @typedef {Object} thresh.v1.RepairComplaint.$Properties
             * @property {Array.<Uint8Array>|null} [round1Digests] RepairComplaint round1Digests
             * @property {Array.<Uint8Array>|null} [round1Signatures] RepairComplaint round1Signatures
             * @property {Array.<number>|null} [accused] RepairComplaint accused
             * @property {Array.<Uint8Array>|null} [pieces] RepairComplaint pieces
             * @property {Array.<Uint8Array>|null} [pieceSignatures] RepairComplaint pieceSignatures
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RepairComplaint.
             * @memberof thresh.v1
             * @interface IRepairComplaint
             * @augments thresh.v1.RepairComplaint.$Properties
             * @deprecated Use thresh.v1.RepairComplaint.$Properties instead.
             */

            /**
             * Shape of a RepairComplaint.
             * @typedef {thresh.v1.RepairComplaint.$Properties} thresh.v1.RepairComplaint.$Shape
             */

            /**
             * Constructs a new RepairComplaint.
             * @memberof thresh.v1
             * @classdesc Represents a RepairComplaint.
             * @constructor
             * @param {thresh.v1.RepairComplaint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RepairComplaint = function (properties) {
                this.round1Digests = [];
                this.round1Signatures = [];
                this.accused = [];
                this.pieces = [];
                this.pieceSignatures = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RepairComplaint round1Digests.
             * @member {Array.<Uint8Array>} round1Digests
             * @memberof thresh.v1.RepairComplaint
             * @instance
             */
            RepairComplaint.prototype.round1Digests = $util.emptyArray;

            /**
             * RepairComplaint round1Signatures.
             * @member {Array.<Uint8Array>} round1Signatures
             * @memberof thresh.v1.RepairComplaint
             * @instance
             */
            RepairComplaint.prototype.round1Signatures = $util.emptyArray;

            /**
             * RepairComplaint accused.
             * @member {Array.<number>} accused
             * @memberof thresh.v1.RepairComplaint
             * @instance
             */
            RepairComplaint.prototype.accused = $util.emptyArray;

            /**
             * RepairComplaint pieces.
             * @member {Array.<Uint8Array>} pieces
             * @memberof thresh.v1.RepairComplaint
             * @instance
             */
            RepairComplaint.prototype.pieces = $util.emptyArray;

            /**
             * RepairComplaint pieceSignatures.
             * @member {Array.<Uint8Array>} pieceSignatures
             * @memberof thresh.v1.RepairComplaint
             * @instance
             */
            RepairComplaint.prototype.pieceSignatures = $util.emptyArray;

            /**
             * Encodes the specified RepairComplaint message. Does not implicitly {@link thresh.v1.RepairComplaint.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.RepairComplaint
             * @static
             * @param {thresh.v1.RepairComplaint.$Properties} message RepairComplaint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RepairComplaint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.round1Digests != null && message.round1Digests.length)
                    for (let i = 0; i < message.round1Digests.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.round1Digests[i]);
                if (message.round1Signatures != null && message.round1Signatures.length)
                    for (let i = 0; i < message.round1Signatures.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.round1Signatures[i]);
                if (message.accused != null && message.accused.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.accused);
                if (message.pieces != null && message.pieces.length)
                    for (let i = 0; i < message.pieces.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.pieces[i]);
                if (message.pieceSignatures != null && message.pieceSignatures.length)
                    for (let i = 0; i < message.pieceSignatures.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.pieceSignatures[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RepairComplaint message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.RepairComplaint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.RepairComplaint & thresh.v1.RepairComplaint.$Shape} RepairComplaint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RepairComplaint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.RepairComplaint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.round1Digests && message.round1Digests.length))
                                message.round1Digests = [];
                            message.round1Digests.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.round1Signatures && message.round1Signatures.length))
                                message.round1Signatures = [];
                            message.round1Signatures.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.accused && message.accused.length))
                                    message.accused = [];
                                reader.uint32s(message.accused);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.accused && message.accused.length))
                                message.accused = [];
                            message.accused.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.pieces && message.pieces.length))
                                message.pieces = [];
                            message.pieces.push(reader.bytes());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.pieceSignatures && message.pieceSignatures.length))
                                message.pieceSignatures = [];
                            message.pieceSignatures.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RepairComplaint;
        })();

        v1.RepairSum = (function() {

            /**
             * Properties of a RepairSum.
             * @typedef {Object} thresh.v1.RepairSum.$Properties
             * @property {Uint8Array|null} [sum] RepairSum sum
             * @property {Uint8Array|null} [signature] RepairSum signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RepairSum.
             * @memberof thresh.v1
             * @interface IRepairSum
             * @augments thresh.v1.RepairSum.$Properties
             * @deprecated Use thresh.v1.RepairSum.$Properties instead.
             */

            /**
             * Shape of a RepairSum.
             * @typedef {thresh.v1.RepairSum.$Properties} thresh.v1.RepairSum.$Shape
             */

            /**
             * Constructs a new RepairSum.
             * @memberof thresh.v1
             * @classdesc Represents a RepairSum.
             * @constructor
             * @param {thresh.v1.RepairSum.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RepairSum = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RepairSum sum.
             * @member {Uint8Array} sum
             * @memberof thresh.v1.RepairSum
             * @instance
             */
            RepairSum.prototype.sum = $util.newBuffer([]);

            /**
             * RepairSum signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.RepairSum
             * @instance
             */
            RepairSum.prototype.signature = $util.newBuffer([]);

            /**
             * Encodes the specified RepairSum message. Does not implicitly {@link thresh.v1.RepairSum.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.RepairSum
             * @static
             * @param {thresh.v1.RepairSum.$Properties} message RepairSum message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RepairSum.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sum != null && $Object.hasOwnProperty.call(message, "sum") && message.sum.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.sum);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RepairSum message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.RepairSum
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.RepairSum & thresh.v1.RepairSum.$Shape} RepairSum
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RepairSum.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.RepairSum();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sum = value;
                            else
                                delete message.sum;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RepairSum;
        })();

        v1.RepairRebuilt = (function() {

            /**
             * Properties of a RepairRebuilt.
             * @typedef {Object} thresh.v1.RepairRebuilt.$Properties
             * @property {Uint8Array|null} [signature] RepairRebuilt signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RepairRebuilt.
             * @memberof thresh.v1
             * @interface IRepairRebuilt
             * @augments thresh.v1.RepairRebuilt.$Properties
             * @deprecated Use thresh.v1.RepairRebuilt.$Properties instead.
             */

            /**
             * Shape of a RepairRebuilt.
             * @typedef {thresh.v1.RepairRebuilt.$Properties} thresh.v1.RepairRebuilt.$Shape
             */

            /**
             * Constructs a new RepairRebuilt.
             * @memberof thresh.v1
             * @classdesc Represents a RepairRebuilt.
             * @constructor
             * @param {thresh.v1.RepairRebuilt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RepairRebuilt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RepairRebuilt signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.RepairRebuilt
             * @instance
             */
            RepairRebuilt.prototype.signature = $util.newBuffer([]);

            /**
             * Encodes the specified RepairRebuilt message. Does not implicitly {@link thresh.v1.RepairRebuilt.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.RepairRebuilt
             * @static
             * @param {thresh.v1.RepairRebuilt.$Properties} message RepairRebuilt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RepairRebuilt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RepairRebuilt message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.RepairRebuilt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.RepairRebuilt & thresh.v1.RepairRebuilt.$Shape} RepairRebuilt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RepairRebuilt.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.RepairRebuilt();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RepairRebuilt;
        })();

        v1.RepairSumComplaint = (function() {

            /**
             * Properties of a RepairSumComplaint.
             * @typedef {Object} thresh.v1.RepairSumComplaint.$Properties
             * @property {Array.<number>|null} [accused] RepairSumComplaint accused
             * @property {Array.<Uint8Array>|null} [sums] RepairSumComplaint sums
             * @property {Array.<Uint8Array>|null} [sumSignatures] RepairSumComplaint sumSignatures
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RepairSumComplaint.
             * @memberof thresh.v1
             * @interface IRepairSumComplaint
             * @augments thresh.v1.RepairSumComplaint.$Properties
             * @deprecated Use thresh.v1.RepairSumComplaint.$Properties instead.
             */

            /**
             * Shape of a RepairSumComplaint.
             * @typedef {thresh.v1.RepairSumComplaint.$Properties} thresh.v1.RepairSumComplaint.$Shape
             */

            /**
             * Constructs a new RepairSumComplaint.
             * @memberof thresh.v1
             * @classdesc Represents a RepairSumComplaint.
             * @constructor
             * @param {thresh.v1.RepairSumComplaint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RepairSumComplaint = function (properties) {
                this.accused = [];
                this.sums = [];
                this.sumSignatures = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RepairSumComplaint accused.
             * @member {Array.<number>} accused
             * @memberof thresh.v1.RepairSumComplaint
             * @instance
             */
            RepairSumComplaint.prototype.accused = $util.emptyArray;

            /**
             * RepairSumComplaint sums.
             * @member {Array.<Uint8Array>} sums
             * @memberof thresh.v1.RepairSumComplaint
             * @instance
             */
            RepairSumComplaint.prototype.sums = $util.emptyArray;

            /**
             * RepairSumComplaint sumSignatures.
             * @member {Array.<Uint8Array>} sumSignatures
             * @memberof thresh.v1.RepairSumComplaint
             * @instance
             */
            RepairSumComplaint.prototype.sumSignatures = $util.emptyArray;

            /**
             * Encodes the specified RepairSumComplaint message. Does not implicitly {@link thresh.v1.RepairSumComplaint.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.RepairSumComplaint
             * @static
             * @param {thresh.v1.RepairSumComplaint.$Properties} message RepairSumComplaint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RepairSumComplaint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accused != null && message.accused.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.accused);
                if (message.sums != null && message.sums.length)
                    for (let i = 0; i < message.sums.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.sums[i]);
                if (message.sumSignatures != null && message.sumSignatures.length)
                    for (let i = 0; i < message.sumSignatures.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.sumSignatures[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RepairSumComplaint message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.RepairSumComplaint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.RepairSumComplaint & thresh.v1.RepairSumComplaint.$Shape} RepairSumComplaint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RepairSumComplaint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.RepairSumComplaint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.accused && message.accused.length))
                                    message.accused = [];
                                reader.uint32s(message.accused);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.accused && message.accused.length))
                                message.accused = [];
                            message.accused.push(reader.uint32());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sums && message.sums.length))
                                message.sums = [];
                            message.sums.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sumSignatures && message.sumSignatures.length))
                                message.sumSignatures = [];
                            message.sumSignatures.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RepairSumComplaint;
        })();

        v1.RepairAck = (function() {

            /**
             * Properties of a RepairAck.
             * @typedef {Object} thresh.v1.RepairAck.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RepairAck.
             * @memberof thresh.v1
             * @interface IRepairAck
             * @augments thresh.v1.RepairAck.$Properties
             * @deprecated Use thresh.v1.RepairAck.$Properties instead.
             */

            /**
             * Shape of a RepairAck.
             * @typedef {thresh.v1.RepairAck.$Properties} thresh.v1.RepairAck.$Shape
             */

            /**
             * Constructs a new RepairAck.
             * @memberof thresh.v1
             * @classdesc Represents a RepairAck.
             * @constructor
             * @param {thresh.v1.RepairAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RepairAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified RepairAck message. Does not implicitly {@link thresh.v1.RepairAck.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.RepairAck
             * @static
             * @param {thresh.v1.RepairAck.$Properties} message RepairAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RepairAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RepairAck message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.RepairAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.RepairAck & thresh.v1.RepairAck.$Shape} RepairAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RepairAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.RepairAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RepairAck;
        })();

        v1.MlDsaKeygenPayload = (function() {

            /**
             * Properties of a MlDsaKeygenPayload.
             * @typedef {Object} thresh.v1.MlDsaKeygenPayload.$Properties
             * @property {thresh.v1.MlDsaKeygenCommit.$Properties|null} [commit] MlDsaKeygenPayload commit
             * @property {Uint8Array|null} [rho] MlDsaKeygenPayload rho
             * @property {thresh.v1.MlDsaBytesList.$Properties|null} [seeds] MlDsaKeygenPayload seeds
             * @property {thresh.v1.MlDsaBytesList.$Properties|null} [publicCommit] MlDsaKeygenPayload publicCommit
             * @property {thresh.v1.MlDsaBytesList.$Properties|null} [publics] MlDsaKeygenPayload publics
             * @property {Uint8Array|null} [confirm] MlDsaKeygenPayload confirm
             * @property {"commit"|"rho"|"seeds"|"publicCommit"|"publics"|"confirm"} [body] MlDsaKeygenPayload body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MlDsaKeygenPayload.
             * @memberof thresh.v1
             * @interface IMlDsaKeygenPayload
             * @augments thresh.v1.MlDsaKeygenPayload.$Properties
             * @deprecated Use thresh.v1.MlDsaKeygenPayload.$Properties instead.
             */

            /**
             * Narrowed shape of a MlDsaKeygenPayload.
             * @typedef {{
             *   commit?: thresh.v1.MlDsaKeygenCommit.$Shape|null;
             *   rho?: Uint8Array|null;
             *   seeds?: thresh.v1.MlDsaBytesList.$Shape|null;
             *   publicCommit?: thresh.v1.MlDsaBytesList.$Shape|null;
             *   publics?: thresh.v1.MlDsaBytesList.$Shape|null;
             *   confirm?: Uint8Array|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; commit?: null; rho?: null; seeds?: null; publicCommit?: null; publics?: null; confirm?: null }|{ body?: "commit"; commit: thresh.v1.MlDsaKeygenCommit.$Shape; rho?: null; seeds?: null; publicCommit?: null; publics?: null; confirm?: null }|{ body?: "rho"; commit?: null; rho: Uint8Array; seeds?: null; publicCommit?: null; publics?: null; confirm?: null }|{ body?: "seeds"; commit?: null; rho?: null; seeds: thresh.v1.MlDsaBytesList.$Shape; publicCommit?: null; publics?: null; confirm?: null }|{ body?: "publicCommit"; commit?: null; rho?: null; seeds?: null; publicCommit: thresh.v1.MlDsaBytesList.$Shape; publics?: null; confirm?: null }|{ body?: "publics"; commit?: null; rho?: null; seeds?: null; publicCommit?: null; publics: thresh.v1.MlDsaBytesList.$Shape; confirm?: null }|{ body?: "confirm"; commit?: null; rho?: null; seeds?: null; publicCommit?: null; publics?: null; confirm: Uint8Array })
             * )} thresh.v1.MlDsaKeygenPayload.$Shape
             */

            /**
             * Constructs a new MlDsaKeygenPayload.
             * @memberof thresh.v1
             * @classdesc Represents a MlDsaKeygenPayload.
             * @constructor
             * @param {thresh.v1.MlDsaKeygenPayload.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MlDsaKeygenPayload = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MlDsaKeygenPayload commit.
             * @member {thresh.v1.MlDsaKeygenCommit.$Properties|null|undefined} commit
             * @memberof thresh.v1.MlDsaKeygenPayload
             * @instance
             */
            MlDsaKeygenPayload.prototype.commit = null;

            /**
             * MlDsaKeygenPayload rho.
             * @member {Uint8Array|null|undefined} rho
             * @memberof thresh.v1.MlDsaKeygenPayload
             * @instance
             */
            MlDsaKeygenPayload.prototype.rho = null;

            /**
             * MlDsaKeygenPayload seeds.
             * @member {thresh.v1.MlDsaBytesList.$Properties|null|undefined} seeds
             * @memberof thresh.v1.MlDsaKeygenPayload
             * @instance
             */
            MlDsaKeygenPayload.prototype.seeds = null;

            /**
             * MlDsaKeygenPayload publicCommit.
             * @member {thresh.v1.MlDsaBytesList.$Properties|null|undefined} publicCommit
             * @memberof thresh.v1.MlDsaKeygenPayload
             * @instance
             */
            MlDsaKeygenPayload.prototype.publicCommit = null;

            /**
             * MlDsaKeygenPayload publics.
             * @member {thresh.v1.MlDsaBytesList.$Properties|null|undefined} publics
             * @memberof thresh.v1.MlDsaKeygenPayload
             * @instance
             */
            MlDsaKeygenPayload.prototype.publics = null;

            /**
             * MlDsaKeygenPayload confirm.
             * @member {Uint8Array|null|undefined} confirm
             * @memberof thresh.v1.MlDsaKeygenPayload
             * @instance
             */
            MlDsaKeygenPayload.prototype.confirm = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * MlDsaKeygenPayload body.
             * @member {"commit"|"rho"|"seeds"|"publicCommit"|"publics"|"confirm"|undefined} body
             * @memberof thresh.v1.MlDsaKeygenPayload
             * @instance
             */
            $Object.defineProperty(MlDsaKeygenPayload.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["commit", "rho", "seeds", "publicCommit", "publics", "confirm"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified MlDsaKeygenPayload message. Does not implicitly {@link thresh.v1.MlDsaKeygenPayload.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.MlDsaKeygenPayload
             * @static
             * @param {thresh.v1.MlDsaKeygenPayload.$Properties} message MlDsaKeygenPayload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MlDsaKeygenPayload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    $root.thresh.v1.MlDsaKeygenCommit.encode(message.commit, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.rho != null && $Object.hasOwnProperty.call(message, "rho"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.rho);
                if (message.seeds != null && $Object.hasOwnProperty.call(message, "seeds"))
                    $root.thresh.v1.MlDsaBytesList.encode(message.seeds, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.publicCommit != null && $Object.hasOwnProperty.call(message, "publicCommit"))
                    $root.thresh.v1.MlDsaBytesList.encode(message.publicCommit, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.publics != null && $Object.hasOwnProperty.call(message, "publics"))
                    $root.thresh.v1.MlDsaBytesList.encode(message.publics, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.confirm != null && $Object.hasOwnProperty.call(message, "confirm"))
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.confirm);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MlDsaKeygenPayload message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.MlDsaKeygenPayload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.MlDsaKeygenPayload & thresh.v1.MlDsaKeygenPayload.$Shape} MlDsaKeygenPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MlDsaKeygenPayload.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.MlDsaKeygenPayload();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.commit = $root.thresh.v1.MlDsaKeygenCommit.decode(reader, reader.size(), $undefined, _depth + 1, message.commit);
                            message.body = "commit";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.rho = reader.bytes();
                            message.body = "rho";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.seeds = $root.thresh.v1.MlDsaBytesList.decode(reader, reader.size(), $undefined, _depth + 1, message.seeds);
                            message.body = "seeds";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.publicCommit = $root.thresh.v1.MlDsaBytesList.decode(reader, reader.size(), $undefined, _depth + 1, message.publicCommit);
                            message.body = "publicCommit";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.publics = $root.thresh.v1.MlDsaBytesList.decode(reader, reader.size(), $undefined, _depth + 1, message.publics);
                            message.body = "publics";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.confirm = reader.bytes();
                            message.body = "confirm";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MlDsaKeygenPayload;
        })();

        v1.MlDsaKeygenCommit = (function() {

            /**
             * Properties of a MlDsaKeygenCommit.
             * @typedef {Object} thresh.v1.MlDsaKeygenCommit.$Properties
             * @property {Uint8Array|null} [rho] MlDsaKeygenCommit rho
             * @property {Array.<Uint8Array>|null} [seeds] MlDsaKeygenCommit seeds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MlDsaKeygenCommit.
             * @memberof thresh.v1
             * @interface IMlDsaKeygenCommit
             * @augments thresh.v1.MlDsaKeygenCommit.$Properties
             * @deprecated Use thresh.v1.MlDsaKeygenCommit.$Properties instead.
             */

            /**
             * Shape of a MlDsaKeygenCommit.
             * @typedef {thresh.v1.MlDsaKeygenCommit.$Properties} thresh.v1.MlDsaKeygenCommit.$Shape
             */

            /**
             * Constructs a new MlDsaKeygenCommit.
             * @memberof thresh.v1
             * @classdesc Represents a MlDsaKeygenCommit.
             * @constructor
             * @param {thresh.v1.MlDsaKeygenCommit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MlDsaKeygenCommit = function (properties) {
                this.seeds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MlDsaKeygenCommit rho.
             * @member {Uint8Array} rho
             * @memberof thresh.v1.MlDsaKeygenCommit
             * @instance
             */
            MlDsaKeygenCommit.prototype.rho = $util.newBuffer([]);

            /**
             * MlDsaKeygenCommit seeds.
             * @member {Array.<Uint8Array>} seeds
             * @memberof thresh.v1.MlDsaKeygenCommit
             * @instance
             */
            MlDsaKeygenCommit.prototype.seeds = $util.emptyArray;

            /**
             * Encodes the specified MlDsaKeygenCommit message. Does not implicitly {@link thresh.v1.MlDsaKeygenCommit.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.MlDsaKeygenCommit
             * @static
             * @param {thresh.v1.MlDsaKeygenCommit.$Properties} message MlDsaKeygenCommit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MlDsaKeygenCommit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rho != null && $Object.hasOwnProperty.call(message, "rho") && message.rho.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.rho);
                if (message.seeds != null && message.seeds.length)
                    for (let i = 0; i < message.seeds.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.seeds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MlDsaKeygenCommit message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.MlDsaKeygenCommit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.MlDsaKeygenCommit & thresh.v1.MlDsaKeygenCommit.$Shape} MlDsaKeygenCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MlDsaKeygenCommit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.MlDsaKeygenCommit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.rho = value;
                            else
                                delete message.rho;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.seeds && message.seeds.length))
                                message.seeds = [];
                            message.seeds.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MlDsaKeygenCommit;
        })();

        v1.MlDsaBytesList = (function() {

            /**
             * Properties of a MlDsaBytesList.
             * @typedef {Object} thresh.v1.MlDsaBytesList.$Properties
             * @property {Array.<Uint8Array>|null} [items] MlDsaBytesList items
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MlDsaBytesList.
             * @memberof thresh.v1
             * @interface IMlDsaBytesList
             * @augments thresh.v1.MlDsaBytesList.$Properties
             * @deprecated Use thresh.v1.MlDsaBytesList.$Properties instead.
             */

            /**
             * Shape of a MlDsaBytesList.
             * @typedef {thresh.v1.MlDsaBytesList.$Properties} thresh.v1.MlDsaBytesList.$Shape
             */

            /**
             * Constructs a new MlDsaBytesList.
             * @memberof thresh.v1
             * @classdesc Represents a MlDsaBytesList.
             * @constructor
             * @param {thresh.v1.MlDsaBytesList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MlDsaBytesList = function (properties) {
                this.items = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MlDsaBytesList items.
             * @member {Array.<Uint8Array>} items
             * @memberof thresh.v1.MlDsaBytesList
             * @instance
             */
            MlDsaBytesList.prototype.items = $util.emptyArray;

            /**
             * Encodes the specified MlDsaBytesList message. Does not implicitly {@link thresh.v1.MlDsaBytesList.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.MlDsaBytesList
             * @static
             * @param {thresh.v1.MlDsaBytesList.$Properties} message MlDsaBytesList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MlDsaBytesList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.items != null && message.items.length)
                    for (let i = 0; i < message.items.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.items[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MlDsaBytesList message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.MlDsaBytesList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.MlDsaBytesList & thresh.v1.MlDsaBytesList.$Shape} MlDsaBytesList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MlDsaBytesList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.MlDsaBytesList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MlDsaBytesList;
        })();

        v1.MlDsaSignPayload = (function() {

            /**
             * Properties of a MlDsaSignPayload.
             * @typedef {Object} thresh.v1.MlDsaSignPayload.$Properties
             * @property {Uint8Array|null} [commit] MlDsaSignPayload commit
             * @property {Uint8Array|null} [reveal] MlDsaSignPayload reveal
             * @property {thresh.v1.MlDsaBytesList.$Properties|null} [respond] MlDsaSignPayload respond
             * @property {"commit"|"reveal"|"respond"} [body] MlDsaSignPayload body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MlDsaSignPayload.
             * @memberof thresh.v1
             * @interface IMlDsaSignPayload
             * @augments thresh.v1.MlDsaSignPayload.$Properties
             * @deprecated Use thresh.v1.MlDsaSignPayload.$Properties instead.
             */

            /**
             * Narrowed shape of a MlDsaSignPayload.
             * @typedef {{
             *   commit?: Uint8Array|null;
             *   reveal?: Uint8Array|null;
             *   respond?: thresh.v1.MlDsaBytesList.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; commit?: null; reveal?: null; respond?: null }|{ body?: "commit"; commit: Uint8Array; reveal?: null; respond?: null }|{ body?: "reveal"; commit?: null; reveal: Uint8Array; respond?: null }|{ body?: "respond"; commit?: null; reveal?: null; respond: thresh.v1.MlDsaBytesList.$Shape })
             * )} thresh.v1.MlDsaSignPayload.$Shape
             */

            /**
             * Constructs a new MlDsaSignPayload.
             * @memberof thresh.v1
             * @classdesc Represents a MlDsaSignPayload.
             * @constructor
             * @param {thresh.v1.MlDsaSignPayload.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MlDsaSignPayload = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MlDsaSignPayload commit.
             * @member {Uint8Array|null|undefined} commit
             * @memberof thresh.v1.MlDsaSignPayload
             * @instance
             */
            MlDsaSignPayload.prototype.commit = null;

            /**
             * MlDsaSignPayload reveal.
             * @member {Uint8Array|null|undefined} reveal
             * @memberof thresh.v1.MlDsaSignPayload
             * @instance
             */
            MlDsaSignPayload.prototype.reveal = null;

            /**
             * MlDsaSignPayload respond.
             * @member {thresh.v1.MlDsaBytesList.$Properties|null|undefined} respond
             * @memberof thresh.v1.MlDsaSignPayload
             * @instance
             */
            MlDsaSignPayload.prototype.respond = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * MlDsaSignPayload body.
             * @member {"commit"|"reveal"|"respond"|undefined} body
             * @memberof thresh.v1.MlDsaSignPayload
             * @instance
             */
            $Object.defineProperty(MlDsaSignPayload.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["commit", "reveal", "respond"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified MlDsaSignPayload message. Does not implicitly {@link thresh.v1.MlDsaSignPayload.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.MlDsaSignPayload
             * @static
             * @param {thresh.v1.MlDsaSignPayload.$Properties} message MlDsaSignPayload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MlDsaSignPayload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.commit);
                if (message.reveal != null && $Object.hasOwnProperty.call(message, "reveal"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.reveal);
                if (message.respond != null && $Object.hasOwnProperty.call(message, "respond"))
                    $root.thresh.v1.MlDsaBytesList.encode(message.respond, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MlDsaSignPayload message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.MlDsaSignPayload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.MlDsaSignPayload & thresh.v1.MlDsaSignPayload.$Shape} MlDsaSignPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MlDsaSignPayload.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.MlDsaSignPayload();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.commit = reader.bytes();
                            message.body = "commit";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.reveal = reader.bytes();
                            message.body = "reveal";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.respond = $root.thresh.v1.MlDsaBytesList.decode(reader, reader.size(), $undefined, _depth + 1, message.respond);
                            message.body = "respond";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MlDsaSignPayload;
        })();

        v1.MlDsaSignerTranscript = (function() {

            /**
             * Properties of a MlDsaSignerTranscript.
             * @typedef {Object} thresh.v1.MlDsaSignerTranscript.$Properties
             * @property {Uint8Array|null} [commitment] MlDsaSignerTranscript commitment
             * @property {Uint8Array|null} [w] MlDsaSignerTranscript w
             * @property {Array.<Uint8Array>|null} [z] MlDsaSignerTranscript z
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MlDsaSignerTranscript.
             * @memberof thresh.v1
             * @interface IMlDsaSignerTranscript
             * @augments thresh.v1.MlDsaSignerTranscript.$Properties
             * @deprecated Use thresh.v1.MlDsaSignerTranscript.$Properties instead.
             */

            /**
             * Shape of a MlDsaSignerTranscript.
             * @typedef {thresh.v1.MlDsaSignerTranscript.$Properties} thresh.v1.MlDsaSignerTranscript.$Shape
             */

            /**
             * Constructs a new MlDsaSignerTranscript.
             * @memberof thresh.v1
             * @classdesc Represents a MlDsaSignerTranscript.
             * @constructor
             * @param {thresh.v1.MlDsaSignerTranscript.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MlDsaSignerTranscript = function (properties) {
                this.z = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MlDsaSignerTranscript commitment.
             * @member {Uint8Array} commitment
             * @memberof thresh.v1.MlDsaSignerTranscript
             * @instance
             */
            MlDsaSignerTranscript.prototype.commitment = $util.newBuffer([]);

            /**
             * MlDsaSignerTranscript w.
             * @member {Uint8Array} w
             * @memberof thresh.v1.MlDsaSignerTranscript
             * @instance
             */
            MlDsaSignerTranscript.prototype.w = $util.newBuffer([]);

            /**
             * MlDsaSignerTranscript z.
             * @member {Array.<Uint8Array>} z
             * @memberof thresh.v1.MlDsaSignerTranscript
             * @instance
             */
            MlDsaSignerTranscript.prototype.z = $util.emptyArray;

            /**
             * Encodes the specified MlDsaSignerTranscript message. Does not implicitly {@link thresh.v1.MlDsaSignerTranscript.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.MlDsaSignerTranscript
             * @static
             * @param {thresh.v1.MlDsaSignerTranscript.$Properties} message MlDsaSignerTranscript message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MlDsaSignerTranscript.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commitment != null && $Object.hasOwnProperty.call(message, "commitment") && message.commitment.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.commitment);
                if (message.w != null && $Object.hasOwnProperty.call(message, "w") && message.w.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.w);
                if (message.z != null && message.z.length)
                    for (let i = 0; i < message.z.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.z[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MlDsaSignerTranscript message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.MlDsaSignerTranscript
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.MlDsaSignerTranscript & thresh.v1.MlDsaSignerTranscript.$Shape} MlDsaSignerTranscript
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MlDsaSignerTranscript.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.MlDsaSignerTranscript();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.commitment = value;
                            else
                                delete message.commitment;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.w = value;
                            else
                                delete message.w;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.z && message.z.length))
                                message.z = [];
                            message.z.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MlDsaSignerTranscript;
        })();

        v1.MlDsaKeyShare = (function() {

            /**
             * Properties of a MlDsaKeyShare.
             * @typedef {Object} thresh.v1.MlDsaKeyShare.$Properties
             * @property {string|null} [keyId] MlDsaKeyShare keyId
             * @property {number|null} [threshold] MlDsaKeyShare threshold
             * @property {Array.<number>|null} [parties] MlDsaKeyShare parties
             * @property {number|null} [self] MlDsaKeyShare self
             * @property {Uint8Array|null} [publicKey] MlDsaKeyShare publicKey
             * @property {Array.<Uint8Array>|null} [subsetPublics] MlDsaKeyShare subsetPublics
             * @property {Array.<thresh.v1.MlDsaSubsetShare.$Properties>|null} [shares] MlDsaKeyShare shares
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MlDsaKeyShare.
             * @memberof thresh.v1
             * @interface IMlDsaKeyShare
             * @augments thresh.v1.MlDsaKeyShare.$Properties
             * @deprecated Use thresh.v1.MlDsaKeyShare.$Properties instead.
             */

            /**
             * Shape of a MlDsaKeyShare.
             * @typedef {thresh.v1.MlDsaKeyShare.$Properties} thresh.v1.MlDsaKeyShare.$Shape
             */

            /**
             * Constructs a new MlDsaKeyShare.
             * @memberof thresh.v1
             * @classdesc Represents a MlDsaKeyShare.
             * @constructor
             * @param {thresh.v1.MlDsaKeyShare.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MlDsaKeyShare = function (properties) {
                this.parties = [];
                this.subsetPublics = [];
                this.shares = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MlDsaKeyShare keyId.
             * @member {string} keyId
             * @memberof thresh.v1.MlDsaKeyShare
             * @instance
             */
            MlDsaKeyShare.prototype.keyId = "";

            /**
             * MlDsaKeyShare threshold.
             * @member {number} threshold
             * @memberof thresh.v1.MlDsaKeyShare
             * @instance
             */
            MlDsaKeyShare.prototype.threshold = 0;

            /**
             * MlDsaKeyShare parties.
             * @member {Array.<number>} parties
             * @memberof thresh.v1.MlDsaKeyShare
             * @instance
             */
            MlDsaKeyShare.prototype.parties = $util.emptyArray;

            /**
             * MlDsaKeyShare self.
             * @member {number} self
             * @memberof thresh.v1.MlDsaKeyShare
             * @instance
             */
            MlDsaKeyShare.prototype.self = 0;

            /**
             * MlDsaKeyShare publicKey.
             * @member {Uint8Array} publicKey
             * @memberof thresh.v1.MlDsaKeyShare
             * @instance
             */
            MlDsaKeyShare.prototype.publicKey = $util.newBuffer([]);

            /**
             * MlDsaKeyShare subsetPublics.
             * @member {Array.<Uint8Array>} subsetPublics
             * @memberof thresh.v1.MlDsaKeyShare
             * @instance
             */
            MlDsaKeyShare.prototype.subsetPublics = $util.emptyArray;

            /**
             * MlDsaKeyShare shares.
             * @member {Array.<thresh.v1.MlDsaSubsetShare.$Properties>} shares
             * @memberof thresh.v1.MlDsaKeyShare
             * @instance
             */
            MlDsaKeyShare.prototype.shares = $util.emptyArray;

            /**
             * Encodes the specified MlDsaKeyShare message. Does not implicitly {@link thresh.v1.MlDsaKeyShare.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.MlDsaKeyShare
             * @static
             * @param {thresh.v1.MlDsaKeyShare.$Properties} message MlDsaKeyShare message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MlDsaKeyShare.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && message.threshold !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.threshold);
                if (message.parties != null && message.parties.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.parties);
                if (message.self != null && $Object.hasOwnProperty.call(message, "self") && message.self !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.self);
                if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.publicKey);
                if (message.subsetPublics != null && message.subsetPublics.length)
                    for (let i = 0; i < message.subsetPublics.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.subsetPublics[i]);
                if (message.shares != null && message.shares.length)
                    for (let i = 0; i < message.shares.length; ++i)
                        $root.thresh.v1.MlDsaSubsetShare.encode(message.shares[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MlDsaKeyShare message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.MlDsaKeyShare
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.MlDsaKeyShare & thresh.v1.MlDsaKeyShare.$Shape} MlDsaKeyShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MlDsaKeyShare.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.MlDsaKeyShare();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.threshold = value;
                            else
                                delete message.threshold;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.parties && message.parties.length))
                                    message.parties = [];
                                reader.uint32s(message.parties);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.parties && message.parties.length))
                                message.parties = [];
                            message.parties.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.self = value;
                            else
                                delete message.self;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.publicKey = value;
                            else
                                delete message.publicKey;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.subsetPublics && message.subsetPublics.length))
                                message.subsetPublics = [];
                            message.subsetPublics.push(reader.bytes());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.shares && message.shares.length))
                                message.shares = [];
                            message.shares.push($root.thresh.v1.MlDsaSubsetShare.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MlDsaKeyShare;
        })();

        v1.MlDsaSubsetShare = (function() {

            /**
             * Properties of a MlDsaSubsetShare.
             * @typedef {Object} thresh.v1.MlDsaSubsetShare.$Properties
             * @property {Array.<number>|null} [members] MlDsaSubsetShare members
             * @property {Uint8Array|null} [s1] MlDsaSubsetShare s1
             * @property {Uint8Array|null} [s2] MlDsaSubsetShare s2
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MlDsaSubsetShare.
             * @memberof thresh.v1
             * @interface IMlDsaSubsetShare
             * @augments thresh.v1.MlDsaSubsetShare.$Properties
             * @deprecated Use thresh.v1.MlDsaSubsetShare.$Properties instead.
             */

            /**
             * Shape of a MlDsaSubsetShare.
             * @typedef {thresh.v1.MlDsaSubsetShare.$Properties} thresh.v1.MlDsaSubsetShare.$Shape
             */

            /**
             * Constructs a new MlDsaSubsetShare.
             * @memberof thresh.v1
             * @classdesc Represents a MlDsaSubsetShare.
             * @constructor
             * @param {thresh.v1.MlDsaSubsetShare.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MlDsaSubsetShare = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MlDsaSubsetShare members.
             * @member {Array.<number>} members
             * @memberof thresh.v1.MlDsaSubsetShare
             * @instance
             */
            MlDsaSubsetShare.prototype.members = $util.emptyArray;

            /**
             * MlDsaSubsetShare s1.
             * @member {Uint8Array} s1
             * @memberof thresh.v1.MlDsaSubsetShare
             * @instance
             */
            MlDsaSubsetShare.prototype.s1 = $util.newBuffer([]);

            /**
             * MlDsaSubsetShare s2.
             * @member {Uint8Array} s2
             * @memberof thresh.v1.MlDsaSubsetShare
             * @instance
             */
            MlDsaSubsetShare.prototype.s2 = $util.newBuffer([]);

            /**
             * Encodes the specified MlDsaSubsetShare message. Does not implicitly {@link thresh.v1.MlDsaSubsetShare.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.MlDsaSubsetShare
             * @static
             * @param {thresh.v1.MlDsaSubsetShare.$Properties} message MlDsaSubsetShare message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MlDsaSubsetShare.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.members != null && message.members.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.members);
                if (message.s1 != null && $Object.hasOwnProperty.call(message, "s1") && message.s1.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.s1);
                if (message.s2 != null && $Object.hasOwnProperty.call(message, "s2") && message.s2.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.s2);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MlDsaSubsetShare message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.MlDsaSubsetShare
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.MlDsaSubsetShare & thresh.v1.MlDsaSubsetShare.$Shape} MlDsaSubsetShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MlDsaSubsetShare.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.MlDsaSubsetShare();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.members && message.members.length))
                                    message.members = [];
                                reader.uint32s(message.members);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push(reader.uint32());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.s1 = value;
                            else
                                delete message.s1;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.s2 = value;
                            else
                                delete message.s2;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MlDsaSubsetShare;
        })();

        v1.Approval = (function() {

            /**
             * Properties of an Approval.
             * @typedef {Object} thresh.v1.Approval.$Properties
             * @property {string|null} [publicKey] Approval publicKey
             * @property {Uint8Array|null} [signature] Approval signature
             * @property {Uint8Array|null} [authenticatorData] Approval authenticatorData
             * @property {string|null} [clientDataJson] Approval clientDataJson
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Approval.
             * @memberof thresh.v1
             * @interface IApproval
             * @augments thresh.v1.Approval.$Properties
             * @deprecated Use thresh.v1.Approval.$Properties instead.
             */

            /**
             * Shape of an Approval.
             * @typedef {thresh.v1.Approval.$Properties} thresh.v1.Approval.$Shape
             */

            /**
             * Constructs a new Approval.
             * @memberof thresh.v1
             * @classdesc Represents an Approval.
             * @constructor
             * @param {thresh.v1.Approval.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Approval = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Approval publicKey.
             * @member {string} publicKey
             * @memberof thresh.v1.Approval
             * @instance
             */
            Approval.prototype.publicKey = "";

            /**
             * Approval signature.
             * @member {Uint8Array} signature
             * @memberof thresh.v1.Approval
             * @instance
             */
            Approval.prototype.signature = $util.newBuffer([]);

            /**
             * Approval authenticatorData.
             * @member {Uint8Array} authenticatorData
             * @memberof thresh.v1.Approval
             * @instance
             */
            Approval.prototype.authenticatorData = $util.newBuffer([]);

            /**
             * Approval clientDataJson.
             * @member {string} clientDataJson
             * @memberof thresh.v1.Approval
             * @instance
             */
            Approval.prototype.clientDataJson = "";

            /**
             * Encodes the specified Approval message. Does not implicitly {@link thresh.v1.Approval.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.Approval
             * @static
             * @param {thresh.v1.Approval.$Properties} message Approval message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Approval.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.publicKey);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.authenticatorData != null && $Object.hasOwnProperty.call(message, "authenticatorData") && message.authenticatorData.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.authenticatorData);
                if (message.clientDataJson != null && $Object.hasOwnProperty.call(message, "clientDataJson") && message.clientDataJson !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.clientDataJson);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Approval message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.Approval
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.Approval & thresh.v1.Approval.$Shape} Approval
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Approval.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.Approval();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.publicKey = value;
                            else
                                delete message.publicKey;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.authenticatorData = value;
                            else
                                delete message.authenticatorData;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientDataJson = value;
                            else
                                delete message.clientDataJson;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Approval;
        })();

        v1.PolicyGetRequest = (function() {

            /**
             * Properties of a PolicyGetRequest.
             * @typedef {Object} thresh.v1.PolicyGetRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PolicyGetRequest.
             * @memberof thresh.v1
             * @interface IPolicyGetRequest
             * @augments thresh.v1.PolicyGetRequest.$Properties
             * @deprecated Use thresh.v1.PolicyGetRequest.$Properties instead.
             */

            /**
             * Shape of a PolicyGetRequest.
             * @typedef {thresh.v1.PolicyGetRequest.$Properties} thresh.v1.PolicyGetRequest.$Shape
             */

            /**
             * Constructs a new PolicyGetRequest.
             * @memberof thresh.v1
             * @classdesc Represents a PolicyGetRequest.
             * @constructor
             * @param {thresh.v1.PolicyGetRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PolicyGetRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified PolicyGetRequest message. Does not implicitly {@link thresh.v1.PolicyGetRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.PolicyGetRequest
             * @static
             * @param {thresh.v1.PolicyGetRequest.$Properties} message PolicyGetRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PolicyGetRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PolicyGetRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.PolicyGetRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.PolicyGetRequest & thresh.v1.PolicyGetRequest.$Shape} PolicyGetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PolicyGetRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.PolicyGetRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PolicyGetRequest;
        })();

        v1.PolicySetRequest = (function() {

            /**
             * Properties of a PolicySetRequest.
             * @typedef {Object} thresh.v1.PolicySetRequest.$Properties
             * @property {string|null} [document] PolicySetRequest document
             * @property {Array.<thresh.v1.Approval.$Properties>|null} [signatures] PolicySetRequest signatures
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PolicySetRequest.
             * @memberof thresh.v1
             * @interface IPolicySetRequest
             * @augments thresh.v1.PolicySetRequest.$Properties
             * @deprecated Use thresh.v1.PolicySetRequest.$Properties instead.
             */

            /**
             * Shape of a PolicySetRequest.
             * @typedef {thresh.v1.PolicySetRequest.$Properties} thresh.v1.PolicySetRequest.$Shape
             */

            /**
             * Constructs a new PolicySetRequest.
             * @memberof thresh.v1
             * @classdesc Represents a PolicySetRequest.
             * @constructor
             * @param {thresh.v1.PolicySetRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PolicySetRequest = function (properties) {
                this.signatures = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PolicySetRequest document.
             * @member {string} document
             * @memberof thresh.v1.PolicySetRequest
             * @instance
             */
            PolicySetRequest.prototype.document = "";

            /**
             * PolicySetRequest signatures.
             * @member {Array.<thresh.v1.Approval.$Properties>} signatures
             * @memberof thresh.v1.PolicySetRequest
             * @instance
             */
            PolicySetRequest.prototype.signatures = $util.emptyArray;

            /**
             * Encodes the specified PolicySetRequest message. Does not implicitly {@link thresh.v1.PolicySetRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.PolicySetRequest
             * @static
             * @param {thresh.v1.PolicySetRequest.$Properties} message PolicySetRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PolicySetRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.document != null && $Object.hasOwnProperty.call(message, "document") && message.document !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.document);
                if (message.signatures != null && message.signatures.length)
                    for (let i = 0; i < message.signatures.length; ++i)
                        $root.thresh.v1.Approval.encode(message.signatures[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PolicySetRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.PolicySetRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.PolicySetRequest & thresh.v1.PolicySetRequest.$Shape} PolicySetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PolicySetRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.PolicySetRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.document = value;
                            else
                                delete message.document;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.signatures && message.signatures.length))
                                message.signatures = [];
                            message.signatures.push($root.thresh.v1.Approval.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PolicySetRequest;
        })();

        v1.PolicyTestRequest = (function() {

            /**
             * Properties of a PolicyTestRequest.
             * @typedef {Object} thresh.v1.PolicyTestRequest.$Properties
             * @property {thresh.v1.SignRequest.$Properties|null} [sign] PolicyTestRequest sign
             * @property {string|null} [document] PolicyTestRequest document
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PolicyTestRequest.
             * @memberof thresh.v1
             * @interface IPolicyTestRequest
             * @augments thresh.v1.PolicyTestRequest.$Properties
             * @deprecated Use thresh.v1.PolicyTestRequest.$Properties instead.
             */

            /**
             * Shape of a PolicyTestRequest.
             * @typedef {thresh.v1.PolicyTestRequest.$Properties} thresh.v1.PolicyTestRequest.$Shape
             */

            /**
             * Constructs a new PolicyTestRequest.
             * @memberof thresh.v1
             * @classdesc Represents a PolicyTestRequest.
             * @constructor
             * @param {thresh.v1.PolicyTestRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PolicyTestRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PolicyTestRequest sign.
             * @member {thresh.v1.SignRequest.$Properties|null|undefined} sign
             * @memberof thresh.v1.PolicyTestRequest
             * @instance
             */
            PolicyTestRequest.prototype.sign = null;

            /**
             * PolicyTestRequest document.
             * @member {string} document
             * @memberof thresh.v1.PolicyTestRequest
             * @instance
             */
            PolicyTestRequest.prototype.document = "";

            /**
             * Encodes the specified PolicyTestRequest message. Does not implicitly {@link thresh.v1.PolicyTestRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.PolicyTestRequest
             * @static
             * @param {thresh.v1.PolicyTestRequest.$Properties} message PolicyTestRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PolicyTestRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sign != null && $Object.hasOwnProperty.call(message, "sign"))
                    $root.thresh.v1.SignRequest.encode(message.sign, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.document != null && $Object.hasOwnProperty.call(message, "document") && message.document !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.document);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PolicyTestRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.PolicyTestRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.PolicyTestRequest & thresh.v1.PolicyTestRequest.$Shape} PolicyTestRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PolicyTestRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.PolicyTestRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.sign = $root.thresh.v1.SignRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.sign);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.document = value;
                            else
                                delete message.document;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PolicyTestRequest;
        })();

        v1.AuditLogRequest = (function() {

            /**
             * Properties of an AuditLogRequest.
             * @typedef {Object} thresh.v1.AuditLogRequest.$Properties
             * @property {number|null} [fromSeq] AuditLogRequest fromSeq
             * @property {number|null} [limit] AuditLogRequest limit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuditLogRequest.
             * @memberof thresh.v1
             * @interface IAuditLogRequest
             * @augments thresh.v1.AuditLogRequest.$Properties
             * @deprecated Use thresh.v1.AuditLogRequest.$Properties instead.
             */

            /**
             * Shape of an AuditLogRequest.
             * @typedef {thresh.v1.AuditLogRequest.$Properties} thresh.v1.AuditLogRequest.$Shape
             */

            /**
             * Constructs a new AuditLogRequest.
             * @memberof thresh.v1
             * @classdesc Represents an AuditLogRequest.
             * @constructor
             * @param {thresh.v1.AuditLogRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuditLogRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuditLogRequest fromSeq.
             * @member {number} fromSeq
             * @memberof thresh.v1.AuditLogRequest
             * @instance
             */
            AuditLogRequest.prototype.fromSeq = 0;

            /**
             * AuditLogRequest limit.
             * @member {number} limit
             * @memberof thresh.v1.AuditLogRequest
             * @instance
             */
            AuditLogRequest.prototype.limit = 0;

            /**
             * Encodes the specified AuditLogRequest message. Does not implicitly {@link thresh.v1.AuditLogRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.AuditLogRequest
             * @static
             * @param {thresh.v1.AuditLogRequest.$Properties} message AuditLogRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuditLogRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fromSeq != null && $Object.hasOwnProperty.call(message, "fromSeq") && message.fromSeq !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.fromSeq);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuditLogRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.AuditLogRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.AuditLogRequest & thresh.v1.AuditLogRequest.$Shape} AuditLogRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuditLogRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.AuditLogRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.fromSeq = value;
                            else
                                delete message.fromSeq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AuditLogRequest;
        })();

        v1.AuditLogResult = (function() {

            /**
             * Properties of an AuditLogResult.
             * @typedef {Object} thresh.v1.AuditLogResult.$Properties
             * @property {Array.<string>|null} [entries] AuditLogResult entries
             * @property {Array.<string>|null} [checkpoints] AuditLogResult checkpoints
             * @property {number|null} [lastSeq] AuditLogResult lastSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuditLogResult.
             * @memberof thresh.v1
             * @interface IAuditLogResult
             * @augments thresh.v1.AuditLogResult.$Properties
             * @deprecated Use thresh.v1.AuditLogResult.$Properties instead.
             */

            /**
             * Shape of an AuditLogResult.
             * @typedef {thresh.v1.AuditLogResult.$Properties} thresh.v1.AuditLogResult.$Shape
             */

            /**
             * Constructs a new AuditLogResult.
             * @memberof thresh.v1
             * @classdesc Represents an AuditLogResult.
             * @constructor
             * @param {thresh.v1.AuditLogResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuditLogResult = function (properties) {
                this.entries = [];
                this.checkpoints = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuditLogResult entries.
             * @member {Array.<string>} entries
             * @memberof thresh.v1.AuditLogResult
             * @instance
             */
            AuditLogResult.prototype.entries = $util.emptyArray;

            /**
             * AuditLogResult checkpoints.
             * @member {Array.<string>} checkpoints
             * @memberof thresh.v1.AuditLogResult
             * @instance
             */
            AuditLogResult.prototype.checkpoints = $util.emptyArray;

            /**
             * AuditLogResult lastSeq.
             * @member {number} lastSeq
             * @memberof thresh.v1.AuditLogResult
             * @instance
             */
            AuditLogResult.prototype.lastSeq = 0;

            /**
             * Encodes the specified AuditLogResult message. Does not implicitly {@link thresh.v1.AuditLogResult.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.AuditLogResult
             * @static
             * @param {thresh.v1.AuditLogResult.$Properties} message AuditLogResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuditLogResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.entries[i]);
                if (message.checkpoints != null && message.checkpoints.length)
                    for (let i = 0; i < message.checkpoints.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.checkpoints[i]);
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && message.lastSeq !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.lastSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuditLogResult message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.AuditLogResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.AuditLogResult & thresh.v1.AuditLogResult.$Shape} AuditLogResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuditLogResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.AuditLogResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.checkpoints && message.checkpoints.length))
                                message.checkpoints = [];
                            message.checkpoints.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AuditLogResult;
        })();

        v1.AnnounceRequest = (function() {

            /**
             * Properties of an AnnounceRequest.
             * @typedef {Object} thresh.v1.AnnounceRequest.$Properties
             * @property {thresh.v1.SignRequest.$Properties|null} [sign] AnnounceRequest sign
             * @property {Array.<thresh.v1.Approval.$Properties>|null} [cancellations] AnnounceRequest cancellations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnnounceRequest.
             * @memberof thresh.v1
             * @interface IAnnounceRequest
             * @augments thresh.v1.AnnounceRequest.$Properties
             * @deprecated Use thresh.v1.AnnounceRequest.$Properties instead.
             */

            /**
             * Shape of an AnnounceRequest.
             * @typedef {thresh.v1.AnnounceRequest.$Properties} thresh.v1.AnnounceRequest.$Shape
             */

            /**
             * Constructs a new AnnounceRequest.
             * @memberof thresh.v1
             * @classdesc Represents an AnnounceRequest.
             * @constructor
             * @param {thresh.v1.AnnounceRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnnounceRequest = function (properties) {
                this.cancellations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnnounceRequest sign.
             * @member {thresh.v1.SignRequest.$Properties|null|undefined} sign
             * @memberof thresh.v1.AnnounceRequest
             * @instance
             */
            AnnounceRequest.prototype.sign = null;

            /**
             * AnnounceRequest cancellations.
             * @member {Array.<thresh.v1.Approval.$Properties>} cancellations
             * @memberof thresh.v1.AnnounceRequest
             * @instance
             */
            AnnounceRequest.prototype.cancellations = $util.emptyArray;

            /**
             * Encodes the specified AnnounceRequest message. Does not implicitly {@link thresh.v1.AnnounceRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.AnnounceRequest
             * @static
             * @param {thresh.v1.AnnounceRequest.$Properties} message AnnounceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnnounceRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sign != null && $Object.hasOwnProperty.call(message, "sign"))
                    $root.thresh.v1.SignRequest.encode(message.sign, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.cancellations != null && message.cancellations.length)
                    for (let i = 0; i < message.cancellations.length; ++i)
                        $root.thresh.v1.Approval.encode(message.cancellations[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnnounceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.AnnounceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.AnnounceRequest & thresh.v1.AnnounceRequest.$Shape} AnnounceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnnounceRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.AnnounceRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.sign = $root.thresh.v1.SignRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.sign);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.cancellations && message.cancellations.length))
                                message.cancellations = [];
                            message.cancellations.push($root.thresh.v1.Approval.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AnnounceRequest;
        })();

        v1.PolicyResult = (function() {

            /**
             * Properties of a PolicyResult.
             * @typedef {Object} thresh.v1.PolicyResult.$Properties
             * @property {string|null} [document] PolicyResult document
             * @property {number|null} [version] PolicyResult version
             * @property {Uint8Array|null} [policyHash] PolicyResult policyHash
             * @property {boolean|null} [enforced] PolicyResult enforced
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PolicyResult.
             * @memberof thresh.v1
             * @interface IPolicyResult
             * @augments thresh.v1.PolicyResult.$Properties
             * @deprecated Use thresh.v1.PolicyResult.$Properties instead.
             */

            /**
             * Shape of a PolicyResult.
             * @typedef {thresh.v1.PolicyResult.$Properties} thresh.v1.PolicyResult.$Shape
             */

            /**
             * Constructs a new PolicyResult.
             * @memberof thresh.v1
             * @classdesc Represents a PolicyResult.
             * @constructor
             * @param {thresh.v1.PolicyResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PolicyResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PolicyResult document.
             * @member {string} document
             * @memberof thresh.v1.PolicyResult
             * @instance
             */
            PolicyResult.prototype.document = "";

            /**
             * PolicyResult version.
             * @member {number} version
             * @memberof thresh.v1.PolicyResult
             * @instance
             */
            PolicyResult.prototype.version = 0;

            /**
             * PolicyResult policyHash.
             * @member {Uint8Array} policyHash
             * @memberof thresh.v1.PolicyResult
             * @instance
             */
            PolicyResult.prototype.policyHash = $util.newBuffer([]);

            /**
             * PolicyResult enforced.
             * @member {boolean} enforced
             * @memberof thresh.v1.PolicyResult
             * @instance
             */
            PolicyResult.prototype.enforced = false;

            /**
             * Encodes the specified PolicyResult message. Does not implicitly {@link thresh.v1.PolicyResult.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.PolicyResult
             * @static
             * @param {thresh.v1.PolicyResult.$Properties} message PolicyResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PolicyResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.document != null && $Object.hasOwnProperty.call(message, "document") && message.document !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.document);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.version);
                if (message.policyHash != null && $Object.hasOwnProperty.call(message, "policyHash") && message.policyHash.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.policyHash);
                if (message.enforced != null && $Object.hasOwnProperty.call(message, "enforced") && message.enforced !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.enforced);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PolicyResult message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.PolicyResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.PolicyResult & thresh.v1.PolicyResult.$Shape} PolicyResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PolicyResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.PolicyResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.document = value;
                            else
                                delete message.document;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.policyHash = value;
                            else
                                delete message.policyHash;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.enforced = value;
                            else
                                delete message.enforced;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PolicyResult;
        })();

        v1.PolicyDecisionResult = (function() {

            /**
             * Properties of a PolicyDecisionResult.
             * @typedef {Object} thresh.v1.PolicyDecisionResult.$Properties
             * @property {string|null} [decision] PolicyDecisionResult decision
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PolicyDecisionResult.
             * @memberof thresh.v1
             * @interface IPolicyDecisionResult
             * @augments thresh.v1.PolicyDecisionResult.$Properties
             * @deprecated Use thresh.v1.PolicyDecisionResult.$Properties instead.
             */

            /**
             * Shape of a PolicyDecisionResult.
             * @typedef {thresh.v1.PolicyDecisionResult.$Properties} thresh.v1.PolicyDecisionResult.$Shape
             */

            /**
             * Constructs a new PolicyDecisionResult.
             * @memberof thresh.v1
             * @classdesc Represents a PolicyDecisionResult.
             * @constructor
             * @param {thresh.v1.PolicyDecisionResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PolicyDecisionResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PolicyDecisionResult decision.
             * @member {string} decision
             * @memberof thresh.v1.PolicyDecisionResult
             * @instance
             */
            PolicyDecisionResult.prototype.decision = "";

            /**
             * Encodes the specified PolicyDecisionResult message. Does not implicitly {@link thresh.v1.PolicyDecisionResult.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.PolicyDecisionResult
             * @static
             * @param {thresh.v1.PolicyDecisionResult.$Properties} message PolicyDecisionResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PolicyDecisionResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision") && message.decision !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.decision);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PolicyDecisionResult message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.PolicyDecisionResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.PolicyDecisionResult & thresh.v1.PolicyDecisionResult.$Shape} PolicyDecisionResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PolicyDecisionResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.PolicyDecisionResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.decision = value;
                            else
                                delete message.decision;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PolicyDecisionResult;
        })();

        v1.AnnounceResult = (function() {

            /**
             * Properties of an AnnounceResult.
             * @typedef {Object} thresh.v1.AnnounceResult.$Properties
             * @property {number|null} [announcedAt] AnnounceResult announcedAt
             * @property {number|null} [signableAt] AnnounceResult signableAt
             * @property {boolean|null} [cancelled] AnnounceResult cancelled
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnnounceResult.
             * @memberof thresh.v1
             * @interface IAnnounceResult
             * @augments thresh.v1.AnnounceResult.$Properties
             * @deprecated Use thresh.v1.AnnounceResult.$Properties instead.
             */

            /**
             * Shape of an AnnounceResult.
             * @typedef {thresh.v1.AnnounceResult.$Properties} thresh.v1.AnnounceResult.$Shape
             */

            /**
             * Constructs a new AnnounceResult.
             * @memberof thresh.v1
             * @classdesc Represents an AnnounceResult.
             * @constructor
             * @param {thresh.v1.AnnounceResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnnounceResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnnounceResult announcedAt.
             * @member {number} announcedAt
             * @memberof thresh.v1.AnnounceResult
             * @instance
             */
            AnnounceResult.prototype.announcedAt = 0;

            /**
             * AnnounceResult signableAt.
             * @member {number} signableAt
             * @memberof thresh.v1.AnnounceResult
             * @instance
             */
            AnnounceResult.prototype.signableAt = 0;

            /**
             * AnnounceResult cancelled.
             * @member {boolean} cancelled
             * @memberof thresh.v1.AnnounceResult
             * @instance
             */
            AnnounceResult.prototype.cancelled = false;

            /**
             * Encodes the specified AnnounceResult message. Does not implicitly {@link thresh.v1.AnnounceResult.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.AnnounceResult
             * @static
             * @param {thresh.v1.AnnounceResult.$Properties} message AnnounceResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnnounceResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.announcedAt != null && $Object.hasOwnProperty.call(message, "announcedAt") && message.announcedAt !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.announcedAt);
                if (message.signableAt != null && $Object.hasOwnProperty.call(message, "signableAt") && message.signableAt !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.signableAt);
                if (message.cancelled != null && $Object.hasOwnProperty.call(message, "cancelled") && message.cancelled !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.cancelled);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnnounceResult message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.AnnounceResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.AnnounceResult & thresh.v1.AnnounceResult.$Shape} AnnounceResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnnounceResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.AnnounceResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.announcedAt = value;
                            else
                                delete message.announcedAt;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.signableAt = value;
                            else
                                delete message.signableAt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.cancelled = value;
                            else
                                delete message.cancelled;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AnnounceResult;
        })();

        v1.PresignRequest = (function() {

            /**
             * Properties of a PresignRequest.
             * @typedef {Object} thresh.v1.PresignRequest.$Properties
             * @property {string|null} [keyId] PresignRequest keyId
             * @property {number|null} [epoch] PresignRequest epoch
             * @property {Array.<string>|null} [signers] PresignRequest signers
             * @property {Array.<number>|null} [path] PresignRequest path
             * @property {Array.<Uint8Array>|null} [presignIds] PresignRequest presignIds
             * @property {Uint8Array|null} [nonce] PresignRequest nonce
             * @property {number|null} [issuedAt] PresignRequest issuedAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PresignRequest.
             * @memberof thresh.v1
             * @interface IPresignRequest
             * @augments thresh.v1.PresignRequest.$Properties
             * @deprecated Use thresh.v1.PresignRequest.$Properties instead.
             */

            /**
             * Shape of a PresignRequest.
             * @typedef {thresh.v1.PresignRequest.$Properties} thresh.v1.PresignRequest.$Shape
             */

            /**
             * Constructs a new PresignRequest.
             * @memberof thresh.v1
             * @classdesc Represents a PresignRequest.
             * @constructor
             * @param {thresh.v1.PresignRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PresignRequest = function (properties) {
                this.signers = [];
                this.path = [];
                this.presignIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PresignRequest keyId.
             * @member {string} keyId
             * @memberof thresh.v1.PresignRequest
             * @instance
             */
            PresignRequest.prototype.keyId = "";

            /**
             * PresignRequest epoch.
             * @member {number} epoch
             * @memberof thresh.v1.PresignRequest
             * @instance
             */
            PresignRequest.prototype.epoch = 0;

            /**
             * PresignRequest signers.
             * @member {Array.<string>} signers
             * @memberof thresh.v1.PresignRequest
             * @instance
             */
            PresignRequest.prototype.signers = $util.emptyArray;

            /**
             * PresignRequest path.
             * @member {Array.<number>} path
             * @memberof thresh.v1.PresignRequest
             * @instance
             */
            PresignRequest.prototype.path = $util.emptyArray;

            /**
             * PresignRequest presignIds.
             * @member {Array.<Uint8Array>} presignIds
             * @memberof thresh.v1.PresignRequest
             * @instance
             */
            PresignRequest.prototype.presignIds = $util.emptyArray;

            /**
             * PresignRequest nonce.
             * @member {Uint8Array} nonce
             * @memberof thresh.v1.PresignRequest
             * @instance
             */
            PresignRequest.prototype.nonce = $util.newBuffer([]);

            /**
             * PresignRequest issuedAt.
             * @member {number} issuedAt
             * @memberof thresh.v1.PresignRequest
             * @instance
             */
            PresignRequest.prototype.issuedAt = 0;

            /**
             * Encodes the specified PresignRequest message. Does not implicitly {@link thresh.v1.PresignRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.PresignRequest
             * @static
             * @param {thresh.v1.PresignRequest.$Properties} message PresignRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PresignRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.epoch);
                if (message.signers != null && message.signers.length)
                    for (let i = 0; i < message.signers.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.signers[i]);
                if (message.path != null && message.path.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.path);
                if (message.presignIds != null && message.presignIds.length)
                    for (let i = 0; i < message.presignIds.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.presignIds[i]);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.nonce);
                if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt") && message.issuedAt !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.issuedAt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PresignRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.PresignRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.PresignRequest & thresh.v1.PresignRequest.$Shape} PresignRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PresignRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.PresignRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.signers && message.signers.length))
                                message.signers = [];
                            message.signers.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.path && message.path.length))
                                    message.path = [];
                                reader.uint32s(message.path);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.path && message.path.length))
                                message.path = [];
                            message.path.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.presignIds && message.presignIds.length))
                                message.presignIds = [];
                            message.presignIds.push(reader.bytes());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.issuedAt = value;
                            else
                                delete message.issuedAt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PresignRequest;
        })();

        v1.OnlineSignRequest = (function() {

            /**
             * Properties of an OnlineSignRequest.
             * @typedef {Object} thresh.v1.OnlineSignRequest.$Properties
             * @property {thresh.v1.SignRequest.$Properties|null} [sign] OnlineSignRequest sign
             * @property {Uint8Array|null} [presignId] OnlineSignRequest presignId
             * @property {Array.<thresh.v1.FrostCommitment.$Properties>|null} [commitments] OnlineSignRequest commitments
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OnlineSignRequest.
             * @memberof thresh.v1
             * @interface IOnlineSignRequest
             * @augments thresh.v1.OnlineSignRequest.$Properties
             * @deprecated Use thresh.v1.OnlineSignRequest.$Properties instead.
             */

            /**
             * Shape of an OnlineSignRequest.
             * @typedef {thresh.v1.OnlineSignRequest.$Properties} thresh.v1.OnlineSignRequest.$Shape
             */

            /**
             * Constructs a new OnlineSignRequest.
             * @memberof thresh.v1
             * @classdesc Represents an OnlineSignRequest.
             * @constructor
             * @param {thresh.v1.OnlineSignRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OnlineSignRequest = function (properties) {
                this.commitments = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OnlineSignRequest sign.
             * @member {thresh.v1.SignRequest.$Properties|null|undefined} sign
             * @memberof thresh.v1.OnlineSignRequest
             * @instance
             */
            OnlineSignRequest.prototype.sign = null;

            /**
             * OnlineSignRequest presignId.
             * @member {Uint8Array} presignId
             * @memberof thresh.v1.OnlineSignRequest
             * @instance
             */
            OnlineSignRequest.prototype.presignId = $util.newBuffer([]);

            /**
             * OnlineSignRequest commitments.
             * @member {Array.<thresh.v1.FrostCommitment.$Properties>} commitments
             * @memberof thresh.v1.OnlineSignRequest
             * @instance
             */
            OnlineSignRequest.prototype.commitments = $util.emptyArray;

            /**
             * Encodes the specified OnlineSignRequest message. Does not implicitly {@link thresh.v1.OnlineSignRequest.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.OnlineSignRequest
             * @static
             * @param {thresh.v1.OnlineSignRequest.$Properties} message OnlineSignRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OnlineSignRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sign != null && $Object.hasOwnProperty.call(message, "sign"))
                    $root.thresh.v1.SignRequest.encode(message.sign, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.presignId != null && $Object.hasOwnProperty.call(message, "presignId") && message.presignId.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.presignId);
                if (message.commitments != null && message.commitments.length)
                    for (let i = 0; i < message.commitments.length; ++i)
                        $root.thresh.v1.FrostCommitment.encode(message.commitments[i], writer.uint32(/* id 70, wireType 2 =*/562).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OnlineSignRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.OnlineSignRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.OnlineSignRequest & thresh.v1.OnlineSignRequest.$Shape} OnlineSignRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OnlineSignRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.OnlineSignRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.sign = $root.thresh.v1.SignRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.sign);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.presignId = value;
                            else
                                delete message.presignId;
                            continue;
                        }
                    case 70: {
                            if (wireType !== 2)
                                break;
                            if (!(message.commitments && message.commitments.length))
                                message.commitments = [];
                            message.commitments.push($root.thresh.v1.FrostCommitment.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return OnlineSignRequest;
        })();

        v1.FrostCommitment = (function() {

            /**
             * Properties of a FrostCommitment.
             * @typedef {Object} thresh.v1.FrostCommitment.$Properties
             * @property {string|null} [signer] FrostCommitment signer
             * @property {Uint8Array|null} [presignId] FrostCommitment presignId
             * @property {Uint8Array|null} [hiding] FrostCommitment hiding
             * @property {Uint8Array|null} [binding] FrostCommitment binding
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FrostCommitment.
             * @memberof thresh.v1
             * @interface IFrostCommitment
             * @augments thresh.v1.FrostCommitment.$Properties
             * @deprecated Use thresh.v1.FrostCommitment.$Properties instead.
             */

            /**
             * Shape of a FrostCommitment.
             * @typedef {thresh.v1.FrostCommitment.$Properties} thresh.v1.FrostCommitment.$Shape
             */

            /**
             * Constructs a new FrostCommitment.
             * @memberof thresh.v1
             * @classdesc Represents a FrostCommitment.
             * @constructor
             * @param {thresh.v1.FrostCommitment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FrostCommitment = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FrostCommitment signer.
             * @member {string} signer
             * @memberof thresh.v1.FrostCommitment
             * @instance
             */
            FrostCommitment.prototype.signer = "";

            /**
             * FrostCommitment presignId.
             * @member {Uint8Array} presignId
             * @memberof thresh.v1.FrostCommitment
             * @instance
             */
            FrostCommitment.prototype.presignId = $util.newBuffer([]);

            /**
             * FrostCommitment hiding.
             * @member {Uint8Array} hiding
             * @memberof thresh.v1.FrostCommitment
             * @instance
             */
            FrostCommitment.prototype.hiding = $util.newBuffer([]);

            /**
             * FrostCommitment binding.
             * @member {Uint8Array} binding
             * @memberof thresh.v1.FrostCommitment
             * @instance
             */
            FrostCommitment.prototype.binding = $util.newBuffer([]);

            /**
             * Encodes the specified FrostCommitment message. Does not implicitly {@link thresh.v1.FrostCommitment.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.FrostCommitment
             * @static
             * @param {thresh.v1.FrostCommitment.$Properties} message FrostCommitment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FrostCommitment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.signer != null && $Object.hasOwnProperty.call(message, "signer") && message.signer !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.signer);
                if (message.presignId != null && $Object.hasOwnProperty.call(message, "presignId") && message.presignId.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.presignId);
                if (message.hiding != null && $Object.hasOwnProperty.call(message, "hiding") && message.hiding.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.hiding);
                if (message.binding != null && $Object.hasOwnProperty.call(message, "binding") && message.binding.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.binding);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FrostCommitment message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.FrostCommitment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.FrostCommitment & thresh.v1.FrostCommitment.$Shape} FrostCommitment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FrostCommitment.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.FrostCommitment();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.signer = value;
                            else
                                delete message.signer;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.presignId = value;
                            else
                                delete message.presignId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.hiding = value;
                            else
                                delete message.hiding;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.binding = value;
                            else
                                delete message.binding;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return FrostCommitment;
        })();

        v1.PresignInfo = (function() {

            /**
             * Properties of a PresignInfo.
             * @typedef {Object} thresh.v1.PresignInfo.$Properties
             * @property {Uint8Array|null} [presignId] PresignInfo presignId
             * @property {Uint8Array|null} [instancePoint] PresignInfo instancePoint
             * @property {Uint8Array|null} [publicKey] PresignInfo publicKey
             * @property {Uint8Array|null} [hiding] PresignInfo hiding
             * @property {Uint8Array|null} [binding] PresignInfo binding
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PresignInfo.
             * @memberof thresh.v1
             * @interface IPresignInfo
             * @augments thresh.v1.PresignInfo.$Properties
             * @deprecated Use thresh.v1.PresignInfo.$Properties instead.
             */

            /**
             * Shape of a PresignInfo.
             * @typedef {thresh.v1.PresignInfo.$Properties} thresh.v1.PresignInfo.$Shape
             */

            /**
             * Constructs a new PresignInfo.
             * @memberof thresh.v1
             * @classdesc Represents a PresignInfo.
             * @constructor
             * @param {thresh.v1.PresignInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PresignInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PresignInfo presignId.
             * @member {Uint8Array} presignId
             * @memberof thresh.v1.PresignInfo
             * @instance
             */
            PresignInfo.prototype.presignId = $util.newBuffer([]);

            /**
             * PresignInfo instancePoint.
             * @member {Uint8Array} instancePoint
             * @memberof thresh.v1.PresignInfo
             * @instance
             */
            PresignInfo.prototype.instancePoint = $util.newBuffer([]);

            /**
             * PresignInfo publicKey.
             * @member {Uint8Array} publicKey
             * @memberof thresh.v1.PresignInfo
             * @instance
             */
            PresignInfo.prototype.publicKey = $util.newBuffer([]);

            /**
             * PresignInfo hiding.
             * @member {Uint8Array} hiding
             * @memberof thresh.v1.PresignInfo
             * @instance
             */
            PresignInfo.prototype.hiding = $util.newBuffer([]);

            /**
             * PresignInfo binding.
             * @member {Uint8Array} binding
             * @memberof thresh.v1.PresignInfo
             * @instance
             */
            PresignInfo.prototype.binding = $util.newBuffer([]);

            /**
             * Encodes the specified PresignInfo message. Does not implicitly {@link thresh.v1.PresignInfo.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.PresignInfo
             * @static
             * @param {thresh.v1.PresignInfo.$Properties} message PresignInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PresignInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.presignId != null && $Object.hasOwnProperty.call(message, "presignId") && message.presignId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.presignId);
                if (message.instancePoint != null && $Object.hasOwnProperty.call(message, "instancePoint") && message.instancePoint.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.instancePoint);
                if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.publicKey);
                if (message.hiding != null && $Object.hasOwnProperty.call(message, "hiding") && message.hiding.length)
                    writer.uint32(/* id 70, wireType 2 =*/562).bytes(message.hiding);
                if (message.binding != null && $Object.hasOwnProperty.call(message, "binding") && message.binding.length)
                    writer.uint32(/* id 71, wireType 2 =*/570).bytes(message.binding);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PresignInfo message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.PresignInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.PresignInfo & thresh.v1.PresignInfo.$Shape} PresignInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PresignInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.PresignInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.presignId = value;
                            else
                                delete message.presignId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.instancePoint = value;
                            else
                                delete message.instancePoint;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.publicKey = value;
                            else
                                delete message.publicKey;
                            continue;
                        }
                    case 70: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.hiding = value;
                            else
                                delete message.hiding;
                            continue;
                        }
                    case 71: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.binding = value;
                            else
                                delete message.binding;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PresignInfo;
        })();

        v1.PresignResult = (function() {

            /**
             * Properties of a PresignResult.
             * @typedef {Object} thresh.v1.PresignResult.$Properties
             * @property {Array.<thresh.v1.PresignInfo.$Properties>|null} [presignatures] PresignResult presignatures
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PresignResult.
             * @memberof thresh.v1
             * @interface IPresignResult
             * @augments thresh.v1.PresignResult.$Properties
             * @deprecated Use thresh.v1.PresignResult.$Properties instead.
             */

            /**
             * Shape of a PresignResult.
             * @typedef {thresh.v1.PresignResult.$Properties} thresh.v1.PresignResult.$Shape
             */

            /**
             * Constructs a new PresignResult.
             * @memberof thresh.v1
             * @classdesc Represents a PresignResult.
             * @constructor
             * @param {thresh.v1.PresignResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PresignResult = function (properties) {
                this.presignatures = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PresignResult presignatures.
             * @member {Array.<thresh.v1.PresignInfo.$Properties>} presignatures
             * @memberof thresh.v1.PresignResult
             * @instance
             */
            PresignResult.prototype.presignatures = $util.emptyArray;

            /**
             * Encodes the specified PresignResult message. Does not implicitly {@link thresh.v1.PresignResult.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.PresignResult
             * @static
             * @param {thresh.v1.PresignResult.$Properties} message PresignResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PresignResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.presignatures != null && message.presignatures.length)
                    for (let i = 0; i < message.presignatures.length; ++i)
                        $root.thresh.v1.PresignInfo.encode(message.presignatures[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PresignResult message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.PresignResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.PresignResult & thresh.v1.PresignResult.$Shape} PresignResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PresignResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.PresignResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.presignatures && message.presignatures.length))
                                message.presignatures = [];
                            message.presignatures.push($root.thresh.v1.PresignInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PresignResult;
        })();

        v1.OnlineShareResult = (function() {

            /**
             * Properties of an OnlineShareResult.
             * @typedef {Object} thresh.v1.OnlineShareResult.$Properties
             * @property {Uint8Array|null} [u] OnlineShareResult u
             * @property {Uint8Array|null} [w] OnlineShareResult w
             * @property {Uint8Array|null} [z] OnlineShareResult z
             * @property {Uint8Array|null} [cggmpSigma] OnlineShareResult cggmpSigma
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OnlineShareResult.
             * @memberof thresh.v1
             * @interface IOnlineShareResult
             * @augments thresh.v1.OnlineShareResult.$Properties
             * @deprecated Use thresh.v1.OnlineShareResult.$Properties instead.
             */

            /**
             * Shape of an OnlineShareResult.
             * @typedef {thresh.v1.OnlineShareResult.$Properties} thresh.v1.OnlineShareResult.$Shape
             */

            /**
             * Constructs a new OnlineShareResult.
             * @memberof thresh.v1
             * @classdesc Represents an OnlineShareResult.
             * @constructor
             * @param {thresh.v1.OnlineShareResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OnlineShareResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OnlineShareResult u.
             * @member {Uint8Array} u
             * @memberof thresh.v1.OnlineShareResult
             * @instance
             */
            OnlineShareResult.prototype.u = $util.newBuffer([]);

            /**
             * OnlineShareResult w.
             * @member {Uint8Array} w
             * @memberof thresh.v1.OnlineShareResult
             * @instance
             */
            OnlineShareResult.prototype.w = $util.newBuffer([]);

            /**
             * OnlineShareResult z.
             * @member {Uint8Array} z
             * @memberof thresh.v1.OnlineShareResult
             * @instance
             */
            OnlineShareResult.prototype.z = $util.newBuffer([]);

            /**
             * OnlineShareResult cggmpSigma.
             * @member {Uint8Array} cggmpSigma
             * @memberof thresh.v1.OnlineShareResult
             * @instance
             */
            OnlineShareResult.prototype.cggmpSigma = $util.newBuffer([]);

            /**
             * Encodes the specified OnlineShareResult message. Does not implicitly {@link thresh.v1.OnlineShareResult.verify|verify} messages.
             * @function encode
             * @memberof thresh.v1.OnlineShareResult
             * @static
             * @param {thresh.v1.OnlineShareResult.$Properties} message OnlineShareResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OnlineShareResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.u != null && $Object.hasOwnProperty.call(message, "u") && message.u.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.u);
                if (message.w != null && $Object.hasOwnProperty.call(message, "w") && message.w.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.w);
                if (message.z != null && $Object.hasOwnProperty.call(message, "z") && message.z.length)
                    writer.uint32(/* id 70, wireType 2 =*/562).bytes(message.z);
                if (message.cggmpSigma != null && $Object.hasOwnProperty.call(message, "cggmpSigma") && message.cggmpSigma.length)
                    writer.uint32(/* id 80, wireType 2 =*/642).bytes(message.cggmpSigma);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OnlineShareResult message from the specified reader or buffer.
             * @function decode
             * @memberof thresh.v1.OnlineShareResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {thresh.v1.OnlineShareResult & thresh.v1.OnlineShareResult.$Shape} OnlineShareResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OnlineShareResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.thresh.v1.OnlineShareResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.u = value;
                            else
                                delete message.u;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.w = value;
                            else
                                delete message.w;
                            continue;
                        }
                    case 70: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.z = value;
                            else
                                delete message.z;
                            continue;
                        }
                    case 80: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.cggmpSigma = value;
                            else
                                delete message.cggmpSigma;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return OnlineShareResult;
        })();

        return v1;
    })();

    return thresh;
})();

export {
  $root as default
};
