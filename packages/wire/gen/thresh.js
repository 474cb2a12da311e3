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

        /**
         * Scheme enum.
         * @name thresh.v1.Scheme
         * @enum {number}
         * @property {number} SCHEME_UNSPECIFIED=0 SCHEME_UNSPECIFIED value
         * @property {number} SCHEME_ECDSA=1 SCHEME_ECDSA value
         * @property {number} SCHEME_FROST_ED25519=2 SCHEME_FROST_ED25519 value
         * @property {number} SCHEME_FROST_SECP256K1=3 SCHEME_FROST_SECP256K1 value
         * @property {number} SCHEME_BIP340=4 SCHEME_BIP340 value
         */
        v1.Scheme = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SCHEME_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SCHEME_ECDSA"] = 1;
            values[valuesById[2] = "SCHEME_FROST_ED25519"] = 2;
            values[valuesById[3] = "SCHEME_FROST_SECP256K1"] = 3;
            values[valuesById[4] = "SCHEME_BIP340"] = 4;
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

        v1.SignRequest = (function() {

            /**
             * Properties of a SignRequest.
             * @typedef {Object} thresh.v1.SignRequest.$Properties
             * @property {string|null} [keyId] SignRequest keyId
             * @property {Uint8Array|null} [message] SignRequest message
             * @property {Array.<string>|null} [signers] SignRequest signers
             * @property {Uint8Array|null} [nonce] SignRequest nonce
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
             * @property {"keygen"|"sign"|"listKeys"|"getPublicKey"} [body] CoordRequest body
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
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null }|{ body?: "keygen"; keygen: thresh.v1.KeygenRequest.$Shape; sign?: null; listKeys?: null; getPublicKey?: null }|{ body?: "sign"; keygen?: null; sign: thresh.v1.SignRequest.$Shape; listKeys?: null; getPublicKey?: null }|{ body?: "listKeys"; keygen?: null; sign?: null; listKeys: thresh.v1.ListKeysRequest.$Shape; getPublicKey?: null }|{ body?: "getPublicKey"; keygen?: null; sign?: null; listKeys?: null; getPublicKey: thresh.v1.GetPublicKeyRequest.$Shape })
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

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * CoordRequest body.
             * @member {"keygen"|"sign"|"listKeys"|"getPublicKey"|undefined} body
             * @memberof thresh.v1.CoordRequest
             * @instance
             */
            $Object.defineProperty(CoordRequest.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["keygen", "sign", "listKeys", "getPublicKey"]),
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
            return values;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} thresh.v1.Error.$Properties
             * @property {thresh.v1.ErrorCode|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {Array.<string>|null} [culprits] Error culprits
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

        v1.CoordResponse = (function() {

            /**
             * Properties of a CoordResponse.
             * @typedef {Object} thresh.v1.CoordResponse.$Properties
             * @property {thresh.v1.KeygenResult.$Properties|null} [keygen] CoordResponse keygen
             * @property {thresh.v1.SignResult.$Properties|null} [sign] CoordResponse sign
             * @property {thresh.v1.ListKeysResult.$Properties|null} [keys] CoordResponse keys
             * @property {thresh.v1.PublicKeyResult.$Properties|null} [publicKey] CoordResponse publicKey
             * @property {thresh.v1.Error.$Properties|null} [error] CoordResponse error
             * @property {"keygen"|"sign"|"keys"|"publicKey"|"error"} [body] CoordResponse body
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
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null }|{ body?: "keygen"; keygen: thresh.v1.KeygenResult.$Shape; sign?: null; keys?: null; publicKey?: null; error?: null }|{ body?: "sign"; keygen?: null; sign: thresh.v1.SignResult.$Shape; keys?: null; publicKey?: null; error?: null }|{ body?: "keys"; keygen?: null; sign?: null; keys: thresh.v1.ListKeysResult.$Shape; publicKey?: null; error?: null }|{ body?: "publicKey"; keygen?: null; sign?: null; keys?: null; publicKey: thresh.v1.PublicKeyResult.$Shape; error?: null }|{ body?: "error"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error: thresh.v1.Error.$Shape })
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

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * CoordResponse body.
             * @member {"keygen"|"sign"|"keys"|"publicKey"|"error"|undefined} body
             * @memberof thresh.v1.CoordResponse
             * @instance
             */
            $Object.defineProperty(CoordResponse.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["keygen", "sign", "keys", "publicKey", "error"]),
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

        return v1;
    })();

    return thresh;
})();

export {
  $root as default
};
