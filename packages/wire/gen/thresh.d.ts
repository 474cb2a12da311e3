import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace thresh. */
export namespace thresh {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an Envelope.
         * @deprecated Use thresh.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends thresh.v1.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope sessionId. */
            sessionId: Uint8Array;

            /** Envelope round. */
            round: number;

            /** Envelope sender. */
            sender: number;

            /** Envelope recipient. */
            recipient: number;

            /** Envelope payload. */
            payload: Uint8Array;

            /** Envelope sealed. */
            sealed?: (thresh.v1.SealedPayload.$Properties|null);

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link thresh.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.Envelope & thresh.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.Envelope & thresh.v1.Envelope.$Shape;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope sessionId */
                sessionId?: (Uint8Array|null);

                /** Envelope round */
                round?: (number|null);

                /** Envelope sender */
                sender?: (number|null);

                /** Envelope recipient */
                recipient?: (number|null);

                /** Envelope payload */
                payload?: (Uint8Array|null);

                /** Envelope sealed */
                sealed?: (thresh.v1.SealedPayload.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Envelope. */
            type $Shape = thresh.v1.Envelope.$Properties;
        }

        /**
         * Properties of a SealedPayload.
         * @deprecated Use thresh.v1.SealedPayload.$Properties instead.
         */
        interface ISealedPayload extends thresh.v1.SealedPayload.$Properties {
        }

        /** Represents a SealedPayload. */
        class SealedPayload {

            /**
             * Constructs a new SealedPayload.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.SealedPayload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SealedPayload keyId. */
            keyId: number;

            /** SealedPayload box. */
            box: Uint8Array;

            /**
             * Encodes the specified SealedPayload message. Does not implicitly {@link thresh.v1.SealedPayload.verify|verify} messages.
             * @param message SealedPayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.SealedPayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SealedPayload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.SealedPayload & thresh.v1.SealedPayload.$Shape} SealedPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.SealedPayload & thresh.v1.SealedPayload.$Shape;
        }

        namespace SealedPayload {

            /** Properties of a SealedPayload. */
            interface $Properties {

                /** SealedPayload keyId */
                keyId?: (number|null);

                /** SealedPayload box */
                box?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SealedPayload. */
            type $Shape = thresh.v1.SealedPayload.$Properties;
        }

        /**
         * Properties of a KemAnnouncement.
         * @deprecated Use thresh.v1.KemAnnouncement.$Properties instead.
         */
        interface IKemAnnouncement extends thresh.v1.KemAnnouncement.$Properties {
        }

        /** Represents a KemAnnouncement. */
        class KemAnnouncement {

            /**
             * Constructs a new KemAnnouncement.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.KemAnnouncement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KemAnnouncement peerId. */
            peerId: string;

            /** KemAnnouncement keyId. */
            keyId: number;

            /** KemAnnouncement publicKey. */
            publicKey: Uint8Array;

            /** KemAnnouncement issuedAt. */
            issuedAt: number;

            /** KemAnnouncement expiresAt. */
            expiresAt: number;

            /** KemAnnouncement signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified KemAnnouncement message. Does not implicitly {@link thresh.v1.KemAnnouncement.verify|verify} messages.
             * @param message KemAnnouncement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.KemAnnouncement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KemAnnouncement message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.KemAnnouncement & thresh.v1.KemAnnouncement.$Shape} KemAnnouncement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.KemAnnouncement & thresh.v1.KemAnnouncement.$Shape;
        }

        namespace KemAnnouncement {

            /** Properties of a KemAnnouncement. */
            interface $Properties {

                /** KemAnnouncement peerId */
                peerId?: (string|null);

                /** KemAnnouncement keyId */
                keyId?: (number|null);

                /** KemAnnouncement publicKey */
                publicKey?: (Uint8Array|null);

                /** KemAnnouncement issuedAt */
                issuedAt?: (number|null);

                /** KemAnnouncement expiresAt */
                expiresAt?: (number|null);

                /** KemAnnouncement signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KemAnnouncement. */
            type $Shape = thresh.v1.KemAnnouncement.$Properties;
        }

        /**
         * Properties of a Complaint.
         * @deprecated Use thresh.v1.Complaint.$Properties instead.
         */
        interface IComplaint extends thresh.v1.Complaint.$Properties {
        }

        /** Represents a Complaint. */
        class Complaint {

            /**
             * Constructs a new Complaint.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.Complaint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Complaint accused. */
            accused: number[];

            /** Complaint reason. */
            reason: string;

            /** Complaint signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified Complaint message. Does not implicitly {@link thresh.v1.Complaint.verify|verify} messages.
             * @param message Complaint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.Complaint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Complaint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.Complaint & thresh.v1.Complaint.$Shape} Complaint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.Complaint & thresh.v1.Complaint.$Shape;
        }

        namespace Complaint {

            /** Properties of a Complaint. */
            interface $Properties {

                /** Complaint accused */
                accused?: (number[]|null);

                /** Complaint reason */
                reason?: (string|null);

                /** Complaint signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Complaint. */
            type $Shape = thresh.v1.Complaint.$Properties;
        }

        /**
         * Properties of an AttestationPayload.
         * @deprecated Use thresh.v1.AttestationPayload.$Properties instead.
         */
        interface IAttestationPayload extends thresh.v1.AttestationPayload.$Properties {
        }

        /** Represents an AttestationPayload. */
        class AttestationPayload {

            /**
             * Constructs a new AttestationPayload.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.AttestationPayload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AttestationPayload evidence. */
            evidence?: (thresh.v1.AttestationEvidence.$Properties|null);

            /** AttestationPayload confirm. */
            confirm?: (Uint8Array|null);

            /** AttestationPayload body. */
            body?: ("evidence"|"confirm");

            /**
             * Encodes the specified AttestationPayload message. Does not implicitly {@link thresh.v1.AttestationPayload.verify|verify} messages.
             * @param message AttestationPayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.AttestationPayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AttestationPayload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.AttestationPayload & thresh.v1.AttestationPayload.$Shape} AttestationPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.AttestationPayload & thresh.v1.AttestationPayload.$Shape;
        }

        namespace AttestationPayload {

            /** Properties of an AttestationPayload. */
            interface $Properties {

                /** AttestationPayload evidence */
                evidence?: (thresh.v1.AttestationEvidence.$Properties|null);

                /** AttestationPayload confirm */
                confirm?: (Uint8Array|null);

                /** AttestationPayload body */
                body?: ("evidence"|"confirm");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an AttestationPayload. */
            type $Shape = {
              evidence?: thresh.v1.AttestationEvidence.$Shape|null;
              confirm?: Uint8Array|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; evidence?: null; confirm?: null }|{ body?: "evidence"; evidence: thresh.v1.AttestationEvidence.$Shape; confirm?: null }|{ body?: "confirm"; evidence?: null; confirm: Uint8Array })
            );
        }

        /**
         * Properties of an AttestationEvidence.
         * @deprecated Use thresh.v1.AttestationEvidence.$Properties instead.
         */
        interface IAttestationEvidence extends thresh.v1.AttestationEvidence.$Properties {
        }

        /** Represents an AttestationEvidence. */
        class AttestationEvidence {

            /**
             * Constructs a new AttestationEvidence.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.AttestationEvidence.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AttestationEvidence protection. */
            protection: thresh.v1.Protection;

            /** AttestationEvidence tpmQuote. */
            tpmQuote?: (thresh.v1.TpmQuote.$Properties|null);

            /**
             * Encodes the specified AttestationEvidence message. Does not implicitly {@link thresh.v1.AttestationEvidence.verify|verify} messages.
             * @param message AttestationEvidence message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.AttestationEvidence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AttestationEvidence message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.AttestationEvidence & thresh.v1.AttestationEvidence.$Shape} AttestationEvidence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.AttestationEvidence & thresh.v1.AttestationEvidence.$Shape;
        }

        namespace AttestationEvidence {

            /** Properties of an AttestationEvidence. */
            interface $Properties {

                /** AttestationEvidence protection */
                protection?: (thresh.v1.Protection|null);

                /** AttestationEvidence tpmQuote */
                tpmQuote?: (thresh.v1.TpmQuote.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AttestationEvidence. */
            type $Shape = thresh.v1.AttestationEvidence.$Properties;
        }

        /**
         * Properties of a TpmQuote.
         * @deprecated Use thresh.v1.TpmQuote.$Properties instead.
         */
        interface ITpmQuote extends thresh.v1.TpmQuote.$Properties {
        }

        /** Represents a TpmQuote. */
        class TpmQuote {

            /**
             * Constructs a new TpmQuote.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.TpmQuote.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TpmQuote quoted. */
            quoted: Uint8Array;

            /** TpmQuote signature. */
            signature: Uint8Array;

            /** TpmQuote sessionId. */
            sessionId: Uint8Array;

            /** TpmQuote peerId. */
            peerId: string;

            /** TpmQuote identityPublicKey. */
            identityPublicKey: Uint8Array;

            /**
             * Encodes the specified TpmQuote message. Does not implicitly {@link thresh.v1.TpmQuote.verify|verify} messages.
             * @param message TpmQuote message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.TpmQuote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TpmQuote message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.TpmQuote & thresh.v1.TpmQuote.$Shape} TpmQuote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.TpmQuote & thresh.v1.TpmQuote.$Shape;
        }

        namespace TpmQuote {

            /** Properties of a TpmQuote. */
            interface $Properties {

                /** TpmQuote quoted */
                quoted?: (Uint8Array|null);

                /** TpmQuote signature */
                signature?: (Uint8Array|null);

                /** TpmQuote sessionId */
                sessionId?: (Uint8Array|null);

                /** TpmQuote peerId */
                peerId?: (string|null);

                /** TpmQuote identityPublicKey */
                identityPublicKey?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TpmQuote. */
            type $Shape = thresh.v1.TpmQuote.$Properties;
        }

        /**
         * Properties of a DkgPayload.
         * @deprecated Use thresh.v1.DkgPayload.$Properties instead.
         */
        interface IDkgPayload extends thresh.v1.DkgPayload.$Properties {
        }

        /** Represents a DkgPayload. */
        class DkgPayload {

            /**
             * Constructs a new DkgPayload.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.DkgPayload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DkgPayload commit. */
            commit?: (thresh.v1.DkgCommit.$Properties|null);

            /** DkgPayload share. */
            share?: (thresh.v1.DkgShare.$Properties|null);

            /** DkgPayload confirm. */
            confirm?: (thresh.v1.DkgConfirm.$Properties|null);

            /** DkgPayload complaint. */
            complaint?: (thresh.v1.DkgComplaint.$Properties|null);

            /** DkgPayload body. */
            body?: ("commit"|"share"|"confirm"|"complaint");

            /**
             * Encodes the specified DkgPayload message. Does not implicitly {@link thresh.v1.DkgPayload.verify|verify} messages.
             * @param message DkgPayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.DkgPayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DkgPayload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.DkgPayload & thresh.v1.DkgPayload.$Shape} DkgPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.DkgPayload & thresh.v1.DkgPayload.$Shape;
        }

        namespace DkgPayload {

            /** Properties of a DkgPayload. */
            interface $Properties {

                /** DkgPayload commit */
                commit?: (thresh.v1.DkgCommit.$Properties|null);

                /** DkgPayload share */
                share?: (thresh.v1.DkgShare.$Properties|null);

                /** DkgPayload confirm */
                confirm?: (thresh.v1.DkgConfirm.$Properties|null);

                /** DkgPayload complaint */
                complaint?: (thresh.v1.DkgComplaint.$Properties|null);

                /** DkgPayload body */
                body?: ("commit"|"share"|"confirm"|"complaint");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a DkgPayload. */
            type $Shape = {
              commit?: thresh.v1.DkgCommit.$Shape|null;
              share?: thresh.v1.DkgShare.$Shape|null;
              confirm?: thresh.v1.DkgConfirm.$Shape|null;
              complaint?: thresh.v1.DkgComplaint.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; commit?: null; share?: null; confirm?: null; complaint?: null }|{ body?: "commit"; commit: thresh.v1.DkgCommit.$Shape; share?: null; confirm?: null; complaint?: null }|{ body?: "share"; commit?: null; share: thresh.v1.DkgShare.$Shape; confirm?: null; complaint?: null }|{ body?: "confirm"; commit?: null; share?: null; confirm: thresh.v1.DkgConfirm.$Shape; complaint?: null }|{ body?: "complaint"; commit?: null; share?: null; confirm?: null; complaint: thresh.v1.DkgComplaint.$Shape })
            );
        }

        /**
         * Properties of a DkgCommit.
         * @deprecated Use thresh.v1.DkgCommit.$Properties instead.
         */
        interface IDkgCommit extends thresh.v1.DkgCommit.$Properties {
        }

        /** Represents a DkgCommit. */
        class DkgCommit {

            /**
             * Constructs a new DkgCommit.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.DkgCommit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DkgCommit commitment. */
            commitment: Uint8Array[];

            /** DkgCommit proof. */
            proof: Uint8Array;

            /** DkgCommit chainCodeCommitment. */
            chainCodeCommitment: Uint8Array;

            /** DkgCommit signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified DkgCommit message. Does not implicitly {@link thresh.v1.DkgCommit.verify|verify} messages.
             * @param message DkgCommit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.DkgCommit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DkgCommit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.DkgCommit & thresh.v1.DkgCommit.$Shape} DkgCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.DkgCommit & thresh.v1.DkgCommit.$Shape;
        }

        namespace DkgCommit {

            /** Properties of a DkgCommit. */
            interface $Properties {

                /** DkgCommit commitment */
                commitment?: (Uint8Array[]|null);

                /** DkgCommit proof */
                proof?: (Uint8Array|null);

                /** DkgCommit chainCodeCommitment */
                chainCodeCommitment?: (Uint8Array|null);

                /** DkgCommit signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DkgCommit. */
            type $Shape = thresh.v1.DkgCommit.$Properties;
        }

        /**
         * Properties of a DkgShare.
         * @deprecated Use thresh.v1.DkgShare.$Properties instead.
         */
        interface IDkgShare extends thresh.v1.DkgShare.$Properties {
        }

        /** Represents a DkgShare. */
        class DkgShare {

            /**
             * Constructs a new DkgShare.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.DkgShare.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DkgShare share. */
            share: Uint8Array;

            /** DkgShare chainCodeContribution. */
            chainCodeContribution: Uint8Array;

            /** DkgShare signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified DkgShare message. Does not implicitly {@link thresh.v1.DkgShare.verify|verify} messages.
             * @param message DkgShare message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.DkgShare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DkgShare message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.DkgShare & thresh.v1.DkgShare.$Shape} DkgShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.DkgShare & thresh.v1.DkgShare.$Shape;
        }

        namespace DkgShare {

            /** Properties of a DkgShare. */
            interface $Properties {

                /** DkgShare share */
                share?: (Uint8Array|null);

                /** DkgShare chainCodeContribution */
                chainCodeContribution?: (Uint8Array|null);

                /** DkgShare signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DkgShare. */
            type $Shape = thresh.v1.DkgShare.$Properties;
        }

        /**
         * Properties of a DkgConfirm.
         * @deprecated Use thresh.v1.DkgConfirm.$Properties instead.
         */
        interface IDkgConfirm extends thresh.v1.DkgConfirm.$Properties {
        }

        /** Represents a DkgConfirm. */
        class DkgConfirm {

            /**
             * Constructs a new DkgConfirm.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.DkgConfirm.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DkgConfirm round1Digests. */
            round1Digests: Uint8Array[];

            /** DkgConfirm round1Signatures. */
            round1Signatures: Uint8Array[];

            /** DkgConfirm signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified DkgConfirm message. Does not implicitly {@link thresh.v1.DkgConfirm.verify|verify} messages.
             * @param message DkgConfirm message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.DkgConfirm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DkgConfirm message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.DkgConfirm & thresh.v1.DkgConfirm.$Shape} DkgConfirm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.DkgConfirm & thresh.v1.DkgConfirm.$Shape;
        }

        namespace DkgConfirm {

            /** Properties of a DkgConfirm. */
            interface $Properties {

                /** DkgConfirm round1Digests */
                round1Digests?: (Uint8Array[]|null);

                /** DkgConfirm round1Signatures */
                round1Signatures?: (Uint8Array[]|null);

                /** DkgConfirm signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DkgConfirm. */
            type $Shape = thresh.v1.DkgConfirm.$Properties;
        }

        /**
         * Properties of a DkgComplaint.
         * @deprecated Use thresh.v1.DkgComplaint.$Properties instead.
         */
        interface IDkgComplaint extends thresh.v1.DkgComplaint.$Properties {
        }

        /** Represents a DkgComplaint. */
        class DkgComplaint {

            /**
             * Constructs a new DkgComplaint.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.DkgComplaint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DkgComplaint round1Digests. */
            round1Digests: Uint8Array[];

            /** DkgComplaint round1Signatures. */
            round1Signatures: Uint8Array[];

            /** DkgComplaint accused. */
            accused: number[];

            /** DkgComplaint shares. */
            shares: Uint8Array[];

            /** DkgComplaint chainCodeContributions. */
            chainCodeContributions: Uint8Array[];

            /** DkgComplaint shareSignatures. */
            shareSignatures: Uint8Array[];

            /**
             * Encodes the specified DkgComplaint message. Does not implicitly {@link thresh.v1.DkgComplaint.verify|verify} messages.
             * @param message DkgComplaint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.DkgComplaint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DkgComplaint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.DkgComplaint & thresh.v1.DkgComplaint.$Shape} DkgComplaint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.DkgComplaint & thresh.v1.DkgComplaint.$Shape;
        }

        namespace DkgComplaint {

            /** Properties of a DkgComplaint. */
            interface $Properties {

                /** DkgComplaint round1Digests */
                round1Digests?: (Uint8Array[]|null);

                /** DkgComplaint round1Signatures */
                round1Signatures?: (Uint8Array[]|null);

                /** DkgComplaint accused */
                accused?: (number[]|null);

                /** DkgComplaint shares */
                shares?: (Uint8Array[]|null);

                /** DkgComplaint chainCodeContributions */
                chainCodeContributions?: (Uint8Array[]|null);

                /** DkgComplaint shareSignatures */
                shareSignatures?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DkgComplaint. */
            type $Shape = thresh.v1.DkgComplaint.$Properties;
        }

        /**
         * Properties of a FrostPayload.
         * @deprecated Use thresh.v1.FrostPayload.$Properties instead.
         */
        interface IFrostPayload extends thresh.v1.FrostPayload.$Properties {
        }

        /** Represents a FrostPayload. */
        class FrostPayload {

            /**
             * Constructs a new FrostPayload.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.FrostPayload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FrostPayload commit. */
            commit?: (thresh.v1.FrostCommit.$Properties|null);

            /** FrostPayload share. */
            share?: (thresh.v1.FrostShare.$Properties|null);

            /** FrostPayload body. */
            body?: ("commit"|"share");

            /**
             * Encodes the specified FrostPayload message. Does not implicitly {@link thresh.v1.FrostPayload.verify|verify} messages.
             * @param message FrostPayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.FrostPayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FrostPayload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.FrostPayload & thresh.v1.FrostPayload.$Shape} FrostPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.FrostPayload & thresh.v1.FrostPayload.$Shape;
        }

        namespace FrostPayload {

            /** Properties of a FrostPayload. */
            interface $Properties {

                /** FrostPayload commit */
                commit?: (thresh.v1.FrostCommit.$Properties|null);

                /** FrostPayload share */
                share?: (thresh.v1.FrostShare.$Properties|null);

                /** FrostPayload body */
                body?: ("commit"|"share");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a FrostPayload. */
            type $Shape = {
              commit?: thresh.v1.FrostCommit.$Shape|null;
              share?: thresh.v1.FrostShare.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; commit?: null; share?: null }|{ body?: "commit"; commit: thresh.v1.FrostCommit.$Shape; share?: null }|{ body?: "share"; commit?: null; share: thresh.v1.FrostShare.$Shape })
            );
        }

        /**
         * Properties of a FrostCommit.
         * @deprecated Use thresh.v1.FrostCommit.$Properties instead.
         */
        interface IFrostCommit extends thresh.v1.FrostCommit.$Properties {
        }

        /** Represents a FrostCommit. */
        class FrostCommit {

            /**
             * Constructs a new FrostCommit.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.FrostCommit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FrostCommit hiding. */
            hiding: Uint8Array;

            /** FrostCommit binding. */
            binding: Uint8Array;

            /** FrostCommit signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified FrostCommit message. Does not implicitly {@link thresh.v1.FrostCommit.verify|verify} messages.
             * @param message FrostCommit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.FrostCommit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FrostCommit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.FrostCommit & thresh.v1.FrostCommit.$Shape} FrostCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.FrostCommit & thresh.v1.FrostCommit.$Shape;
        }

        namespace FrostCommit {

            /** Properties of a FrostCommit. */
            interface $Properties {

                /** FrostCommit hiding */
                hiding?: (Uint8Array|null);

                /** FrostCommit binding */
                binding?: (Uint8Array|null);

                /** FrostCommit signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FrostCommit. */
            type $Shape = thresh.v1.FrostCommit.$Properties;
        }

        /**
         * Properties of a FrostShare.
         * @deprecated Use thresh.v1.FrostShare.$Properties instead.
         */
        interface IFrostShare extends thresh.v1.FrostShare.$Properties {
        }

        /** Represents a FrostShare. */
        class FrostShare {

            /**
             * Constructs a new FrostShare.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.FrostShare.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FrostShare share. */
            share: Uint8Array;

            /** FrostShare commitmentDigests. */
            commitmentDigests: Uint8Array[];

            /** FrostShare commitmentSignatures. */
            commitmentSignatures: Uint8Array[];

            /**
             * Encodes the specified FrostShare message. Does not implicitly {@link thresh.v1.FrostShare.verify|verify} messages.
             * @param message FrostShare message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.FrostShare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FrostShare message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.FrostShare & thresh.v1.FrostShare.$Shape} FrostShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.FrostShare & thresh.v1.FrostShare.$Shape;
        }

        namespace FrostShare {

            /** Properties of a FrostShare. */
            interface $Properties {

                /** FrostShare share */
                share?: (Uint8Array|null);

                /** FrostShare commitmentDigests */
                commitmentDigests?: (Uint8Array[]|null);

                /** FrostShare commitmentSignatures */
                commitmentSignatures?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FrostShare. */
            type $Shape = thresh.v1.FrostShare.$Properties;
        }

        /**
         * Properties of a DklsSetupPayload.
         * @deprecated Use thresh.v1.DklsSetupPayload.$Properties instead.
         */
        interface IDklsSetupPayload extends thresh.v1.DklsSetupPayload.$Properties {
        }

        /** Represents a DklsSetupPayload. */
        class DklsSetupPayload {

            /**
             * Constructs a new DklsSetupPayload.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.DklsSetupPayload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DklsSetupPayload choose. */
            choose?: (thresh.v1.DklsSetupChoose.$Properties|null);

            /** DklsSetupPayload offer. */
            offer?: (thresh.v1.DklsSetupOffer.$Properties|null);

            /** DklsSetupPayload extend. */
            extend?: (thresh.v1.DklsSetupExtend.$Properties|null);

            /** DklsSetupPayload open. */
            open?: (thresh.v1.DklsSetupOpen.$Properties|null);

            /** DklsSetupPayload body. */
            body?: ("choose"|"offer"|"extend"|"open");

            /**
             * Encodes the specified DklsSetupPayload message. Does not implicitly {@link thresh.v1.DklsSetupPayload.verify|verify} messages.
             * @param message DklsSetupPayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.DklsSetupPayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DklsSetupPayload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSetupPayload & thresh.v1.DklsSetupPayload.$Shape} DklsSetupPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.DklsSetupPayload & thresh.v1.DklsSetupPayload.$Shape;
        }

        namespace DklsSetupPayload {

            /** Properties of a DklsSetupPayload. */
            interface $Properties {

                /** DklsSetupPayload choose */
                choose?: (thresh.v1.DklsSetupChoose.$Properties|null);

                /** DklsSetupPayload offer */
                offer?: (thresh.v1.DklsSetupOffer.$Properties|null);

                /** DklsSetupPayload extend */
                extend?: (thresh.v1.DklsSetupExtend.$Properties|null);

                /** DklsSetupPayload open */
                open?: (thresh.v1.DklsSetupOpen.$Properties|null);

                /** DklsSetupPayload body */
                body?: ("choose"|"offer"|"extend"|"open");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a DklsSetupPayload. */
            type $Shape = {
              choose?: thresh.v1.DklsSetupChoose.$Shape|null;
              offer?: thresh.v1.DklsSetupOffer.$Shape|null;
              extend?: thresh.v1.DklsSetupExtend.$Shape|null;
              open?: thresh.v1.DklsSetupOpen.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; choose?: null; offer?: null; extend?: null; open?: null }|{ body?: "choose"; choose: thresh.v1.DklsSetupChoose.$Shape; offer?: null; extend?: null; open?: null }|{ body?: "offer"; choose?: null; offer: thresh.v1.DklsSetupOffer.$Shape; extend?: null; open?: null }|{ body?: "extend"; choose?: null; offer?: null; extend: thresh.v1.DklsSetupExtend.$Shape; open?: null }|{ body?: "open"; choose?: null; offer?: null; extend?: null; open: thresh.v1.DklsSetupOpen.$Shape })
            );
        }

        /**
         * Properties of a DklsSetupChoose.
         * @deprecated Use thresh.v1.DklsSetupChoose.$Properties instead.
         */
        interface IDklsSetupChoose extends thresh.v1.DklsSetupChoose.$Properties {
        }

        /** Represents a DklsSetupChoose. */
        class DklsSetupChoose {

            /**
             * Constructs a new DklsSetupChoose.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.DklsSetupChoose.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DklsSetupChoose points. */
            points: Uint8Array;

            /** DklsSetupChoose zeroCommitment. */
            zeroCommitment: Uint8Array;

            /**
             * Encodes the specified DklsSetupChoose message. Does not implicitly {@link thresh.v1.DklsSetupChoose.verify|verify} messages.
             * @param message DklsSetupChoose message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.DklsSetupChoose.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DklsSetupChoose message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSetupChoose & thresh.v1.DklsSetupChoose.$Shape} DklsSetupChoose
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.DklsSetupChoose & thresh.v1.DklsSetupChoose.$Shape;
        }

        namespace DklsSetupChoose {

            /** Properties of a DklsSetupChoose. */
            interface $Properties {

                /** DklsSetupChoose points */
                points?: (Uint8Array|null);

                /** DklsSetupChoose zeroCommitment */
                zeroCommitment?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DklsSetupChoose. */
            type $Shape = thresh.v1.DklsSetupChoose.$Properties;
        }

        /**
         * Properties of a DklsSetupOffer.
         * @deprecated Use thresh.v1.DklsSetupOffer.$Properties instead.
         */
        interface IDklsSetupOffer extends thresh.v1.DklsSetupOffer.$Properties {
        }

        /** Represents a DklsSetupOffer. */
        class DklsSetupOffer {

            /**
             * Constructs a new DklsSetupOffer.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.DklsSetupOffer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DklsSetupOffer point. */
            point: Uint8Array;

            /** DklsSetupOffer zeroCommitment. */
            zeroCommitment: Uint8Array;

            /**
             * Encodes the specified DklsSetupOffer message. Does not implicitly {@link thresh.v1.DklsSetupOffer.verify|verify} messages.
             * @param message DklsSetupOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.DklsSetupOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DklsSetupOffer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSetupOffer & thresh.v1.DklsSetupOffer.$Shape} DklsSetupOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.DklsSetupOffer & thresh.v1.DklsSetupOffer.$Shape;
        }

        namespace DklsSetupOffer {

            /** Properties of a DklsSetupOffer. */
            interface $Properties {

                /** DklsSetupOffer point */
                point?: (Uint8Array|null);

                /** DklsSetupOffer zeroCommitment */
                zeroCommitment?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DklsSetupOffer. */
            type $Shape = thresh.v1.DklsSetupOffer.$Properties;
        }

        /**
         * Properties of a DklsSetupExtend.
         * @deprecated Use thresh.v1.DklsSetupExtend.$Properties instead.
         */
        interface IDklsSetupExtend extends thresh.v1.DklsSetupExtend.$Properties {
        }

        /** Represents a DklsSetupExtend. */
        class DklsSetupExtend {

            /**
             * Constructs a new DklsSetupExtend.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.DklsSetupExtend.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DklsSetupExtend transcript. */
            transcript: Uint8Array;

            /** DklsSetupExtend u. */
            u: Uint8Array;

            /** DklsSetupExtend xCheck. */
            xCheck: Uint8Array;

            /** DklsSetupExtend tCheck. */
            tCheck: Uint8Array;

            /** DklsSetupExtend zeroContribution. */
            zeroContribution: Uint8Array;

            /** DklsSetupExtend zeroSalt. */
            zeroSalt: Uint8Array;

            /**
             * Encodes the specified DklsSetupExtend message. Does not implicitly {@link thresh.v1.DklsSetupExtend.verify|verify} messages.
             * @param message DklsSetupExtend message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.DklsSetupExtend.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DklsSetupExtend message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSetupExtend & thresh.v1.DklsSetupExtend.$Shape} DklsSetupExtend
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.DklsSetupExtend & thresh.v1.DklsSetupExtend.$Shape;
        }

        namespace DklsSetupExtend {

            /** Properties of a DklsSetupExtend. */
            interface $Properties {

                /** DklsSetupExtend transcript */
                transcript?: (Uint8Array|null);

                /** DklsSetupExtend u */
                u?: (Uint8Array|null);

                /** DklsSetupExtend xCheck */
                xCheck?: (Uint8Array|null);

                /** DklsSetupExtend tCheck */
                tCheck?: (Uint8Array|null);

                /** DklsSetupExtend zeroContribution */
                zeroContribution?: (Uint8Array|null);

                /** DklsSetupExtend zeroSalt */
                zeroSalt?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DklsSetupExtend. */
            type $Shape = thresh.v1.DklsSetupExtend.$Properties;
        }

        /**
         * Properties of a DklsSetupOpen.
         * @deprecated Use thresh.v1.DklsSetupOpen.$Properties instead.
         */
        interface IDklsSetupOpen extends thresh.v1.DklsSetupOpen.$Properties {
        }

        /** Represents a DklsSetupOpen. */
        class DklsSetupOpen {

            /**
             * Constructs a new DklsSetupOpen.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.DklsSetupOpen.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DklsSetupOpen transcript. */
            transcript: Uint8Array;

            /** DklsSetupOpen zeroContribution. */
            zeroContribution: Uint8Array;

            /** DklsSetupOpen zeroSalt. */
            zeroSalt: Uint8Array;

            /**
             * Encodes the specified DklsSetupOpen message. Does not implicitly {@link thresh.v1.DklsSetupOpen.verify|verify} messages.
             * @param message DklsSetupOpen message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.DklsSetupOpen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DklsSetupOpen message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSetupOpen & thresh.v1.DklsSetupOpen.$Shape} DklsSetupOpen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.DklsSetupOpen & thresh.v1.DklsSetupOpen.$Shape;
        }

        namespace DklsSetupOpen {

            /** Properties of a DklsSetupOpen. */
            interface $Properties {

                /** DklsSetupOpen transcript */
                transcript?: (Uint8Array|null);

                /** DklsSetupOpen zeroContribution */
                zeroContribution?: (Uint8Array|null);

                /** DklsSetupOpen zeroSalt */
                zeroSalt?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DklsSetupOpen. */
            type $Shape = thresh.v1.DklsSetupOpen.$Properties;
        }

        /**
         * Properties of a DklsSignPayload.
         * @deprecated Use thresh.v1.DklsSignPayload.$Properties instead.
         */
        interface IDklsSignPayload extends thresh.v1.DklsSignPayload.$Properties {
        }

        /** Represents a DklsSignPayload. */
        class DklsSignPayload {

            /**
             * Constructs a new DklsSignPayload.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.DklsSignPayload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DklsSignPayload commit. */
            commit?: (thresh.v1.DklsSignCommit.$Properties|null);

            /** DklsSignPayload extend. */
            extend?: (thresh.v1.DklsSignExtend.$Properties|null);

            /** DklsSignPayload reveal. */
            reveal?: (thresh.v1.DklsSignReveal.$Properties|null);

            /** DklsSignPayload multiply. */
            multiply?: (thresh.v1.DklsSignMultiply.$Properties|null);

            /** DklsSignPayload share. */
            share?: (thresh.v1.DklsSignShare.$Properties|null);

            /** DklsSignPayload body. */
            body?: ("commit"|"extend"|"reveal"|"multiply"|"share");

            /**
             * Encodes the specified DklsSignPayload message. Does not implicitly {@link thresh.v1.DklsSignPayload.verify|verify} messages.
             * @param message DklsSignPayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.DklsSignPayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DklsSignPayload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSignPayload & thresh.v1.DklsSignPayload.$Shape} DklsSignPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.DklsSignPayload & thresh.v1.DklsSignPayload.$Shape;
        }

        namespace DklsSignPayload {

            /** Properties of a DklsSignPayload. */
            interface $Properties {

                /** DklsSignPayload commit */
                commit?: (thresh.v1.DklsSignCommit.$Properties|null);

                /** DklsSignPayload extend */
                extend?: (thresh.v1.DklsSignExtend.$Properties|null);

                /** DklsSignPayload reveal */
                reveal?: (thresh.v1.DklsSignReveal.$Properties|null);

                /** DklsSignPayload multiply */
                multiply?: (thresh.v1.DklsSignMultiply.$Properties|null);

                /** DklsSignPayload share */
                share?: (thresh.v1.DklsSignShare.$Properties|null);

                /** DklsSignPayload body */
                body?: ("commit"|"extend"|"reveal"|"multiply"|"share");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a DklsSignPayload. */
            type $Shape = {
              commit?: thresh.v1.DklsSignCommit.$Shape|null;
              extend?: thresh.v1.DklsSignExtend.$Shape|null;
              reveal?: thresh.v1.DklsSignReveal.$Shape|null;
              multiply?: thresh.v1.DklsSignMultiply.$Shape|null;
              share?: thresh.v1.DklsSignShare.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; commit?: null; extend?: null; reveal?: null; multiply?: null; share?: null }|{ body?: "commit"; commit: thresh.v1.DklsSignCommit.$Shape; extend?: null; reveal?: null; multiply?: null; share?: null }|{ body?: "extend"; commit?: null; extend: thresh.v1.DklsSignExtend.$Shape; reveal?: null; multiply?: null; share?: null }|{ body?: "reveal"; commit?: null; extend?: null; reveal: thresh.v1.DklsSignReveal.$Shape; multiply?: null; share?: null }|{ body?: "multiply"; commit?: null; extend?: null; reveal?: null; multiply: thresh.v1.DklsSignMultiply.$Shape; share?: null }|{ body?: "share"; commit?: null; extend?: null; reveal?: null; multiply?: null; share: thresh.v1.DklsSignShare.$Shape })
            );
        }

        /**
         * Properties of a DklsSignCommit.
         * @deprecated Use thresh.v1.DklsSignCommit.$Properties instead.
         */
        interface IDklsSignCommit extends thresh.v1.DklsSignCommit.$Properties {
        }

        /** Represents a DklsSignCommit. */
        class DklsSignCommit {

            /**
             * Constructs a new DklsSignCommit.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.DklsSignCommit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DklsSignCommit commitment. */
            commitment: Uint8Array;

            /** DklsSignCommit signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified DklsSignCommit message. Does not implicitly {@link thresh.v1.DklsSignCommit.verify|verify} messages.
             * @param message DklsSignCommit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.DklsSignCommit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DklsSignCommit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSignCommit & thresh.v1.DklsSignCommit.$Shape} DklsSignCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.DklsSignCommit & thresh.v1.DklsSignCommit.$Shape;
        }

        namespace DklsSignCommit {

            /** Properties of a DklsSignCommit. */
            interface $Properties {

                /** DklsSignCommit commitment */
                commitment?: (Uint8Array|null);

                /** DklsSignCommit signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DklsSignCommit. */
            type $Shape = thresh.v1.DklsSignCommit.$Properties;
        }

        /**
         * Properties of a DklsSignExtend.
         * @deprecated Use thresh.v1.DklsSignExtend.$Properties instead.
         */
        interface IDklsSignExtend extends thresh.v1.DklsSignExtend.$Properties {
        }

        /** Represents a DklsSignExtend. */
        class DklsSignExtend {

            /**
             * Constructs a new DklsSignExtend.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.DklsSignExtend.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DklsSignExtend u. */
            u: Uint8Array;

            /** DklsSignExtend xCheck. */
            xCheck: Uint8Array;

            /** DklsSignExtend tCheck. */
            tCheck: Uint8Array;

            /**
             * Encodes the specified DklsSignExtend message. Does not implicitly {@link thresh.v1.DklsSignExtend.verify|verify} messages.
             * @param message DklsSignExtend message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.DklsSignExtend.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DklsSignExtend message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSignExtend & thresh.v1.DklsSignExtend.$Shape} DklsSignExtend
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.DklsSignExtend & thresh.v1.DklsSignExtend.$Shape;
        }

        namespace DklsSignExtend {

            /** Properties of a DklsSignExtend. */
            interface $Properties {

                /** DklsSignExtend u */
                u?: (Uint8Array|null);

                /** DklsSignExtend xCheck */
                xCheck?: (Uint8Array|null);

                /** DklsSignExtend tCheck */
                tCheck?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DklsSignExtend. */
            type $Shape = thresh.v1.DklsSignExtend.$Properties;
        }

        /**
         * Properties of a DklsSignReveal.
         * @deprecated Use thresh.v1.DklsSignReveal.$Properties instead.
         */
        interface IDklsSignReveal extends thresh.v1.DklsSignReveal.$Properties {
        }

        /** Represents a DklsSignReveal. */
        class DklsSignReveal {

            /**
             * Constructs a new DklsSignReveal.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.DklsSignReveal.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DklsSignReveal instancePoint. */
            instancePoint: Uint8Array;

            /** DklsSignReveal salt. */
            salt: Uint8Array;

            /** DklsSignReveal publicShare. */
            publicShare: Uint8Array;

            /** DklsSignReveal zeroSharePoints. */
            zeroSharePoints: Uint8Array;

            /** DklsSignReveal signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified DklsSignReveal message. Does not implicitly {@link thresh.v1.DklsSignReveal.verify|verify} messages.
             * @param message DklsSignReveal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.DklsSignReveal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DklsSignReveal message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSignReveal & thresh.v1.DklsSignReveal.$Shape} DklsSignReveal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.DklsSignReveal & thresh.v1.DklsSignReveal.$Shape;
        }

        namespace DklsSignReveal {

            /** Properties of a DklsSignReveal. */
            interface $Properties {

                /** DklsSignReveal instancePoint */
                instancePoint?: (Uint8Array|null);

                /** DklsSignReveal salt */
                salt?: (Uint8Array|null);

                /** DklsSignReveal publicShare */
                publicShare?: (Uint8Array|null);

                /** DklsSignReveal zeroSharePoints */
                zeroSharePoints?: (Uint8Array|null);

                /** DklsSignReveal signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DklsSignReveal. */
            type $Shape = thresh.v1.DklsSignReveal.$Properties;
        }

        /**
         * Properties of a DklsSignMultiply.
         * @deprecated Use thresh.v1.DklsSignMultiply.$Properties instead.
         */
        interface IDklsSignMultiply extends thresh.v1.DklsSignMultiply.$Properties {
        }

        /** Represents a DklsSignMultiply. */
        class DklsSignMultiply {

            /**
             * Constructs a new DklsSignMultiply.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.DklsSignMultiply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DklsSignMultiply gammaU. */
            gammaU: Uint8Array;

            /** DklsSignMultiply gammaV. */
            gammaV: Uint8Array;

            /** DklsSignMultiply psi. */
            psi: Uint8Array;

            /** DklsSignMultiply aTilde. */
            aTilde: Uint8Array;

            /** DklsSignMultiply eta. */
            eta: Uint8Array;

            /** DklsSignMultiply mu. */
            mu: Uint8Array;

            /**
             * Encodes the specified DklsSignMultiply message. Does not implicitly {@link thresh.v1.DklsSignMultiply.verify|verify} messages.
             * @param message DklsSignMultiply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.DklsSignMultiply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DklsSignMultiply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSignMultiply & thresh.v1.DklsSignMultiply.$Shape} DklsSignMultiply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.DklsSignMultiply & thresh.v1.DklsSignMultiply.$Shape;
        }

        namespace DklsSignMultiply {

            /** Properties of a DklsSignMultiply. */
            interface $Properties {

                /** DklsSignMultiply gammaU */
                gammaU?: (Uint8Array|null);

                /** DklsSignMultiply gammaV */
                gammaV?: (Uint8Array|null);

                /** DklsSignMultiply psi */
                psi?: (Uint8Array|null);

                /** DklsSignMultiply aTilde */
                aTilde?: (Uint8Array|null);

                /** DklsSignMultiply eta */
                eta?: (Uint8Array|null);

                /** DklsSignMultiply mu */
                mu?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DklsSignMultiply. */
            type $Shape = thresh.v1.DklsSignMultiply.$Properties;
        }

        /**
         * Properties of a DklsSignShare.
         * @deprecated Use thresh.v1.DklsSignShare.$Properties instead.
         */
        interface IDklsSignShare extends thresh.v1.DklsSignShare.$Properties {
        }

        /** Represents a DklsSignShare. */
        class DklsSignShare {

            /**
             * Constructs a new DklsSignShare.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.DklsSignShare.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DklsSignShare u. */
            u: Uint8Array;

            /** DklsSignShare w. */
            w: Uint8Array;

            /** DklsSignShare refused. */
            refused: Uint8Array;

            /** DklsSignShare views. */
            views: Uint8Array;

            /**
             * Encodes the specified DklsSignShare message. Does not implicitly {@link thresh.v1.DklsSignShare.verify|verify} messages.
             * @param message DklsSignShare message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.DklsSignShare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DklsSignShare message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.DklsSignShare & thresh.v1.DklsSignShare.$Shape} DklsSignShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.DklsSignShare & thresh.v1.DklsSignShare.$Shape;
        }

        namespace DklsSignShare {

            /** Properties of a DklsSignShare. */
            interface $Properties {

                /** DklsSignShare u */
                u?: (Uint8Array|null);

                /** DklsSignShare w */
                w?: (Uint8Array|null);

                /** DklsSignShare refused */
                refused?: (Uint8Array|null);

                /** DklsSignShare views */
                views?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DklsSignShare. */
            type $Shape = thresh.v1.DklsSignShare.$Properties;
        }

        /**
         * Properties of a KeyShare.
         * @deprecated Use thresh.v1.KeyShare.$Properties instead.
         */
        interface IKeyShare extends thresh.v1.KeyShare.$Properties {
        }

        /** Represents a KeyShare. */
        class KeyShare {

            /**
             * Constructs a new KeyShare.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.KeyShare.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeyShare keyId. */
            keyId: string;

            /** KeyShare scheme. */
            scheme: thresh.v1.Scheme;

            /** KeyShare threshold. */
            threshold: number;

            /** KeyShare parties. */
            parties: number[];

            /** KeyShare self. */
            self: number;

            /** KeyShare secretShare. */
            secretShare: Uint8Array;

            /** KeyShare publicShares. */
            publicShares: Uint8Array[];

            /** KeyShare groupPublicKey. */
            groupPublicKey: Uint8Array;

            /** KeyShare chainCode. */
            chainCode: Uint8Array;

            /** KeyShare commitment. */
            commitment: Uint8Array[];

            /** KeyShare epoch. */
            epoch: number;

            /**
             * Encodes the specified KeyShare message. Does not implicitly {@link thresh.v1.KeyShare.verify|verify} messages.
             * @param message KeyShare message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.KeyShare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyShare message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.KeyShare & thresh.v1.KeyShare.$Shape} KeyShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.KeyShare & thresh.v1.KeyShare.$Shape;
        }

        namespace KeyShare {

            /** Properties of a KeyShare. */
            interface $Properties {

                /** KeyShare keyId */
                keyId?: (string|null);

                /** KeyShare scheme */
                scheme?: (thresh.v1.Scheme|null);

                /** KeyShare threshold */
                threshold?: (number|null);

                /** KeyShare parties */
                parties?: (number[]|null);

                /** KeyShare self */
                self?: (number|null);

                /** KeyShare secretShare */
                secretShare?: (Uint8Array|null);

                /** KeyShare publicShares */
                publicShares?: (Uint8Array[]|null);

                /** KeyShare groupPublicKey */
                groupPublicKey?: (Uint8Array|null);

                /** KeyShare chainCode */
                chainCode?: (Uint8Array|null);

                /** KeyShare commitment */
                commitment?: (Uint8Array[]|null);

                /** KeyShare epoch */
                epoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeyShare. */
            type $Shape = thresh.v1.KeyShare.$Properties;
        }

        /**
         * Properties of an EcdsaKeyShare.
         * @deprecated Use thresh.v1.EcdsaKeyShare.$Properties instead.
         */
        interface IEcdsaKeyShare extends thresh.v1.EcdsaKeyShare.$Properties {
        }

        /** Represents an EcdsaKeyShare. */
        class EcdsaKeyShare {

            /**
             * Constructs a new EcdsaKeyShare.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.EcdsaKeyShare.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EcdsaKeyShare key. */
            key?: (thresh.v1.KeyShare.$Properties|null);

            /** EcdsaKeyShare peers. */
            peers: thresh.v1.DklsPeerMaterial.$Properties[];

            /** EcdsaKeyShare setupId. */
            setupId: Uint8Array;

            /**
             * Encodes the specified EcdsaKeyShare message. Does not implicitly {@link thresh.v1.EcdsaKeyShare.verify|verify} messages.
             * @param message EcdsaKeyShare message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.EcdsaKeyShare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EcdsaKeyShare message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.EcdsaKeyShare & thresh.v1.EcdsaKeyShare.$Shape} EcdsaKeyShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.EcdsaKeyShare & thresh.v1.EcdsaKeyShare.$Shape;
        }

        namespace EcdsaKeyShare {

            /** Properties of an EcdsaKeyShare. */
            interface $Properties {

                /** EcdsaKeyShare key */
                key?: (thresh.v1.KeyShare.$Properties|null);

                /** EcdsaKeyShare peers */
                peers?: (thresh.v1.DklsPeerMaterial.$Properties[]|null);

                /** EcdsaKeyShare setupId */
                setupId?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EcdsaKeyShare. */
            type $Shape = thresh.v1.EcdsaKeyShare.$Properties;
        }

        /**
         * Properties of a CggmpKeyShare.
         * @deprecated Use thresh.v1.CggmpKeyShare.$Properties instead.
         */
        interface ICggmpKeyShare extends thresh.v1.CggmpKeyShare.$Properties {
        }

        /** Represents a CggmpKeyShare. */
        class CggmpKeyShare {

            /**
             * Constructs a new CggmpKeyShare.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.CggmpKeyShare.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CggmpKeyShare key. */
            key?: (thresh.v1.KeyShare.$Properties|null);

            /** CggmpKeyShare paillierP. */
            paillierP: Uint8Array;

            /** CggmpKeyShare paillierQ. */
            paillierQ: Uint8Array;

            /** CggmpKeyShare ringPedersenLambda. */
            ringPedersenLambda: Uint8Array;

            /** CggmpKeyShare aux. */
            aux: thresh.v1.CggmpAuxEntry.$Properties[];

            /** CggmpKeyShare auxId. */
            auxId: Uint8Array;

            /**
             * Encodes the specified CggmpKeyShare message. Does not implicitly {@link thresh.v1.CggmpKeyShare.verify|verify} messages.
             * @param message CggmpKeyShare message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.CggmpKeyShare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CggmpKeyShare message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.CggmpKeyShare & thresh.v1.CggmpKeyShare.$Shape} CggmpKeyShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.CggmpKeyShare & thresh.v1.CggmpKeyShare.$Shape;
        }

        namespace CggmpKeyShare {

            /** Properties of a CggmpKeyShare. */
            interface $Properties {

                /** CggmpKeyShare key */
                key?: (thresh.v1.KeyShare.$Properties|null);

                /** CggmpKeyShare paillierP */
                paillierP?: (Uint8Array|null);

                /** CggmpKeyShare paillierQ */
                paillierQ?: (Uint8Array|null);

                /** CggmpKeyShare ringPedersenLambda */
                ringPedersenLambda?: (Uint8Array|null);

                /** CggmpKeyShare aux */
                aux?: (thresh.v1.CggmpAuxEntry.$Properties[]|null);

                /** CggmpKeyShare auxId */
                auxId?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CggmpKeyShare. */
            type $Shape = thresh.v1.CggmpKeyShare.$Properties;
        }

        /**
         * Properties of a CggmpAuxEntry.
         * @deprecated Use thresh.v1.CggmpAuxEntry.$Properties instead.
         */
        interface ICggmpAuxEntry extends thresh.v1.CggmpAuxEntry.$Properties {
        }

        /** Represents a CggmpAuxEntry. */
        class CggmpAuxEntry {

            /**
             * Constructs a new CggmpAuxEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.CggmpAuxEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CggmpAuxEntry party. */
            party: number;

            /** CggmpAuxEntry n. */
            n: Uint8Array;

            /** CggmpAuxEntry s. */
            s: Uint8Array;

            /** CggmpAuxEntry t. */
            t: Uint8Array;

            /**
             * Encodes the specified CggmpAuxEntry message. Does not implicitly {@link thresh.v1.CggmpAuxEntry.verify|verify} messages.
             * @param message CggmpAuxEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.CggmpAuxEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CggmpAuxEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.CggmpAuxEntry & thresh.v1.CggmpAuxEntry.$Shape} CggmpAuxEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.CggmpAuxEntry & thresh.v1.CggmpAuxEntry.$Shape;
        }

        namespace CggmpAuxEntry {

            /** Properties of a CggmpAuxEntry. */
            interface $Properties {

                /** CggmpAuxEntry party */
                party?: (number|null);

                /** CggmpAuxEntry n */
                n?: (Uint8Array|null);

                /** CggmpAuxEntry s */
                s?: (Uint8Array|null);

                /** CggmpAuxEntry t */
                t?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CggmpAuxEntry. */
            type $Shape = thresh.v1.CggmpAuxEntry.$Properties;
        }

        /**
         * Properties of a CggmpPayload.
         * @deprecated Use thresh.v1.CggmpPayload.$Properties instead.
         */
        interface ICggmpPayload extends thresh.v1.CggmpPayload.$Properties {
        }

        /** Represents a CggmpPayload. */
        class CggmpPayload {

            /**
             * Constructs a new CggmpPayload.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.CggmpPayload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CggmpPayload type. */
            type: string;

            /** CggmpPayload body. */
            body?: (thresh.v1.CggmpRecord.$Properties|null);

            /**
             * Encodes the specified CggmpPayload message. Does not implicitly {@link thresh.v1.CggmpPayload.verify|verify} messages.
             * @param message CggmpPayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.CggmpPayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CggmpPayload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.CggmpPayload & thresh.v1.CggmpPayload.$Shape} CggmpPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.CggmpPayload & thresh.v1.CggmpPayload.$Shape;
        }

        namespace CggmpPayload {

            /** Properties of a CggmpPayload. */
            interface $Properties {

                /** CggmpPayload type */
                type?: (string|null);

                /** CggmpPayload body */
                body?: (thresh.v1.CggmpRecord.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CggmpPayload. */
            type $Shape = {
              type?: string|null;
              body?: thresh.v1.CggmpRecord.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a CggmpValue.
         * @deprecated Use thresh.v1.CggmpValue.$Properties instead.
         */
        interface ICggmpValue extends thresh.v1.CggmpValue.$Properties {
        }

        /** Represents a CggmpValue. */
        class CggmpValue {

            /**
             * Constructs a new CggmpValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.CggmpValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CggmpValue uint. */
            uint?: (Uint8Array|null);

            /** CggmpValue neg. */
            neg?: (Uint8Array|null);

            /** CggmpValue raw. */
            raw?: (Uint8Array|null);

            /** CggmpValue list. */
            list?: (thresh.v1.CggmpList.$Properties|null);

            /** CggmpValue record. */
            record?: (thresh.v1.CggmpRecord.$Properties|null);

            /** CggmpValue v. */
            v?: ("uint"|"neg"|"raw"|"list"|"record");

            /**
             * Encodes the specified CggmpValue message. Does not implicitly {@link thresh.v1.CggmpValue.verify|verify} messages.
             * @param message CggmpValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.CggmpValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CggmpValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.CggmpValue & thresh.v1.CggmpValue.$Shape} CggmpValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.CggmpValue & thresh.v1.CggmpValue.$Shape;
        }

        namespace CggmpValue {

            /** Properties of a CggmpValue. */
            interface $Properties {

                /** CggmpValue uint */
                uint?: (Uint8Array|null);

                /** CggmpValue neg */
                neg?: (Uint8Array|null);

                /** CggmpValue raw */
                raw?: (Uint8Array|null);

                /** CggmpValue list */
                list?: (thresh.v1.CggmpList.$Properties|null);

                /** CggmpValue record */
                record?: (thresh.v1.CggmpRecord.$Properties|null);

                /** CggmpValue v */
                v?: ("uint"|"neg"|"raw"|"list"|"record");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a CggmpValue. */
            type $Shape = {
              uint?: Uint8Array|null;
              neg?: Uint8Array|null;
              raw?: Uint8Array|null;
              list?: thresh.v1.CggmpList.$Shape|null;
              record?: thresh.v1.CggmpRecord.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ v?: undefined; uint?: null; neg?: null; raw?: null; list?: null; record?: null }|{ v?: "uint"; uint: Uint8Array; neg?: null; raw?: null; list?: null; record?: null }|{ v?: "neg"; uint?: null; neg: Uint8Array; raw?: null; list?: null; record?: null }|{ v?: "raw"; uint?: null; neg?: null; raw: Uint8Array; list?: null; record?: null }|{ v?: "list"; uint?: null; neg?: null; raw?: null; list: thresh.v1.CggmpList.$Shape; record?: null }|{ v?: "record"; uint?: null; neg?: null; raw?: null; list?: null; record: thresh.v1.CggmpRecord.$Shape })
            );
        }

        /**
         * Properties of a CggmpList.
         * @deprecated Use thresh.v1.CggmpList.$Properties instead.
         */
        interface ICggmpList extends thresh.v1.CggmpList.$Properties {
        }

        /** Represents a CggmpList. */
        class CggmpList {

            /**
             * Constructs a new CggmpList.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.CggmpList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CggmpList items. */
            items: thresh.v1.CggmpValue.$Properties[];

            /**
             * Encodes the specified CggmpList message. Does not implicitly {@link thresh.v1.CggmpList.verify|verify} messages.
             * @param message CggmpList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.CggmpList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CggmpList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.CggmpList & thresh.v1.CggmpList.$Shape} CggmpList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.CggmpList & thresh.v1.CggmpList.$Shape;
        }

        namespace CggmpList {

            /** Properties of a CggmpList. */
            interface $Properties {

                /** CggmpList items */
                items?: (thresh.v1.CggmpValue.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CggmpList. */
            type $Shape = {
              items?: thresh.v1.CggmpValue.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a CggmpRecord.
         * @deprecated Use thresh.v1.CggmpRecord.$Properties instead.
         */
        interface ICggmpRecord extends thresh.v1.CggmpRecord.$Properties {
        }

        /** Represents a CggmpRecord. */
        class CggmpRecord {

            /**
             * Constructs a new CggmpRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.CggmpRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CggmpRecord fields. */
            fields: thresh.v1.CggmpField.$Properties[];

            /**
             * Encodes the specified CggmpRecord message. Does not implicitly {@link thresh.v1.CggmpRecord.verify|verify} messages.
             * @param message CggmpRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.CggmpRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CggmpRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.CggmpRecord & thresh.v1.CggmpRecord.$Shape} CggmpRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.CggmpRecord & thresh.v1.CggmpRecord.$Shape;
        }

        namespace CggmpRecord {

            /** Properties of a CggmpRecord. */
            interface $Properties {

                /** CggmpRecord fields */
                fields?: (thresh.v1.CggmpField.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CggmpRecord. */
            type $Shape = {
              fields?: thresh.v1.CggmpField.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a CggmpField.
         * @deprecated Use thresh.v1.CggmpField.$Properties instead.
         */
        interface ICggmpField extends thresh.v1.CggmpField.$Properties {
        }

        /** Represents a CggmpField. */
        class CggmpField {

            /**
             * Constructs a new CggmpField.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.CggmpField.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CggmpField name. */
            name: string;

            /** CggmpField value. */
            value?: (thresh.v1.CggmpValue.$Properties|null);

            /**
             * Encodes the specified CggmpField message. Does not implicitly {@link thresh.v1.CggmpField.verify|verify} messages.
             * @param message CggmpField message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.CggmpField.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CggmpField message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.CggmpField & thresh.v1.CggmpField.$Shape} CggmpField
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.CggmpField & thresh.v1.CggmpField.$Shape;
        }

        namespace CggmpField {

            /** Properties of a CggmpField. */
            interface $Properties {

                /** CggmpField name */
                name?: (string|null);

                /** CggmpField value */
                value?: (thresh.v1.CggmpValue.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CggmpField. */
            type $Shape = {
              name?: string|null;
              value?: thresh.v1.CggmpValue.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a DklsPeerMaterial.
         * @deprecated Use thresh.v1.DklsPeerMaterial.$Properties instead.
         */
        interface IDklsPeerMaterial extends thresh.v1.DklsPeerMaterial.$Properties {
        }

        /** Represents a DklsPeerMaterial. */
        class DklsPeerMaterial {

            /**
             * Constructs a new DklsPeerMaterial.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.DklsPeerMaterial.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DklsPeerMaterial party. */
            party: number;

            /** DklsPeerMaterial otSenderDelta. */
            otSenderDelta: Uint8Array;

            /** DklsPeerMaterial otSenderSeeds. */
            otSenderSeeds: Uint8Array;

            /** DklsPeerMaterial otReceiverSeeds0. */
            otReceiverSeeds0: Uint8Array;

            /** DklsPeerMaterial otReceiverSeeds1. */
            otReceiverSeeds1: Uint8Array;

            /** DklsPeerMaterial zeroSeed. */
            zeroSeed: Uint8Array;

            /**
             * Encodes the specified DklsPeerMaterial message. Does not implicitly {@link thresh.v1.DklsPeerMaterial.verify|verify} messages.
             * @param message DklsPeerMaterial message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.DklsPeerMaterial.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DklsPeerMaterial message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.DklsPeerMaterial & thresh.v1.DklsPeerMaterial.$Shape} DklsPeerMaterial
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.DklsPeerMaterial & thresh.v1.DklsPeerMaterial.$Shape;
        }

        namespace DklsPeerMaterial {

            /** Properties of a DklsPeerMaterial. */
            interface $Properties {

                /** DklsPeerMaterial party */
                party?: (number|null);

                /** DklsPeerMaterial otSenderDelta */
                otSenderDelta?: (Uint8Array|null);

                /** DklsPeerMaterial otSenderSeeds */
                otSenderSeeds?: (Uint8Array|null);

                /** DklsPeerMaterial otReceiverSeeds0 */
                otReceiverSeeds0?: (Uint8Array|null);

                /** DklsPeerMaterial otReceiverSeeds1 */
                otReceiverSeeds1?: (Uint8Array|null);

                /** DklsPeerMaterial zeroSeed */
                zeroSeed?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DklsPeerMaterial. */
            type $Shape = thresh.v1.DklsPeerMaterial.$Properties;
        }

        /** Scheme enum. */
        enum Scheme {

            /** SCHEME_UNSPECIFIED value */
            SCHEME_UNSPECIFIED = 0,

            /** SCHEME_ECDSA value */
            SCHEME_ECDSA = 1,

            /** SCHEME_FROST_ED25519 value */
            SCHEME_FROST_ED25519 = 2,

            /** SCHEME_FROST_SECP256K1 value */
            SCHEME_FROST_SECP256K1 = 3,

            /** SCHEME_BIP340 value */
            SCHEME_BIP340 = 4,

            /** SCHEME_ML_DSA_44 value */
            SCHEME_ML_DSA_44 = 5
        }

        /** Protection enum. */
        enum Protection {

            /** PROTECTION_UNKNOWN value */
            PROTECTION_UNKNOWN = 0,

            /** PROTECTION_PASSPHRASE value */
            PROTECTION_PASSPHRASE = 1,

            /** PROTECTION_PKCS11 value */
            PROTECTION_PKCS11 = 2,

            /** PROTECTION_TPM2 value */
            PROTECTION_TPM2 = 3
        }

        /** AttestationMode enum. */
        enum AttestationMode {

            /** ATTESTATION_OFF value */
            ATTESTATION_OFF = 0,

            /** ATTESTATION_OPTIONAL value */
            ATTESTATION_OPTIONAL = 1,

            /** ATTESTATION_REQUIRED value */
            ATTESTATION_REQUIRED = 2
        }

        /**
         * Properties of a KeygenRequest.
         * @deprecated Use thresh.v1.KeygenRequest.$Properties instead.
         */
        interface IKeygenRequest extends thresh.v1.KeygenRequest.$Properties {
        }

        /** Represents a KeygenRequest. */
        class KeygenRequest {

            /**
             * Constructs a new KeygenRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.KeygenRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeygenRequest scheme. */
            scheme: thresh.v1.Scheme;

            /** KeygenRequest threshold. */
            threshold: number;

            /** KeygenRequest parties. */
            parties: string[];

            /** KeygenRequest keyId. */
            keyId: string;

            /** KeygenRequest nonce. */
            nonce: Uint8Array;

            /** KeygenRequest issuedAt. */
            issuedAt: number;

            /** KeygenRequest attestation. */
            attestation: thresh.v1.AttestationMode;

            /** KeygenRequest engine. */
            engine: thresh.v1.EcdsaEngine;

            /**
             * Encodes the specified KeygenRequest message. Does not implicitly {@link thresh.v1.KeygenRequest.verify|verify} messages.
             * @param message KeygenRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.KeygenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeygenRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.KeygenRequest & thresh.v1.KeygenRequest.$Shape} KeygenRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.KeygenRequest & thresh.v1.KeygenRequest.$Shape;
        }

        namespace KeygenRequest {

            /** Properties of a KeygenRequest. */
            interface $Properties {

                /** KeygenRequest scheme */
                scheme?: (thresh.v1.Scheme|null);

                /** KeygenRequest threshold */
                threshold?: (number|null);

                /** KeygenRequest parties */
                parties?: (string[]|null);

                /** KeygenRequest keyId */
                keyId?: (string|null);

                /** KeygenRequest nonce */
                nonce?: (Uint8Array|null);

                /** KeygenRequest issuedAt */
                issuedAt?: (number|null);

                /** KeygenRequest attestation */
                attestation?: (thresh.v1.AttestationMode|null);

                /** KeygenRequest engine */
                engine?: (thresh.v1.EcdsaEngine|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeygenRequest. */
            type $Shape = thresh.v1.KeygenRequest.$Properties;
        }

        /** EcdsaEngine enum. */
        enum EcdsaEngine {

            /** ECDSA_ENGINE_DKLS23 value */
            ECDSA_ENGINE_DKLS23 = 0,

            /** ECDSA_ENGINE_CGGMP value */
            ECDSA_ENGINE_CGGMP = 1
        }

        /**
         * Properties of a CommitKeyRequest.
         * @deprecated Use thresh.v1.CommitKeyRequest.$Properties instead.
         */
        interface ICommitKeyRequest extends thresh.v1.CommitKeyRequest.$Properties {
        }

        /** Represents a CommitKeyRequest. */
        class CommitKeyRequest {

            /**
             * Constructs a new CommitKeyRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.CommitKeyRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommitKeyRequest keyId. */
            keyId: string;

            /** CommitKeyRequest groupPublicKey. */
            groupPublicKey: Uint8Array;

            /** CommitKeyRequest nonce. */
            nonce: Uint8Array;

            /**
             * Encodes the specified CommitKeyRequest message. Does not implicitly {@link thresh.v1.CommitKeyRequest.verify|verify} messages.
             * @param message CommitKeyRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.CommitKeyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommitKeyRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.CommitKeyRequest & thresh.v1.CommitKeyRequest.$Shape} CommitKeyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.CommitKeyRequest & thresh.v1.CommitKeyRequest.$Shape;
        }

        namespace CommitKeyRequest {

            /** Properties of a CommitKeyRequest. */
            interface $Properties {

                /** CommitKeyRequest keyId */
                keyId?: (string|null);

                /** CommitKeyRequest groupPublicKey */
                groupPublicKey?: (Uint8Array|null);

                /** CommitKeyRequest nonce */
                nonce?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommitKeyRequest. */
            type $Shape = thresh.v1.CommitKeyRequest.$Properties;
        }

        /**
         * Properties of an AbortKeyRequest.
         * @deprecated Use thresh.v1.AbortKeyRequest.$Properties instead.
         */
        interface IAbortKeyRequest extends thresh.v1.AbortKeyRequest.$Properties {
        }

        /** Represents an AbortKeyRequest. */
        class AbortKeyRequest {

            /**
             * Constructs a new AbortKeyRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.AbortKeyRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AbortKeyRequest keyId. */
            keyId: string;

            /** AbortKeyRequest nonce. */
            nonce: Uint8Array;

            /**
             * Encodes the specified AbortKeyRequest message. Does not implicitly {@link thresh.v1.AbortKeyRequest.verify|verify} messages.
             * @param message AbortKeyRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.AbortKeyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AbortKeyRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.AbortKeyRequest & thresh.v1.AbortKeyRequest.$Shape} AbortKeyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.AbortKeyRequest & thresh.v1.AbortKeyRequest.$Shape;
        }

        namespace AbortKeyRequest {

            /** Properties of an AbortKeyRequest. */
            interface $Properties {

                /** AbortKeyRequest keyId */
                keyId?: (string|null);

                /** AbortKeyRequest nonce */
                nonce?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AbortKeyRequest. */
            type $Shape = thresh.v1.AbortKeyRequest.$Properties;
        }

        /**
         * Properties of a SignRequest.
         * @deprecated Use thresh.v1.SignRequest.$Properties instead.
         */
        interface ISignRequest extends thresh.v1.SignRequest.$Properties {
        }

        /** Represents a SignRequest. */
        class SignRequest {

            /**
             * Constructs a new SignRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.SignRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignRequest keyId. */
            keyId: string;

            /** SignRequest message. */
            message: Uint8Array;

            /** SignRequest signers. */
            signers: string[];

            /** SignRequest nonce. */
            nonce: Uint8Array;

            /** SignRequest issuedAt. */
            issuedAt: number;

            /** SignRequest epoch. */
            epoch: number;

            /** SignRequest payload. */
            payload?: (thresh.v1.SignPayload.$Properties|null);

            /** SignRequest path. */
            path: number[];

            /** SignRequest approvals. */
            approvals: thresh.v1.Approval.$Properties[];

            /** SignRequest requestId. */
            requestId: string;

            /** SignRequest expiresAt. */
            expiresAt: number;

            /**
             * Encodes the specified SignRequest message. Does not implicitly {@link thresh.v1.SignRequest.verify|verify} messages.
             * @param message SignRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.SignRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.SignRequest & thresh.v1.SignRequest.$Shape} SignRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.SignRequest & thresh.v1.SignRequest.$Shape;
        }

        namespace SignRequest {

            /** Properties of a SignRequest. */
            interface $Properties {

                /** SignRequest keyId */
                keyId?: (string|null);

                /** SignRequest message */
                message?: (Uint8Array|null);

                /** SignRequest signers */
                signers?: (string[]|null);

                /** SignRequest nonce */
                nonce?: (Uint8Array|null);

                /** SignRequest issuedAt */
                issuedAt?: (number|null);

                /** SignRequest epoch */
                epoch?: (number|null);

                /** SignRequest payload */
                payload?: (thresh.v1.SignPayload.$Properties|null);

                /** SignRequest path */
                path?: (number[]|null);

                /** SignRequest approvals */
                approvals?: (thresh.v1.Approval.$Properties[]|null);

                /** SignRequest requestId */
                requestId?: (string|null);

                /** SignRequest expiresAt */
                expiresAt?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignRequest. */
            type $Shape = thresh.v1.SignRequest.$Properties;
        }

        /** PayloadKind enum. */
        enum PayloadKind {

            /** PAYLOAD_KIND_UNSPECIFIED value */
            PAYLOAD_KIND_UNSPECIFIED = 0,

            /** PAYLOAD_KIND_EVM_TX value */
            PAYLOAD_KIND_EVM_TX = 1,

            /** PAYLOAD_KIND_EIP191 value */
            PAYLOAD_KIND_EIP191 = 2,

            /** PAYLOAD_KIND_EIP712 value */
            PAYLOAD_KIND_EIP712 = 3,

            /** PAYLOAD_KIND_PSBT value */
            PAYLOAD_KIND_PSBT = 4,

            /** PAYLOAD_KIND_SOLANA_TX value */
            PAYLOAD_KIND_SOLANA_TX = 5,

            /** PAYLOAD_KIND_BYTES value */
            PAYLOAD_KIND_BYTES = 6,

            /** PAYLOAD_KIND_DIGEST value */
            PAYLOAD_KIND_DIGEST = 7
        }

        /** BitcoinNetwork enum. */
        enum BitcoinNetwork {

            /** BITCOIN_NETWORK_UNSPECIFIED value */
            BITCOIN_NETWORK_UNSPECIFIED = 0,

            /** BITCOIN_NETWORK_MAINNET value */
            BITCOIN_NETWORK_MAINNET = 1,

            /** BITCOIN_NETWORK_TESTNET value */
            BITCOIN_NETWORK_TESTNET = 2,

            /** BITCOIN_NETWORK_REGTEST value */
            BITCOIN_NETWORK_REGTEST = 3
        }

        /**
         * Properties of a SignPayload.
         * @deprecated Use thresh.v1.SignPayload.$Properties instead.
         */
        interface ISignPayload extends thresh.v1.SignPayload.$Properties {
        }

        /** Represents a SignPayload. */
        class SignPayload {

            /**
             * Constructs a new SignPayload.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.SignPayload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignPayload kind. */
            kind: thresh.v1.PayloadKind;

            /** SignPayload data. */
            data: Uint8Array;

            /** SignPayload taproot. */
            taproot: boolean;

            /** SignPayload taprootMerkleRoot. */
            taprootMerkleRoot: Uint8Array;

            /** SignPayload network. */
            network: thresh.v1.BitcoinNetwork;

            /**
             * Encodes the specified SignPayload message. Does not implicitly {@link thresh.v1.SignPayload.verify|verify} messages.
             * @param message SignPayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.SignPayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignPayload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.SignPayload & thresh.v1.SignPayload.$Shape} SignPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.SignPayload & thresh.v1.SignPayload.$Shape;
        }

        namespace SignPayload {

            /** Properties of a SignPayload. */
            interface $Properties {

                /** SignPayload kind */
                kind?: (thresh.v1.PayloadKind|null);

                /** SignPayload data */
                data?: (Uint8Array|null);

                /** SignPayload taproot */
                taproot?: (boolean|null);

                /** SignPayload taprootMerkleRoot */
                taprootMerkleRoot?: (Uint8Array|null);

                /** SignPayload network */
                network?: (thresh.v1.BitcoinNetwork|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignPayload. */
            type $Shape = thresh.v1.SignPayload.$Properties;
        }

        /**
         * Properties of a CancelRequest.
         * @deprecated Use thresh.v1.CancelRequest.$Properties instead.
         */
        interface ICancelRequest extends thresh.v1.CancelRequest.$Properties {
        }

        /** Represents a CancelRequest. */
        class CancelRequest {

            /**
             * Constructs a new CancelRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.CancelRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CancelRequest nonce. */
            nonce: Uint8Array;

            /**
             * Encodes the specified CancelRequest message. Does not implicitly {@link thresh.v1.CancelRequest.verify|verify} messages.
             * @param message CancelRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.CancelRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.CancelRequest & thresh.v1.CancelRequest.$Shape} CancelRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.CancelRequest & thresh.v1.CancelRequest.$Shape;
        }

        namespace CancelRequest {

            /** Properties of a CancelRequest. */
            interface $Properties {

                /** CancelRequest nonce */
                nonce?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CancelRequest. */
            type $Shape = thresh.v1.CancelRequest.$Properties;
        }

        /**
         * Properties of a ReshareRequest.
         * @deprecated Use thresh.v1.ReshareRequest.$Properties instead.
         */
        interface IReshareRequest extends thresh.v1.ReshareRequest.$Properties {
        }

        /** Represents a ReshareRequest. */
        class ReshareRequest {

            /**
             * Constructs a new ReshareRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.ReshareRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReshareRequest keyId. */
            keyId: string;

            /** ReshareRequest nonce. */
            nonce: Uint8Array;

            /** ReshareRequest issuedAt. */
            issuedAt: number;

            /** ReshareRequest key. */
            key?: (thresh.v1.KeyInfo.$Properties|null);

            /** ReshareRequest refresh. */
            refresh: boolean;

            /** ReshareRequest dealers. */
            dealers: string[];

            /** ReshareRequest newParties. */
            newParties: string[];

            /** ReshareRequest newThreshold. */
            newThreshold: number;

            /**
             * Encodes the specified ReshareRequest message. Does not implicitly {@link thresh.v1.ReshareRequest.verify|verify} messages.
             * @param message ReshareRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.ReshareRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReshareRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.ReshareRequest & thresh.v1.ReshareRequest.$Shape} ReshareRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.ReshareRequest & thresh.v1.ReshareRequest.$Shape;
        }

        namespace ReshareRequest {

            /** Properties of a ReshareRequest. */
            interface $Properties {

                /** ReshareRequest keyId */
                keyId?: (string|null);

                /** ReshareRequest nonce */
                nonce?: (Uint8Array|null);

                /** ReshareRequest issuedAt */
                issuedAt?: (number|null);

                /** ReshareRequest key */
                key?: (thresh.v1.KeyInfo.$Properties|null);

                /** ReshareRequest refresh */
                refresh?: (boolean|null);

                /** ReshareRequest dealers */
                dealers?: (string[]|null);

                /** ReshareRequest newParties */
                newParties?: (string[]|null);

                /** ReshareRequest newThreshold */
                newThreshold?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReshareRequest. */
            type $Shape = thresh.v1.ReshareRequest.$Properties;
        }

        /**
         * Properties of a RepairRequest.
         * @deprecated Use thresh.v1.RepairRequest.$Properties instead.
         */
        interface IRepairRequest extends thresh.v1.RepairRequest.$Properties {
        }

        /** Represents a RepairRequest. */
        class RepairRequest {

            /**
             * Constructs a new RepairRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.RepairRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RepairRequest keyId. */
            keyId: string;

            /** RepairRequest nonce. */
            nonce: Uint8Array;

            /** RepairRequest issuedAt. */
            issuedAt: number;

            /** RepairRequest key. */
            key?: (thresh.v1.KeyInfo.$Properties|null);

            /** RepairRequest lostIndex. */
            lostIndex: number;

            /** RepairRequest helpers. */
            helpers: string[];

            /** RepairRequest replacement. */
            replacement: string;

            /**
             * Encodes the specified RepairRequest message. Does not implicitly {@link thresh.v1.RepairRequest.verify|verify} messages.
             * @param message RepairRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.RepairRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RepairRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.RepairRequest & thresh.v1.RepairRequest.$Shape} RepairRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.RepairRequest & thresh.v1.RepairRequest.$Shape;
        }

        namespace RepairRequest {

            /** Properties of a RepairRequest. */
            interface $Properties {

                /** RepairRequest keyId */
                keyId?: (string|null);

                /** RepairRequest nonce */
                nonce?: (Uint8Array|null);

                /** RepairRequest issuedAt */
                issuedAt?: (number|null);

                /** RepairRequest key */
                key?: (thresh.v1.KeyInfo.$Properties|null);

                /** RepairRequest lostIndex */
                lostIndex?: (number|null);

                /** RepairRequest helpers */
                helpers?: (string[]|null);

                /** RepairRequest replacement */
                replacement?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RepairRequest. */
            type $Shape = thresh.v1.RepairRequest.$Properties;
        }

        /**
         * Properties of an ImportKeyRequest.
         * @deprecated Use thresh.v1.ImportKeyRequest.$Properties instead.
         */
        interface IImportKeyRequest extends thresh.v1.ImportKeyRequest.$Properties {
        }

        /** Represents an ImportKeyRequest. */
        class ImportKeyRequest {

            /**
             * Constructs a new ImportKeyRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.ImportKeyRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ImportKeyRequest keyId. */
            keyId: string;

            /** ImportKeyRequest nonce. */
            nonce: Uint8Array;

            /** ImportKeyRequest issuedAt. */
            issuedAt: number;

            /** ImportKeyRequest scheme. */
            scheme: thresh.v1.Scheme;

            /** ImportKeyRequest threshold. */
            threshold: number;

            /** ImportKeyRequest parties. */
            parties: string[];

            /** ImportKeyRequest commitment. */
            commitment: Uint8Array[];

            /** ImportKeyRequest share. */
            share: Uint8Array;

            /** ImportKeyRequest chainCode. */
            chainCode: Uint8Array;

            /** ImportKeyRequest sealedShare. */
            sealedShare?: (thresh.v1.SealedPayload.$Properties|null);

            /**
             * Encodes the specified ImportKeyRequest message. Does not implicitly {@link thresh.v1.ImportKeyRequest.verify|verify} messages.
             * @param message ImportKeyRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.ImportKeyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ImportKeyRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.ImportKeyRequest & thresh.v1.ImportKeyRequest.$Shape} ImportKeyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.ImportKeyRequest & thresh.v1.ImportKeyRequest.$Shape;
        }

        namespace ImportKeyRequest {

            /** Properties of an ImportKeyRequest. */
            interface $Properties {

                /** ImportKeyRequest keyId */
                keyId?: (string|null);

                /** ImportKeyRequest nonce */
                nonce?: (Uint8Array|null);

                /** ImportKeyRequest issuedAt */
                issuedAt?: (number|null);

                /** ImportKeyRequest scheme */
                scheme?: (thresh.v1.Scheme|null);

                /** ImportKeyRequest threshold */
                threshold?: (number|null);

                /** ImportKeyRequest parties */
                parties?: (string[]|null);

                /** ImportKeyRequest commitment */
                commitment?: (Uint8Array[]|null);

                /** ImportKeyRequest share */
                share?: (Uint8Array|null);

                /** ImportKeyRequest chainCode */
                chainCode?: (Uint8Array|null);

                /** ImportKeyRequest sealedShare */
                sealedShare?: (thresh.v1.SealedPayload.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ImportKeyRequest. */
            type $Shape = thresh.v1.ImportKeyRequest.$Properties;
        }

        /**
         * Properties of a KeyStatusRequest.
         * @deprecated Use thresh.v1.KeyStatusRequest.$Properties instead.
         */
        interface IKeyStatusRequest extends thresh.v1.KeyStatusRequest.$Properties {
        }

        /** Represents a KeyStatusRequest. */
        class KeyStatusRequest {

            /**
             * Constructs a new KeyStatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.KeyStatusRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeyStatusRequest keyId. */
            keyId: string;

            /**
             * Encodes the specified KeyStatusRequest message. Does not implicitly {@link thresh.v1.KeyStatusRequest.verify|verify} messages.
             * @param message KeyStatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.KeyStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyStatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.KeyStatusRequest & thresh.v1.KeyStatusRequest.$Shape} KeyStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.KeyStatusRequest & thresh.v1.KeyStatusRequest.$Shape;
        }

        namespace KeyStatusRequest {

            /** Properties of a KeyStatusRequest. */
            interface $Properties {

                /** KeyStatusRequest keyId */
                keyId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeyStatusRequest. */
            type $Shape = thresh.v1.KeyStatusRequest.$Properties;
        }

        /**
         * Properties of a ListKeysRequest.
         * @deprecated Use thresh.v1.ListKeysRequest.$Properties instead.
         */
        interface IListKeysRequest extends thresh.v1.ListKeysRequest.$Properties {
        }

        /** Represents a ListKeysRequest. */
        class ListKeysRequest {

            /**
             * Constructs a new ListKeysRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.ListKeysRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified ListKeysRequest message. Does not implicitly {@link thresh.v1.ListKeysRequest.verify|verify} messages.
             * @param message ListKeysRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.ListKeysRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListKeysRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.ListKeysRequest & thresh.v1.ListKeysRequest.$Shape} ListKeysRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.ListKeysRequest & thresh.v1.ListKeysRequest.$Shape;
        }

        namespace ListKeysRequest {

            /** Properties of a ListKeysRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListKeysRequest. */
            type $Shape = thresh.v1.ListKeysRequest.$Properties;
        }

        /**
         * Properties of a GetPublicKeyRequest.
         * @deprecated Use thresh.v1.GetPublicKeyRequest.$Properties instead.
         */
        interface IGetPublicKeyRequest extends thresh.v1.GetPublicKeyRequest.$Properties {
        }

        /** Represents a GetPublicKeyRequest. */
        class GetPublicKeyRequest {

            /**
             * Constructs a new GetPublicKeyRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.GetPublicKeyRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetPublicKeyRequest keyId. */
            keyId: string;

            /**
             * Encodes the specified GetPublicKeyRequest message. Does not implicitly {@link thresh.v1.GetPublicKeyRequest.verify|verify} messages.
             * @param message GetPublicKeyRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.GetPublicKeyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetPublicKeyRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.GetPublicKeyRequest & thresh.v1.GetPublicKeyRequest.$Shape} GetPublicKeyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.GetPublicKeyRequest & thresh.v1.GetPublicKeyRequest.$Shape;
        }

        namespace GetPublicKeyRequest {

            /** Properties of a GetPublicKeyRequest. */
            interface $Properties {

                /** GetPublicKeyRequest keyId */
                keyId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetPublicKeyRequest. */
            type $Shape = thresh.v1.GetPublicKeyRequest.$Properties;
        }

        /**
         * Properties of a CoordRequest.
         * @deprecated Use thresh.v1.CoordRequest.$Properties instead.
         */
        interface ICoordRequest extends thresh.v1.CoordRequest.$Properties {
        }

        /** Represents a CoordRequest. */
        class CoordRequest {

            /**
             * Constructs a new CoordRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.CoordRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CoordRequest keygen. */
            keygen?: (thresh.v1.KeygenRequest.$Properties|null);

            /** CoordRequest sign. */
            sign?: (thresh.v1.SignRequest.$Properties|null);

            /** CoordRequest listKeys. */
            listKeys?: (thresh.v1.ListKeysRequest.$Properties|null);

            /** CoordRequest getPublicKey. */
            getPublicKey?: (thresh.v1.GetPublicKeyRequest.$Properties|null);

            /** CoordRequest commitKey. */
            commitKey?: (thresh.v1.CommitKeyRequest.$Properties|null);

            /** CoordRequest abortKey. */
            abortKey?: (thresh.v1.AbortKeyRequest.$Properties|null);

            /** CoordRequest cancel. */
            cancel?: (thresh.v1.CancelRequest.$Properties|null);

            /** CoordRequest reshare. */
            reshare?: (thresh.v1.ReshareRequest.$Properties|null);

            /** CoordRequest repair. */
            repair?: (thresh.v1.RepairRequest.$Properties|null);

            /** CoordRequest importKey. */
            importKey?: (thresh.v1.ImportKeyRequest.$Properties|null);

            /** CoordRequest keyStatus. */
            keyStatus?: (thresh.v1.KeyStatusRequest.$Properties|null);

            /** CoordRequest policyGet. */
            policyGet?: (thresh.v1.PolicyGetRequest.$Properties|null);

            /** CoordRequest policySet. */
            policySet?: (thresh.v1.PolicySetRequest.$Properties|null);

            /** CoordRequest policyTest. */
            policyTest?: (thresh.v1.PolicyTestRequest.$Properties|null);

            /** CoordRequest announce. */
            announce?: (thresh.v1.AnnounceRequest.$Properties|null);

            /** CoordRequest auditLog. */
            auditLog?: (thresh.v1.AuditLogRequest.$Properties|null);

            /** CoordRequest presign. */
            presign?: (thresh.v1.PresignRequest.$Properties|null);

            /** CoordRequest onlineSign. */
            onlineSign?: (thresh.v1.OnlineSignRequest.$Properties|null);

            /** CoordRequest body. */
            body?: ("keygen"|"sign"|"listKeys"|"getPublicKey"|"commitKey"|"abortKey"|"cancel"|"reshare"|"repair"|"importKey"|"keyStatus"|"policyGet"|"policySet"|"policyTest"|"announce"|"auditLog"|"presign"|"onlineSign");

            /**
             * Encodes the specified CoordRequest message. Does not implicitly {@link thresh.v1.CoordRequest.verify|verify} messages.
             * @param message CoordRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.CoordRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CoordRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.CoordRequest & thresh.v1.CoordRequest.$Shape} CoordRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.CoordRequest & thresh.v1.CoordRequest.$Shape;
        }

        namespace CoordRequest {

            /** Properties of a CoordRequest. */
            interface $Properties {

                /** CoordRequest keygen */
                keygen?: (thresh.v1.KeygenRequest.$Properties|null);

                /** CoordRequest sign */
                sign?: (thresh.v1.SignRequest.$Properties|null);

                /** CoordRequest listKeys */
                listKeys?: (thresh.v1.ListKeysRequest.$Properties|null);

                /** CoordRequest getPublicKey */
                getPublicKey?: (thresh.v1.GetPublicKeyRequest.$Properties|null);

                /** CoordRequest commitKey */
                commitKey?: (thresh.v1.CommitKeyRequest.$Properties|null);

                /** CoordRequest abortKey */
                abortKey?: (thresh.v1.AbortKeyRequest.$Properties|null);

                /** CoordRequest cancel */
                cancel?: (thresh.v1.CancelRequest.$Properties|null);

                /** CoordRequest reshare */
                reshare?: (thresh.v1.ReshareRequest.$Properties|null);

                /** CoordRequest repair */
                repair?: (thresh.v1.RepairRequest.$Properties|null);

                /** CoordRequest importKey */
                importKey?: (thresh.v1.ImportKeyRequest.$Properties|null);

                /** CoordRequest keyStatus */
                keyStatus?: (thresh.v1.KeyStatusRequest.$Properties|null);

                /** CoordRequest policyGet */
                policyGet?: (thresh.v1.PolicyGetRequest.$Properties|null);

                /** CoordRequest policySet */
                policySet?: (thresh.v1.PolicySetRequest.$Properties|null);

                /** CoordRequest policyTest */
                policyTest?: (thresh.v1.PolicyTestRequest.$Properties|null);

                /** CoordRequest announce */
                announce?: (thresh.v1.AnnounceRequest.$Properties|null);

                /** CoordRequest auditLog */
                auditLog?: (thresh.v1.AuditLogRequest.$Properties|null);

                /** CoordRequest presign */
                presign?: (thresh.v1.PresignRequest.$Properties|null);

                /** CoordRequest onlineSign */
                onlineSign?: (thresh.v1.OnlineSignRequest.$Properties|null);

                /** CoordRequest body */
                body?: ("keygen"|"sign"|"listKeys"|"getPublicKey"|"commitKey"|"abortKey"|"cancel"|"reshare"|"repair"|"importKey"|"keyStatus"|"policyGet"|"policySet"|"policyTest"|"announce"|"auditLog"|"presign"|"onlineSign");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a CoordRequest. */
            type $Shape = {
              keygen?: thresh.v1.KeygenRequest.$Shape|null;
              sign?: thresh.v1.SignRequest.$Shape|null;
              listKeys?: thresh.v1.ListKeysRequest.$Shape|null;
              getPublicKey?: thresh.v1.GetPublicKeyRequest.$Shape|null;
              commitKey?: thresh.v1.CommitKeyRequest.$Shape|null;
              abortKey?: thresh.v1.AbortKeyRequest.$Shape|null;
              cancel?: thresh.v1.CancelRequest.$Shape|null;
              reshare?: thresh.v1.ReshareRequest.$Shape|null;
              repair?: thresh.v1.RepairRequest.$Shape|null;
              importKey?: thresh.v1.ImportKeyRequest.$Shape|null;
              keyStatus?: thresh.v1.KeyStatusRequest.$Shape|null;
              policyGet?: thresh.v1.PolicyGetRequest.$Shape|null;
              policySet?: thresh.v1.PolicySetRequest.$Shape|null;
              policyTest?: thresh.v1.PolicyTestRequest.$Shape|null;
              announce?: thresh.v1.AnnounceRequest.$Shape|null;
              auditLog?: thresh.v1.AuditLogRequest.$Shape|null;
              presign?: thresh.v1.PresignRequest.$Shape|null;
              onlineSign?: thresh.v1.OnlineSignRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "keygen"; keygen: thresh.v1.KeygenRequest.$Shape; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "sign"; keygen?: null; sign: thresh.v1.SignRequest.$Shape; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "listKeys"; keygen?: null; sign?: null; listKeys: thresh.v1.ListKeysRequest.$Shape; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "getPublicKey"; keygen?: null; sign?: null; listKeys?: null; getPublicKey: thresh.v1.GetPublicKeyRequest.$Shape; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "commitKey"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey: thresh.v1.CommitKeyRequest.$Shape; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "abortKey"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey: thresh.v1.AbortKeyRequest.$Shape; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "cancel"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel: thresh.v1.CancelRequest.$Shape; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "reshare"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare: thresh.v1.ReshareRequest.$Shape; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "repair"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair: thresh.v1.RepairRequest.$Shape; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "importKey"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey: thresh.v1.ImportKeyRequest.$Shape; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "keyStatus"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus: thresh.v1.KeyStatusRequest.$Shape; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "policyGet"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet: thresh.v1.PolicyGetRequest.$Shape; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "policySet"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet: thresh.v1.PolicySetRequest.$Shape; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "policyTest"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest: thresh.v1.PolicyTestRequest.$Shape; announce?: null; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "announce"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce: thresh.v1.AnnounceRequest.$Shape; auditLog?: null; presign?: null; onlineSign?: null }|{ body?: "auditLog"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog: thresh.v1.AuditLogRequest.$Shape; presign?: null; onlineSign?: null }|{ body?: "presign"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign: thresh.v1.PresignRequest.$Shape; onlineSign?: null }|{ body?: "onlineSign"; keygen?: null; sign?: null; listKeys?: null; getPublicKey?: null; commitKey?: null; abortKey?: null; cancel?: null; reshare?: null; repair?: null; importKey?: null; keyStatus?: null; policyGet?: null; policySet?: null; policyTest?: null; announce?: null; auditLog?: null; presign?: null; onlineSign: thresh.v1.OnlineSignRequest.$Shape })
            );
        }

        /**
         * Properties of a KeyInfo.
         * @deprecated Use thresh.v1.KeyInfo.$Properties instead.
         */
        interface IKeyInfo extends thresh.v1.KeyInfo.$Properties {
        }

        /** Represents a KeyInfo. */
        class KeyInfo {

            /**
             * Constructs a new KeyInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.KeyInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeyInfo keyId. */
            keyId: string;

            /** KeyInfo scheme. */
            scheme: thresh.v1.Scheme;

            /** KeyInfo threshold. */
            threshold: number;

            /** KeyInfo parties. */
            parties: string[];

            /** KeyInfo groupPublicKey. */
            groupPublicKey: Uint8Array;

            /** KeyInfo chainCode. */
            chainCode: Uint8Array;

            /** KeyInfo epoch. */
            epoch: number;

            /** KeyInfo publicShares. */
            publicShares: Uint8Array[];

            /** KeyInfo members. */
            members: thresh.v1.MemberSecurity.$Properties[];

            /** KeyInfo engine. */
            engine: thresh.v1.EcdsaEngine;

            /**
             * Encodes the specified KeyInfo message. Does not implicitly {@link thresh.v1.KeyInfo.verify|verify} messages.
             * @param message KeyInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.KeyInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.KeyInfo & thresh.v1.KeyInfo.$Shape} KeyInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.KeyInfo & thresh.v1.KeyInfo.$Shape;
        }

        namespace KeyInfo {

            /** Properties of a KeyInfo. */
            interface $Properties {

                /** KeyInfo keyId */
                keyId?: (string|null);

                /** KeyInfo scheme */
                scheme?: (thresh.v1.Scheme|null);

                /** KeyInfo threshold */
                threshold?: (number|null);

                /** KeyInfo parties */
                parties?: (string[]|null);

                /** KeyInfo groupPublicKey */
                groupPublicKey?: (Uint8Array|null);

                /** KeyInfo chainCode */
                chainCode?: (Uint8Array|null);

                /** KeyInfo epoch */
                epoch?: (number|null);

                /** KeyInfo publicShares */
                publicShares?: (Uint8Array[]|null);

                /** KeyInfo members */
                members?: (thresh.v1.MemberSecurity.$Properties[]|null);

                /** KeyInfo engine */
                engine?: (thresh.v1.EcdsaEngine|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeyInfo. */
            type $Shape = thresh.v1.KeyInfo.$Properties;
        }

        /**
         * Properties of a MemberSecurity.
         * @deprecated Use thresh.v1.MemberSecurity.$Properties instead.
         */
        interface IMemberSecurity extends thresh.v1.MemberSecurity.$Properties {
        }

        /** Represents a MemberSecurity. */
        class MemberSecurity {

            /**
             * Constructs a new MemberSecurity.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.MemberSecurity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemberSecurity protection. */
            protection: thresh.v1.Protection;

            /** MemberSecurity attested. */
            attested: boolean;

            /**
             * Encodes the specified MemberSecurity message. Does not implicitly {@link thresh.v1.MemberSecurity.verify|verify} messages.
             * @param message MemberSecurity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.MemberSecurity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemberSecurity message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.MemberSecurity & thresh.v1.MemberSecurity.$Shape} MemberSecurity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.MemberSecurity & thresh.v1.MemberSecurity.$Shape;
        }

        namespace MemberSecurity {

            /** Properties of a MemberSecurity. */
            interface $Properties {

                /** MemberSecurity protection */
                protection?: (thresh.v1.Protection|null);

                /** MemberSecurity attested */
                attested?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemberSecurity. */
            type $Shape = thresh.v1.MemberSecurity.$Properties;
        }

        /**
         * Properties of a KeygenResult.
         * @deprecated Use thresh.v1.KeygenResult.$Properties instead.
         */
        interface IKeygenResult extends thresh.v1.KeygenResult.$Properties {
        }

        /** Represents a KeygenResult. */
        class KeygenResult {

            /**
             * Constructs a new KeygenResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.KeygenResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeygenResult key. */
            key?: (thresh.v1.KeyInfo.$Properties|null);

            /**
             * Encodes the specified KeygenResult message. Does not implicitly {@link thresh.v1.KeygenResult.verify|verify} messages.
             * @param message KeygenResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.KeygenResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeygenResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.KeygenResult & thresh.v1.KeygenResult.$Shape} KeygenResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.KeygenResult & thresh.v1.KeygenResult.$Shape;
        }

        namespace KeygenResult {

            /** Properties of a KeygenResult. */
            interface $Properties {

                /** KeygenResult key */
                key?: (thresh.v1.KeyInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeygenResult. */
            type $Shape = thresh.v1.KeygenResult.$Properties;
        }

        /**
         * Properties of a SignResult.
         * @deprecated Use thresh.v1.SignResult.$Properties instead.
         */
        interface ISignResult extends thresh.v1.SignResult.$Properties {
        }

        /** Represents a SignResult. */
        class SignResult {

            /**
             * Constructs a new SignResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.SignResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignResult signature. */
            signature: Uint8Array;

            /** SignResult recoveryId. */
            recoveryId: number;

            /** SignResult signatures. */
            signatures: Uint8Array[];

            /** SignResult recoveryIds. */
            recoveryIds: number[];

            /** SignResult mldsa. */
            mldsa?: (thresh.v1.MlDsaSignerTranscript.$Properties|null);

            /**
             * Encodes the specified SignResult message. Does not implicitly {@link thresh.v1.SignResult.verify|verify} messages.
             * @param message SignResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.SignResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.SignResult & thresh.v1.SignResult.$Shape} SignResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.SignResult & thresh.v1.SignResult.$Shape;
        }

        namespace SignResult {

            /** Properties of a SignResult. */
            interface $Properties {

                /** SignResult signature */
                signature?: (Uint8Array|null);

                /** SignResult recoveryId */
                recoveryId?: (number|null);

                /** SignResult signatures */
                signatures?: (Uint8Array[]|null);

                /** SignResult recoveryIds */
                recoveryIds?: (number[]|null);

                /** SignResult mldsa */
                mldsa?: (thresh.v1.MlDsaSignerTranscript.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignResult. */
            type $Shape = thresh.v1.SignResult.$Properties;
        }

        /**
         * Properties of a ListKeysResult.
         * @deprecated Use thresh.v1.ListKeysResult.$Properties instead.
         */
        interface IListKeysResult extends thresh.v1.ListKeysResult.$Properties {
        }

        /** Represents a ListKeysResult. */
        class ListKeysResult {

            /**
             * Constructs a new ListKeysResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.ListKeysResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListKeysResult keys. */
            keys: thresh.v1.KeyInfo.$Properties[];

            /**
             * Encodes the specified ListKeysResult message. Does not implicitly {@link thresh.v1.ListKeysResult.verify|verify} messages.
             * @param message ListKeysResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.ListKeysResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListKeysResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.ListKeysResult & thresh.v1.ListKeysResult.$Shape} ListKeysResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.ListKeysResult & thresh.v1.ListKeysResult.$Shape;
        }

        namespace ListKeysResult {

            /** Properties of a ListKeysResult. */
            interface $Properties {

                /** ListKeysResult keys */
                keys?: (thresh.v1.KeyInfo.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListKeysResult. */
            type $Shape = thresh.v1.ListKeysResult.$Properties;
        }

        /**
         * Properties of a PublicKeyResult.
         * @deprecated Use thresh.v1.PublicKeyResult.$Properties instead.
         */
        interface IPublicKeyResult extends thresh.v1.PublicKeyResult.$Properties {
        }

        /** Represents a PublicKeyResult. */
        class PublicKeyResult {

            /**
             * Constructs a new PublicKeyResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.PublicKeyResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PublicKeyResult key. */
            key?: (thresh.v1.KeyInfo.$Properties|null);

            /**
             * Encodes the specified PublicKeyResult message. Does not implicitly {@link thresh.v1.PublicKeyResult.verify|verify} messages.
             * @param message PublicKeyResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.PublicKeyResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublicKeyResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.PublicKeyResult & thresh.v1.PublicKeyResult.$Shape} PublicKeyResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.PublicKeyResult & thresh.v1.PublicKeyResult.$Shape;
        }

        namespace PublicKeyResult {

            /** Properties of a PublicKeyResult. */
            interface $Properties {

                /** PublicKeyResult key */
                key?: (thresh.v1.KeyInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublicKeyResult. */
            type $Shape = thresh.v1.PublicKeyResult.$Properties;
        }

        /**
         * Properties of a CommitKeyResult.
         * @deprecated Use thresh.v1.CommitKeyResult.$Properties instead.
         */
        interface ICommitKeyResult extends thresh.v1.CommitKeyResult.$Properties {
        }

        /** Represents a CommitKeyResult. */
        class CommitKeyResult {

            /**
             * Constructs a new CommitKeyResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.CommitKeyResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommitKeyResult key. */
            key?: (thresh.v1.KeyInfo.$Properties|null);

            /**
             * Encodes the specified CommitKeyResult message. Does not implicitly {@link thresh.v1.CommitKeyResult.verify|verify} messages.
             * @param message CommitKeyResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.CommitKeyResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommitKeyResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.CommitKeyResult & thresh.v1.CommitKeyResult.$Shape} CommitKeyResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.CommitKeyResult & thresh.v1.CommitKeyResult.$Shape;
        }

        namespace CommitKeyResult {

            /** Properties of a CommitKeyResult. */
            interface $Properties {

                /** CommitKeyResult key */
                key?: (thresh.v1.KeyInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommitKeyResult. */
            type $Shape = thresh.v1.CommitKeyResult.$Properties;
        }

        /**
         * Properties of a LifecycleResult.
         * @deprecated Use thresh.v1.LifecycleResult.$Properties instead.
         */
        interface ILifecycleResult extends thresh.v1.LifecycleResult.$Properties {
        }

        /** Represents a LifecycleResult. */
        class LifecycleResult {

            /**
             * Constructs a new LifecycleResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.LifecycleResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LifecycleResult key. */
            key?: (thresh.v1.KeyInfo.$Properties|null);

            /**
             * Encodes the specified LifecycleResult message. Does not implicitly {@link thresh.v1.LifecycleResult.verify|verify} messages.
             * @param message LifecycleResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.LifecycleResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LifecycleResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.LifecycleResult & thresh.v1.LifecycleResult.$Shape} LifecycleResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.LifecycleResult & thresh.v1.LifecycleResult.$Shape;
        }

        namespace LifecycleResult {

            /** Properties of a LifecycleResult. */
            interface $Properties {

                /** LifecycleResult key */
                key?: (thresh.v1.KeyInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LifecycleResult. */
            type $Shape = thresh.v1.LifecycleResult.$Properties;
        }

        /**
         * Properties of a KeyStatusResult.
         * @deprecated Use thresh.v1.KeyStatusResult.$Properties instead.
         */
        interface IKeyStatusResult extends thresh.v1.KeyStatusResult.$Properties {
        }

        /** Represents a KeyStatusResult. */
        class KeyStatusResult {

            /**
             * Constructs a new KeyStatusResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.KeyStatusResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeyStatusResult active. */
            active?: (thresh.v1.KeyInfo.$Properties|null);

            /** KeyStatusResult activeNonce. */
            activeNonce: Uint8Array;

            /** KeyStatusResult pending. */
            pending?: (thresh.v1.KeyInfo.$Properties|null);

            /** KeyStatusResult pendingNonce. */
            pendingNonce: Uint8Array;

            /** KeyStatusResult retiringNonce. */
            retiringNonce: Uint8Array;

            /**
             * Encodes the specified KeyStatusResult message. Does not implicitly {@link thresh.v1.KeyStatusResult.verify|verify} messages.
             * @param message KeyStatusResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.KeyStatusResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyStatusResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.KeyStatusResult & thresh.v1.KeyStatusResult.$Shape} KeyStatusResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.KeyStatusResult & thresh.v1.KeyStatusResult.$Shape;
        }

        namespace KeyStatusResult {

            /** Properties of a KeyStatusResult. */
            interface $Properties {

                /** KeyStatusResult active */
                active?: (thresh.v1.KeyInfo.$Properties|null);

                /** KeyStatusResult activeNonce */
                activeNonce?: (Uint8Array|null);

                /** KeyStatusResult pending */
                pending?: (thresh.v1.KeyInfo.$Properties|null);

                /** KeyStatusResult pendingNonce */
                pendingNonce?: (Uint8Array|null);

                /** KeyStatusResult retiringNonce */
                retiringNonce?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeyStatusResult. */
            type $Shape = thresh.v1.KeyStatusResult.$Properties;
        }

        /**
         * Properties of a KeyRetiredResult.
         * @deprecated Use thresh.v1.KeyRetiredResult.$Properties instead.
         */
        interface IKeyRetiredResult extends thresh.v1.KeyRetiredResult.$Properties {
        }

        /** Represents a KeyRetiredResult. */
        class KeyRetiredResult {

            /**
             * Constructs a new KeyRetiredResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.KeyRetiredResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified KeyRetiredResult message. Does not implicitly {@link thresh.v1.KeyRetiredResult.verify|verify} messages.
             * @param message KeyRetiredResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.KeyRetiredResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyRetiredResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.KeyRetiredResult & thresh.v1.KeyRetiredResult.$Shape} KeyRetiredResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.KeyRetiredResult & thresh.v1.KeyRetiredResult.$Shape;
        }

        namespace KeyRetiredResult {

            /** Properties of a KeyRetiredResult. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeyRetiredResult. */
            type $Shape = thresh.v1.KeyRetiredResult.$Properties;
        }

        /**
         * Properties of a CancelResult.
         * @deprecated Use thresh.v1.CancelResult.$Properties instead.
         */
        interface ICancelResult extends thresh.v1.CancelResult.$Properties {
        }

        /** Represents a CancelResult. */
        class CancelResult {

            /**
             * Constructs a new CancelResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.CancelResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CancelResult sessions. */
            sessions: number;

            /**
             * Encodes the specified CancelResult message. Does not implicitly {@link thresh.v1.CancelResult.verify|verify} messages.
             * @param message CancelResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.CancelResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.CancelResult & thresh.v1.CancelResult.$Shape} CancelResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.CancelResult & thresh.v1.CancelResult.$Shape;
        }

        namespace CancelResult {

            /** Properties of a CancelResult. */
            interface $Properties {

                /** CancelResult sessions */
                sessions?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CancelResult. */
            type $Shape = thresh.v1.CancelResult.$Properties;
        }

        /**
         * Properties of an AbortKeyResult.
         * @deprecated Use thresh.v1.AbortKeyResult.$Properties instead.
         */
        interface IAbortKeyResult extends thresh.v1.AbortKeyResult.$Properties {
        }

        /** Represents an AbortKeyResult. */
        class AbortKeyResult {

            /**
             * Constructs a new AbortKeyResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.AbortKeyResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AbortKeyResult dropped. */
            dropped: boolean;

            /**
             * Encodes the specified AbortKeyResult message. Does not implicitly {@link thresh.v1.AbortKeyResult.verify|verify} messages.
             * @param message AbortKeyResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.AbortKeyResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AbortKeyResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.AbortKeyResult & thresh.v1.AbortKeyResult.$Shape} AbortKeyResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.AbortKeyResult & thresh.v1.AbortKeyResult.$Shape;
        }

        namespace AbortKeyResult {

            /** Properties of an AbortKeyResult. */
            interface $Properties {

                /** AbortKeyResult dropped */
                dropped?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AbortKeyResult. */
            type $Shape = thresh.v1.AbortKeyResult.$Properties;
        }

        /** ErrorCode enum. */
        enum ErrorCode {

            /** ERROR_CODE_UNSPECIFIED value */
            ERROR_CODE_UNSPECIFIED = 0,

            /** ERROR_CODE_BAD_REQUEST value */
            ERROR_CODE_BAD_REQUEST = 1,

            /** ERROR_CODE_UNAUTHORIZED value */
            ERROR_CODE_UNAUTHORIZED = 2,

            /** ERROR_CODE_NOT_A_PARTY value */
            ERROR_CODE_NOT_A_PARTY = 3,

            /** ERROR_CODE_UNKNOWN_PEER value */
            ERROR_CODE_UNKNOWN_PEER = 4,

            /** ERROR_CODE_UNKNOWN_KEY value */
            ERROR_CODE_UNKNOWN_KEY = 5,

            /** ERROR_CODE_KEY_EXISTS value */
            ERROR_CODE_KEY_EXISTS = 6,

            /** ERROR_CODE_DUPLICATE_SESSION value */
            ERROR_CODE_DUPLICATE_SESSION = 7,

            /** ERROR_CODE_ABORTED value */
            ERROR_CODE_ABORTED = 8,

            /** ERROR_CODE_TIMEOUT value */
            ERROR_CODE_TIMEOUT = 9,

            /** ERROR_CODE_BUSY value */
            ERROR_CODE_BUSY = 10,

            /** ERROR_CODE_UNSUPPORTED value */
            ERROR_CODE_UNSUPPORTED = 11,

            /** ERROR_CODE_INTERNAL value */
            ERROR_CODE_INTERNAL = 12,

            /** ERROR_CODE_STALE_REQUEST value */
            ERROR_CODE_STALE_REQUEST = 13,

            /** ERROR_CODE_CANCELLED value */
            ERROR_CODE_CANCELLED = 14,

            /** ERROR_CODE_STALE_EPOCH value */
            ERROR_CODE_STALE_EPOCH = 15,

            /** ERROR_CODE_UNAVAILABLE value */
            ERROR_CODE_UNAVAILABLE = 16,

            /** ERROR_CODE_POLICY_DENIED value */
            ERROR_CODE_POLICY_DENIED = 20,

            /** ERROR_CODE_POLICY_REFUSED value */
            ERROR_CODE_POLICY_REFUSED = 21,

            /** ERROR_CODE_PRESIGN_UNKNOWN value */
            ERROR_CODE_PRESIGN_UNKNOWN = 40,

            /** ERROR_CODE_PRESIGN_USED value */
            ERROR_CODE_PRESIGN_USED = 41,

            /** ERROR_CODE_PRESIGN_MISMATCH value */
            ERROR_CODE_PRESIGN_MISMATCH = 42
        }

        /**
         * Properties of an Error.
         * @deprecated Use thresh.v1.Error.$Properties instead.
         */
        interface IError extends thresh.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: thresh.v1.ErrorCode;

            /** Error message. */
            message: string;

            /** Error culprits. */
            culprits: string[];

            /** Error accusations. */
            accusations: thresh.v1.Accusation.$Properties[];

            /** Error ruleId. */
            ruleId: string;

            /** Error policyVersion. */
            policyVersion: number;

            /**
             * Encodes the specified Error message. Does not implicitly {@link thresh.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.Error & thresh.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.Error & thresh.v1.Error.$Shape;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (thresh.v1.ErrorCode|null);

                /** Error message */
                message?: (string|null);

                /** Error culprits */
                culprits?: (string[]|null);

                /** Error accusations */
                accusations?: (thresh.v1.Accusation.$Properties[]|null);

                /** Error ruleId */
                ruleId?: (string|null);

                /** Error policyVersion */
                policyVersion?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = thresh.v1.Error.$Properties;
        }

        /**
         * Properties of an Accusation.
         * @deprecated Use thresh.v1.Accusation.$Properties instead.
         */
        interface IAccusation extends thresh.v1.Accusation.$Properties {
        }

        /** Represents an Accusation. */
        class Accusation {

            /**
             * Constructs a new Accusation.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.Accusation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Accusation accuser. */
            accuser: string;

            /** Accusation accused. */
            accused: string[];

            /** Accusation reason. */
            reason: string;

            /** Accusation signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified Accusation message. Does not implicitly {@link thresh.v1.Accusation.verify|verify} messages.
             * @param message Accusation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.Accusation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Accusation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.Accusation & thresh.v1.Accusation.$Shape} Accusation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.Accusation & thresh.v1.Accusation.$Shape;
        }

        namespace Accusation {

            /** Properties of an Accusation. */
            interface $Properties {

                /** Accusation accuser */
                accuser?: (string|null);

                /** Accusation accused */
                accused?: (string[]|null);

                /** Accusation reason */
                reason?: (string|null);

                /** Accusation signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Accusation. */
            type $Shape = thresh.v1.Accusation.$Properties;
        }

        /**
         * Properties of a CoordResponse.
         * @deprecated Use thresh.v1.CoordResponse.$Properties instead.
         */
        interface ICoordResponse extends thresh.v1.CoordResponse.$Properties {
        }

        /** Represents a CoordResponse. */
        class CoordResponse {

            /**
             * Constructs a new CoordResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.CoordResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CoordResponse keygen. */
            keygen?: (thresh.v1.KeygenResult.$Properties|null);

            /** CoordResponse sign. */
            sign?: (thresh.v1.SignResult.$Properties|null);

            /** CoordResponse keys. */
            keys?: (thresh.v1.ListKeysResult.$Properties|null);

            /** CoordResponse publicKey. */
            publicKey?: (thresh.v1.PublicKeyResult.$Properties|null);

            /** CoordResponse error. */
            error?: (thresh.v1.Error.$Properties|null);

            /** CoordResponse committed. */
            committed?: (thresh.v1.CommitKeyResult.$Properties|null);

            /** CoordResponse keyAborted. */
            keyAborted?: (thresh.v1.AbortKeyResult.$Properties|null);

            /** CoordResponse cancelled. */
            cancelled?: (thresh.v1.CancelResult.$Properties|null);

            /** CoordResponse lifecycle. */
            lifecycle?: (thresh.v1.LifecycleResult.$Properties|null);

            /** CoordResponse retired. */
            retired?: (thresh.v1.KeyRetiredResult.$Properties|null);

            /** CoordResponse keyStatus. */
            keyStatus?: (thresh.v1.KeyStatusResult.$Properties|null);

            /** CoordResponse policy. */
            policy?: (thresh.v1.PolicyResult.$Properties|null);

            /** CoordResponse policyDecision. */
            policyDecision?: (thresh.v1.PolicyDecisionResult.$Properties|null);

            /** CoordResponse announced. */
            announced?: (thresh.v1.AnnounceResult.$Properties|null);

            /** CoordResponse auditLog. */
            auditLog?: (thresh.v1.AuditLogResult.$Properties|null);

            /** CoordResponse presigned. */
            presigned?: (thresh.v1.PresignResult.$Properties|null);

            /** CoordResponse onlineShare. */
            onlineShare?: (thresh.v1.OnlineShareResult.$Properties|null);

            /** CoordResponse body. */
            body?: ("keygen"|"sign"|"keys"|"publicKey"|"error"|"committed"|"keyAborted"|"cancelled"|"lifecycle"|"retired"|"keyStatus"|"policy"|"policyDecision"|"announced"|"auditLog"|"presigned"|"onlineShare");

            /**
             * Encodes the specified CoordResponse message. Does not implicitly {@link thresh.v1.CoordResponse.verify|verify} messages.
             * @param message CoordResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.CoordResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CoordResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.CoordResponse & thresh.v1.CoordResponse.$Shape} CoordResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.CoordResponse & thresh.v1.CoordResponse.$Shape;
        }

        namespace CoordResponse {

            /** Properties of a CoordResponse. */
            interface $Properties {

                /** CoordResponse keygen */
                keygen?: (thresh.v1.KeygenResult.$Properties|null);

                /** CoordResponse sign */
                sign?: (thresh.v1.SignResult.$Properties|null);

                /** CoordResponse keys */
                keys?: (thresh.v1.ListKeysResult.$Properties|null);

                /** CoordResponse publicKey */
                publicKey?: (thresh.v1.PublicKeyResult.$Properties|null);

                /** CoordResponse error */
                error?: (thresh.v1.Error.$Properties|null);

                /** CoordResponse committed */
                committed?: (thresh.v1.CommitKeyResult.$Properties|null);

                /** CoordResponse keyAborted */
                keyAborted?: (thresh.v1.AbortKeyResult.$Properties|null);

                /** CoordResponse cancelled */
                cancelled?: (thresh.v1.CancelResult.$Properties|null);

                /** CoordResponse lifecycle */
                lifecycle?: (thresh.v1.LifecycleResult.$Properties|null);

                /** CoordResponse retired */
                retired?: (thresh.v1.KeyRetiredResult.$Properties|null);

                /** CoordResponse keyStatus */
                keyStatus?: (thresh.v1.KeyStatusResult.$Properties|null);

                /** CoordResponse policy */
                policy?: (thresh.v1.PolicyResult.$Properties|null);

                /** CoordResponse policyDecision */
                policyDecision?: (thresh.v1.PolicyDecisionResult.$Properties|null);

                /** CoordResponse announced */
                announced?: (thresh.v1.AnnounceResult.$Properties|null);

                /** CoordResponse auditLog */
                auditLog?: (thresh.v1.AuditLogResult.$Properties|null);

                /** CoordResponse presigned */
                presigned?: (thresh.v1.PresignResult.$Properties|null);

                /** CoordResponse onlineShare */
                onlineShare?: (thresh.v1.OnlineShareResult.$Properties|null);

                /** CoordResponse body */
                body?: ("keygen"|"sign"|"keys"|"publicKey"|"error"|"committed"|"keyAborted"|"cancelled"|"lifecycle"|"retired"|"keyStatus"|"policy"|"policyDecision"|"announced"|"auditLog"|"presigned"|"onlineShare");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a CoordResponse. */
            type $Shape = {
              keygen?: thresh.v1.KeygenResult.$Shape|null;
              sign?: thresh.v1.SignResult.$Shape|null;
              keys?: thresh.v1.ListKeysResult.$Shape|null;
              publicKey?: thresh.v1.PublicKeyResult.$Shape|null;
              error?: thresh.v1.Error.$Shape|null;
              committed?: thresh.v1.CommitKeyResult.$Shape|null;
              keyAborted?: thresh.v1.AbortKeyResult.$Shape|null;
              cancelled?: thresh.v1.CancelResult.$Shape|null;
              lifecycle?: thresh.v1.LifecycleResult.$Shape|null;
              retired?: thresh.v1.KeyRetiredResult.$Shape|null;
              keyStatus?: thresh.v1.KeyStatusResult.$Shape|null;
              policy?: thresh.v1.PolicyResult.$Shape|null;
              policyDecision?: thresh.v1.PolicyDecisionResult.$Shape|null;
              announced?: thresh.v1.AnnounceResult.$Shape|null;
              auditLog?: thresh.v1.AuditLogResult.$Shape|null;
              presigned?: thresh.v1.PresignResult.$Shape|null;
              onlineShare?: thresh.v1.OnlineShareResult.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "keygen"; keygen: thresh.v1.KeygenResult.$Shape; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "sign"; keygen?: null; sign: thresh.v1.SignResult.$Shape; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "keys"; keygen?: null; sign?: null; keys: thresh.v1.ListKeysResult.$Shape; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "publicKey"; keygen?: null; sign?: null; keys?: null; publicKey: thresh.v1.PublicKeyResult.$Shape; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "error"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error: thresh.v1.Error.$Shape; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "committed"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed: thresh.v1.CommitKeyResult.$Shape; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "keyAborted"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted: thresh.v1.AbortKeyResult.$Shape; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "cancelled"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled: thresh.v1.CancelResult.$Shape; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "lifecycle"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle: thresh.v1.LifecycleResult.$Shape; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "retired"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired: thresh.v1.KeyRetiredResult.$Shape; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "keyStatus"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus: thresh.v1.KeyStatusResult.$Shape; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "policy"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy: thresh.v1.PolicyResult.$Shape; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "policyDecision"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision: thresh.v1.PolicyDecisionResult.$Shape; announced?: null; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "announced"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced: thresh.v1.AnnounceResult.$Shape; auditLog?: null; presigned?: null; onlineShare?: null }|{ body?: "auditLog"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog: thresh.v1.AuditLogResult.$Shape; presigned?: null; onlineShare?: null }|{ body?: "presigned"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned: thresh.v1.PresignResult.$Shape; onlineShare?: null }|{ body?: "onlineShare"; keygen?: null; sign?: null; keys?: null; publicKey?: null; error?: null; committed?: null; keyAborted?: null; cancelled?: null; lifecycle?: null; retired?: null; keyStatus?: null; policy?: null; policyDecision?: null; announced?: null; auditLog?: null; presigned?: null; onlineShare: thresh.v1.OnlineShareResult.$Shape })
            );
        }

        /**
         * Properties of a ResharePayload.
         * @deprecated Use thresh.v1.ResharePayload.$Properties instead.
         */
        interface IResharePayload extends thresh.v1.ResharePayload.$Properties {
        }

        /** Represents a ResharePayload. */
        class ResharePayload {

            /**
             * Constructs a new ResharePayload.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.ResharePayload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResharePayload commit. */
            commit?: (thresh.v1.ReshareCommit.$Properties|null);

            /** ResharePayload share. */
            share?: (thresh.v1.ReshareShare.$Properties|null);

            /** ResharePayload confirm. */
            confirm?: (thresh.v1.ReshareConfirm.$Properties|null);

            /** ResharePayload complaint. */
            complaint?: (thresh.v1.ReshareComplaint.$Properties|null);

            /** ResharePayload body. */
            body?: ("commit"|"share"|"confirm"|"complaint");

            /**
             * Encodes the specified ResharePayload message. Does not implicitly {@link thresh.v1.ResharePayload.verify|verify} messages.
             * @param message ResharePayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.ResharePayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResharePayload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.ResharePayload & thresh.v1.ResharePayload.$Shape} ResharePayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.ResharePayload & thresh.v1.ResharePayload.$Shape;
        }

        namespace ResharePayload {

            /** Properties of a ResharePayload. */
            interface $Properties {

                /** ResharePayload commit */
                commit?: (thresh.v1.ReshareCommit.$Properties|null);

                /** ResharePayload share */
                share?: (thresh.v1.ReshareShare.$Properties|null);

                /** ResharePayload confirm */
                confirm?: (thresh.v1.ReshareConfirm.$Properties|null);

                /** ResharePayload complaint */
                complaint?: (thresh.v1.ReshareComplaint.$Properties|null);

                /** ResharePayload body */
                body?: ("commit"|"share"|"confirm"|"complaint");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ResharePayload. */
            type $Shape = {
              commit?: thresh.v1.ReshareCommit.$Shape|null;
              share?: thresh.v1.ReshareShare.$Shape|null;
              confirm?: thresh.v1.ReshareConfirm.$Shape|null;
              complaint?: thresh.v1.ReshareComplaint.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; commit?: null; share?: null; confirm?: null; complaint?: null }|{ body?: "commit"; commit: thresh.v1.ReshareCommit.$Shape; share?: null; confirm?: null; complaint?: null }|{ body?: "share"; commit?: null; share: thresh.v1.ReshareShare.$Shape; confirm?: null; complaint?: null }|{ body?: "confirm"; commit?: null; share?: null; confirm: thresh.v1.ReshareConfirm.$Shape; complaint?: null }|{ body?: "complaint"; commit?: null; share?: null; confirm?: null; complaint: thresh.v1.ReshareComplaint.$Shape })
            );
        }

        /**
         * Properties of a ReshareCommit.
         * @deprecated Use thresh.v1.ReshareCommit.$Properties instead.
         */
        interface IReshareCommit extends thresh.v1.ReshareCommit.$Properties {
        }

        /** Represents a ReshareCommit. */
        class ReshareCommit {

            /**
             * Constructs a new ReshareCommit.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.ReshareCommit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReshareCommit commitment. */
            commitment: Uint8Array[];

            /** ReshareCommit signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified ReshareCommit message. Does not implicitly {@link thresh.v1.ReshareCommit.verify|verify} messages.
             * @param message ReshareCommit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.ReshareCommit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReshareCommit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.ReshareCommit & thresh.v1.ReshareCommit.$Shape} ReshareCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.ReshareCommit & thresh.v1.ReshareCommit.$Shape;
        }

        namespace ReshareCommit {

            /** Properties of a ReshareCommit. */
            interface $Properties {

                /** ReshareCommit commitment */
                commitment?: (Uint8Array[]|null);

                /** ReshareCommit signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReshareCommit. */
            type $Shape = thresh.v1.ReshareCommit.$Properties;
        }

        /**
         * Properties of a ReshareShare.
         * @deprecated Use thresh.v1.ReshareShare.$Properties instead.
         */
        interface IReshareShare extends thresh.v1.ReshareShare.$Properties {
        }

        /** Represents a ReshareShare. */
        class ReshareShare {

            /**
             * Constructs a new ReshareShare.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.ReshareShare.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReshareShare share. */
            share: Uint8Array;

            /** ReshareShare signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified ReshareShare message. Does not implicitly {@link thresh.v1.ReshareShare.verify|verify} messages.
             * @param message ReshareShare message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.ReshareShare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReshareShare message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.ReshareShare & thresh.v1.ReshareShare.$Shape} ReshareShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.ReshareShare & thresh.v1.ReshareShare.$Shape;
        }

        namespace ReshareShare {

            /** Properties of a ReshareShare. */
            interface $Properties {

                /** ReshareShare share */
                share?: (Uint8Array|null);

                /** ReshareShare signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReshareShare. */
            type $Shape = thresh.v1.ReshareShare.$Properties;
        }

        /**
         * Properties of a ReshareConfirm.
         * @deprecated Use thresh.v1.ReshareConfirm.$Properties instead.
         */
        interface IReshareConfirm extends thresh.v1.ReshareConfirm.$Properties {
        }

        /** Represents a ReshareConfirm. */
        class ReshareConfirm {

            /**
             * Constructs a new ReshareConfirm.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.ReshareConfirm.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReshareConfirm round1Digests. */
            round1Digests: Uint8Array[];

            /** ReshareConfirm round1Signatures. */
            round1Signatures: Uint8Array[];

            /** ReshareConfirm signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified ReshareConfirm message. Does not implicitly {@link thresh.v1.ReshareConfirm.verify|verify} messages.
             * @param message ReshareConfirm message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.ReshareConfirm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReshareConfirm message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.ReshareConfirm & thresh.v1.ReshareConfirm.$Shape} ReshareConfirm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.ReshareConfirm & thresh.v1.ReshareConfirm.$Shape;
        }

        namespace ReshareConfirm {

            /** Properties of a ReshareConfirm. */
            interface $Properties {

                /** ReshareConfirm round1Digests */
                round1Digests?: (Uint8Array[]|null);

                /** ReshareConfirm round1Signatures */
                round1Signatures?: (Uint8Array[]|null);

                /** ReshareConfirm signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReshareConfirm. */
            type $Shape = thresh.v1.ReshareConfirm.$Properties;
        }

        /**
         * Properties of a ReshareComplaint.
         * @deprecated Use thresh.v1.ReshareComplaint.$Properties instead.
         */
        interface IReshareComplaint extends thresh.v1.ReshareComplaint.$Properties {
        }

        /** Represents a ReshareComplaint. */
        class ReshareComplaint {

            /**
             * Constructs a new ReshareComplaint.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.ReshareComplaint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReshareComplaint round1Digests. */
            round1Digests: Uint8Array[];

            /** ReshareComplaint round1Signatures. */
            round1Signatures: Uint8Array[];

            /** ReshareComplaint accused. */
            accused: number[];

            /** ReshareComplaint shares. */
            shares: Uint8Array[];

            /** ReshareComplaint shareSignatures. */
            shareSignatures: Uint8Array[];

            /**
             * Encodes the specified ReshareComplaint message. Does not implicitly {@link thresh.v1.ReshareComplaint.verify|verify} messages.
             * @param message ReshareComplaint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.ReshareComplaint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReshareComplaint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.ReshareComplaint & thresh.v1.ReshareComplaint.$Shape} ReshareComplaint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.ReshareComplaint & thresh.v1.ReshareComplaint.$Shape;
        }

        namespace ReshareComplaint {

            /** Properties of a ReshareComplaint. */
            interface $Properties {

                /** ReshareComplaint round1Digests */
                round1Digests?: (Uint8Array[]|null);

                /** ReshareComplaint round1Signatures */
                round1Signatures?: (Uint8Array[]|null);

                /** ReshareComplaint accused */
                accused?: (number[]|null);

                /** ReshareComplaint shares */
                shares?: (Uint8Array[]|null);

                /** ReshareComplaint shareSignatures */
                shareSignatures?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReshareComplaint. */
            type $Shape = thresh.v1.ReshareComplaint.$Properties;
        }

        /**
         * Properties of a RepairPayload.
         * @deprecated Use thresh.v1.RepairPayload.$Properties instead.
         */
        interface IRepairPayload extends thresh.v1.RepairPayload.$Properties {
        }

        /** Represents a RepairPayload. */
        class RepairPayload {

            /**
             * Constructs a new RepairPayload.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.RepairPayload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RepairPayload commit. */
            commit?: (thresh.v1.RepairCommit.$Properties|null);

            /** RepairPayload piece. */
            piece?: (thresh.v1.RepairPiece.$Properties|null);

            /** RepairPayload confirm. */
            confirm?: (thresh.v1.RepairConfirm.$Properties|null);

            /** RepairPayload complaint. */
            complaint?: (thresh.v1.RepairComplaint.$Properties|null);

            /** RepairPayload sum. */
            sum?: (thresh.v1.RepairSum.$Properties|null);

            /** RepairPayload rebuilt. */
            rebuilt?: (thresh.v1.RepairRebuilt.$Properties|null);

            /** RepairPayload sumComplaint. */
            sumComplaint?: (thresh.v1.RepairSumComplaint.$Properties|null);

            /** RepairPayload ack. */
            ack?: (thresh.v1.RepairAck.$Properties|null);

            /** RepairPayload body. */
            body?: ("commit"|"piece"|"confirm"|"complaint"|"sum"|"rebuilt"|"sumComplaint"|"ack");

            /**
             * Encodes the specified RepairPayload message. Does not implicitly {@link thresh.v1.RepairPayload.verify|verify} messages.
             * @param message RepairPayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.RepairPayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RepairPayload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.RepairPayload & thresh.v1.RepairPayload.$Shape} RepairPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.RepairPayload & thresh.v1.RepairPayload.$Shape;
        }

        namespace RepairPayload {

            /** Properties of a RepairPayload. */
            interface $Properties {

                /** RepairPayload commit */
                commit?: (thresh.v1.RepairCommit.$Properties|null);

                /** RepairPayload piece */
                piece?: (thresh.v1.RepairPiece.$Properties|null);

                /** RepairPayload confirm */
                confirm?: (thresh.v1.RepairConfirm.$Properties|null);

                /** RepairPayload complaint */
                complaint?: (thresh.v1.RepairComplaint.$Properties|null);

                /** RepairPayload sum */
                sum?: (thresh.v1.RepairSum.$Properties|null);

                /** RepairPayload rebuilt */
                rebuilt?: (thresh.v1.RepairRebuilt.$Properties|null);

                /** RepairPayload sumComplaint */
                sumComplaint?: (thresh.v1.RepairSumComplaint.$Properties|null);

                /** RepairPayload ack */
                ack?: (thresh.v1.RepairAck.$Properties|null);

                /** RepairPayload body */
                body?: ("commit"|"piece"|"confirm"|"complaint"|"sum"|"rebuilt"|"sumComplaint"|"ack");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a RepairPayload. */
            type $Shape = {
              commit?: thresh.v1.RepairCommit.$Shape|null;
              piece?: thresh.v1.RepairPiece.$Shape|null;
              confirm?: thresh.v1.RepairConfirm.$Shape|null;
              complaint?: thresh.v1.RepairComplaint.$Shape|null;
              sum?: thresh.v1.RepairSum.$Shape|null;
              rebuilt?: thresh.v1.RepairRebuilt.$Shape|null;
              sumComplaint?: thresh.v1.RepairSumComplaint.$Shape|null;
              ack?: thresh.v1.RepairAck.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; commit?: null; piece?: null; confirm?: null; complaint?: null; sum?: null; rebuilt?: null; sumComplaint?: null; ack?: null }|{ body?: "commit"; commit: thresh.v1.RepairCommit.$Shape; piece?: null; confirm?: null; complaint?: null; sum?: null; rebuilt?: null; sumComplaint?: null; ack?: null }|{ body?: "piece"; commit?: null; piece: thresh.v1.RepairPiece.$Shape; confirm?: null; complaint?: null; sum?: null; rebuilt?: null; sumComplaint?: null; ack?: null }|{ body?: "confirm"; commit?: null; piece?: null; confirm: thresh.v1.RepairConfirm.$Shape; complaint?: null; sum?: null; rebuilt?: null; sumComplaint?: null; ack?: null }|{ body?: "complaint"; commit?: null; piece?: null; confirm?: null; complaint: thresh.v1.RepairComplaint.$Shape; sum?: null; rebuilt?: null; sumComplaint?: null; ack?: null }|{ body?: "sum"; commit?: null; piece?: null; confirm?: null; complaint?: null; sum: thresh.v1.RepairSum.$Shape; rebuilt?: null; sumComplaint?: null; ack?: null }|{ body?: "rebuilt"; commit?: null; piece?: null; confirm?: null; complaint?: null; sum?: null; rebuilt: thresh.v1.RepairRebuilt.$Shape; sumComplaint?: null; ack?: null }|{ body?: "sumComplaint"; commit?: null; piece?: null; confirm?: null; complaint?: null; sum?: null; rebuilt?: null; sumComplaint: thresh.v1.RepairSumComplaint.$Shape; ack?: null }|{ body?: "ack"; commit?: null; piece?: null; confirm?: null; complaint?: null; sum?: null; rebuilt?: null; sumComplaint?: null; ack: thresh.v1.RepairAck.$Shape })
            );
        }

        /**
         * Properties of a RepairCommit.
         * @deprecated Use thresh.v1.RepairCommit.$Properties instead.
         */
        interface IRepairCommit extends thresh.v1.RepairCommit.$Properties {
        }

        /** Represents a RepairCommit. */
        class RepairCommit {

            /**
             * Constructs a new RepairCommit.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.RepairCommit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RepairCommit pieceCommitments. */
            pieceCommitments: Uint8Array[];

            /** RepairCommit signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified RepairCommit message. Does not implicitly {@link thresh.v1.RepairCommit.verify|verify} messages.
             * @param message RepairCommit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.RepairCommit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RepairCommit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.RepairCommit & thresh.v1.RepairCommit.$Shape} RepairCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.RepairCommit & thresh.v1.RepairCommit.$Shape;
        }

        namespace RepairCommit {

            /** Properties of a RepairCommit. */
            interface $Properties {

                /** RepairCommit pieceCommitments */
                pieceCommitments?: (Uint8Array[]|null);

                /** RepairCommit signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RepairCommit. */
            type $Shape = thresh.v1.RepairCommit.$Properties;
        }

        /**
         * Properties of a RepairPiece.
         * @deprecated Use thresh.v1.RepairPiece.$Properties instead.
         */
        interface IRepairPiece extends thresh.v1.RepairPiece.$Properties {
        }

        /** Represents a RepairPiece. */
        class RepairPiece {

            /**
             * Constructs a new RepairPiece.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.RepairPiece.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RepairPiece piece. */
            piece: Uint8Array;

            /** RepairPiece signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified RepairPiece message. Does not implicitly {@link thresh.v1.RepairPiece.verify|verify} messages.
             * @param message RepairPiece message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.RepairPiece.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RepairPiece message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.RepairPiece & thresh.v1.RepairPiece.$Shape} RepairPiece
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.RepairPiece & thresh.v1.RepairPiece.$Shape;
        }

        namespace RepairPiece {

            /** Properties of a RepairPiece. */
            interface $Properties {

                /** RepairPiece piece */
                piece?: (Uint8Array|null);

                /** RepairPiece signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RepairPiece. */
            type $Shape = thresh.v1.RepairPiece.$Properties;
        }

        /**
         * Properties of a RepairConfirm.
         * @deprecated Use thresh.v1.RepairConfirm.$Properties instead.
         */
        interface IRepairConfirm extends thresh.v1.RepairConfirm.$Properties {
        }

        /** Represents a RepairConfirm. */
        class RepairConfirm {

            /**
             * Constructs a new RepairConfirm.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.RepairConfirm.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RepairConfirm round1Digests. */
            round1Digests: Uint8Array[];

            /** RepairConfirm round1Signatures. */
            round1Signatures: Uint8Array[];

            /** RepairConfirm signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified RepairConfirm message. Does not implicitly {@link thresh.v1.RepairConfirm.verify|verify} messages.
             * @param message RepairConfirm message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.RepairConfirm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RepairConfirm message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.RepairConfirm & thresh.v1.RepairConfirm.$Shape} RepairConfirm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.RepairConfirm & thresh.v1.RepairConfirm.$Shape;
        }

        namespace RepairConfirm {

            /** Properties of a RepairConfirm. */
            interface $Properties {

                /** RepairConfirm round1Digests */
                round1Digests?: (Uint8Array[]|null);

                /** RepairConfirm round1Signatures */
                round1Signatures?: (Uint8Array[]|null);

                /** RepairConfirm signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RepairConfirm. */
            type $Shape = thresh.v1.RepairConfirm.$Properties;
        }

        /**
         * Properties of a RepairComplaint.
         * @deprecated Use thresh.v1.RepairComplaint.$Properties instead.
         */
        interface IRepairComplaint extends thresh.v1.RepairComplaint.$Properties {
        }

        /** Represents a RepairComplaint. */
        class RepairComplaint {

            /**
             * Constructs a new RepairComplaint.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.RepairComplaint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RepairComplaint round1Digests. */
            round1Digests: Uint8Array[];

            /** RepairComplaint round1Signatures. */
            round1Signatures: Uint8Array[];

            /** RepairComplaint accused. */
            accused: number[];

            /** RepairComplaint pieces. */
            pieces: Uint8Array[];

            /** RepairComplaint pieceSignatures. */
            pieceSignatures: Uint8Array[];

            /**
             * Encodes the specified RepairComplaint message. Does not implicitly {@link thresh.v1.RepairComplaint.verify|verify} messages.
             * @param message RepairComplaint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.RepairComplaint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RepairComplaint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.RepairComplaint & thresh.v1.RepairComplaint.$Shape} RepairComplaint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.RepairComplaint & thresh.v1.RepairComplaint.$Shape;
        }

        namespace RepairComplaint {

            /** Properties of a RepairComplaint. */
            interface $Properties {

                /** RepairComplaint round1Digests */
                round1Digests?: (Uint8Array[]|null);

                /** RepairComplaint round1Signatures */
                round1Signatures?: (Uint8Array[]|null);

                /** RepairComplaint accused */
                accused?: (number[]|null);

                /** RepairComplaint pieces */
                pieces?: (Uint8Array[]|null);

                /** RepairComplaint pieceSignatures */
                pieceSignatures?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RepairComplaint. */
            type $Shape = thresh.v1.RepairComplaint.$Properties;
        }

        /**
         * Properties of a RepairSum.
         * @deprecated Use thresh.v1.RepairSum.$Properties instead.
         */
        interface IRepairSum extends thresh.v1.RepairSum.$Properties {
        }

        /** Represents a RepairSum. */
        class RepairSum {

            /**
             * Constructs a new RepairSum.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.RepairSum.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RepairSum sum. */
            sum: Uint8Array;

            /** RepairSum signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified RepairSum message. Does not implicitly {@link thresh.v1.RepairSum.verify|verify} messages.
             * @param message RepairSum message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.RepairSum.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RepairSum message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.RepairSum & thresh.v1.RepairSum.$Shape} RepairSum
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.RepairSum & thresh.v1.RepairSum.$Shape;
        }

        namespace RepairSum {

            /** Properties of a RepairSum. */
            interface $Properties {

                /** RepairSum sum */
                sum?: (Uint8Array|null);

                /** RepairSum signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RepairSum. */
            type $Shape = thresh.v1.RepairSum.$Properties;
        }

        /**
         * Properties of a RepairRebuilt.
         * @deprecated Use thresh.v1.RepairRebuilt.$Properties instead.
         */
        interface IRepairRebuilt extends thresh.v1.RepairRebuilt.$Properties {
        }

        /** Represents a RepairRebuilt. */
        class RepairRebuilt {

            /**
             * Constructs a new RepairRebuilt.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.RepairRebuilt.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RepairRebuilt signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified RepairRebuilt message. Does not implicitly {@link thresh.v1.RepairRebuilt.verify|verify} messages.
             * @param message RepairRebuilt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.RepairRebuilt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RepairRebuilt message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.RepairRebuilt & thresh.v1.RepairRebuilt.$Shape} RepairRebuilt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.RepairRebuilt & thresh.v1.RepairRebuilt.$Shape;
        }

        namespace RepairRebuilt {

            /** Properties of a RepairRebuilt. */
            interface $Properties {

                /** RepairRebuilt signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RepairRebuilt. */
            type $Shape = thresh.v1.RepairRebuilt.$Properties;
        }

        /**
         * Properties of a RepairSumComplaint.
         * @deprecated Use thresh.v1.RepairSumComplaint.$Properties instead.
         */
        interface IRepairSumComplaint extends thresh.v1.RepairSumComplaint.$Properties {
        }

        /** Represents a RepairSumComplaint. */
        class RepairSumComplaint {

            /**
             * Constructs a new RepairSumComplaint.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.RepairSumComplaint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RepairSumComplaint accused. */
            accused: number[];

            /** RepairSumComplaint sums. */
            sums: Uint8Array[];

            /** RepairSumComplaint sumSignatures. */
            sumSignatures: Uint8Array[];

            /**
             * Encodes the specified RepairSumComplaint message. Does not implicitly {@link thresh.v1.RepairSumComplaint.verify|verify} messages.
             * @param message RepairSumComplaint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.RepairSumComplaint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RepairSumComplaint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.RepairSumComplaint & thresh.v1.RepairSumComplaint.$Shape} RepairSumComplaint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.RepairSumComplaint & thresh.v1.RepairSumComplaint.$Shape;
        }

        namespace RepairSumComplaint {

            /** Properties of a RepairSumComplaint. */
            interface $Properties {

                /** RepairSumComplaint accused */
                accused?: (number[]|null);

                /** RepairSumComplaint sums */
                sums?: (Uint8Array[]|null);

                /** RepairSumComplaint sumSignatures */
                sumSignatures?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RepairSumComplaint. */
            type $Shape = thresh.v1.RepairSumComplaint.$Properties;
        }

        /**
         * Properties of a RepairAck.
         * @deprecated Use thresh.v1.RepairAck.$Properties instead.
         */
        interface IRepairAck extends thresh.v1.RepairAck.$Properties {
        }

        /** Represents a RepairAck. */
        class RepairAck {

            /**
             * Constructs a new RepairAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.RepairAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified RepairAck message. Does not implicitly {@link thresh.v1.RepairAck.verify|verify} messages.
             * @param message RepairAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.RepairAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RepairAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.RepairAck & thresh.v1.RepairAck.$Shape} RepairAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.RepairAck & thresh.v1.RepairAck.$Shape;
        }

        namespace RepairAck {

            /** Properties of a RepairAck. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RepairAck. */
            type $Shape = thresh.v1.RepairAck.$Properties;
        }

        /**
         * Properties of a MlDsaKeygenPayload.
         * @deprecated Use thresh.v1.MlDsaKeygenPayload.$Properties instead.
         */
        interface IMlDsaKeygenPayload extends thresh.v1.MlDsaKeygenPayload.$Properties {
        }

        /** Represents a MlDsaKeygenPayload. */
        class MlDsaKeygenPayload {

            /**
             * Constructs a new MlDsaKeygenPayload.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.MlDsaKeygenPayload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MlDsaKeygenPayload commit. */
            commit?: (thresh.v1.MlDsaKeygenCommit.$Properties|null);

            /** MlDsaKeygenPayload rho. */
            rho?: (Uint8Array|null);

            /** MlDsaKeygenPayload seeds. */
            seeds?: (thresh.v1.MlDsaBytesList.$Properties|null);

            /** MlDsaKeygenPayload publicCommit. */
            publicCommit?: (thresh.v1.MlDsaBytesList.$Properties|null);

            /** MlDsaKeygenPayload publics. */
            publics?: (thresh.v1.MlDsaBytesList.$Properties|null);

            /** MlDsaKeygenPayload confirm. */
            confirm?: (Uint8Array|null);

            /** MlDsaKeygenPayload body. */
            body?: ("commit"|"rho"|"seeds"|"publicCommit"|"publics"|"confirm");

            /**
             * Encodes the specified MlDsaKeygenPayload message. Does not implicitly {@link thresh.v1.MlDsaKeygenPayload.verify|verify} messages.
             * @param message MlDsaKeygenPayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.MlDsaKeygenPayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MlDsaKeygenPayload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.MlDsaKeygenPayload & thresh.v1.MlDsaKeygenPayload.$Shape} MlDsaKeygenPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.MlDsaKeygenPayload & thresh.v1.MlDsaKeygenPayload.$Shape;
        }

        namespace MlDsaKeygenPayload {

            /** Properties of a MlDsaKeygenPayload. */
            interface $Properties {

                /** MlDsaKeygenPayload commit */
                commit?: (thresh.v1.MlDsaKeygenCommit.$Properties|null);

                /** MlDsaKeygenPayload rho */
                rho?: (Uint8Array|null);

                /** MlDsaKeygenPayload seeds */
                seeds?: (thresh.v1.MlDsaBytesList.$Properties|null);

                /** MlDsaKeygenPayload publicCommit */
                publicCommit?: (thresh.v1.MlDsaBytesList.$Properties|null);

                /** MlDsaKeygenPayload publics */
                publics?: (thresh.v1.MlDsaBytesList.$Properties|null);

                /** MlDsaKeygenPayload confirm */
                confirm?: (Uint8Array|null);

                /** MlDsaKeygenPayload body */
                body?: ("commit"|"rho"|"seeds"|"publicCommit"|"publics"|"confirm");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a MlDsaKeygenPayload. */
            type $Shape = {
              commit?: thresh.v1.MlDsaKeygenCommit.$Shape|null;
              rho?: Uint8Array|null;
              seeds?: thresh.v1.MlDsaBytesList.$Shape|null;
              publicCommit?: thresh.v1.MlDsaBytesList.$Shape|null;
              publics?: thresh.v1.MlDsaBytesList.$Shape|null;
              confirm?: Uint8Array|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; commit?: null; rho?: null; seeds?: null; publicCommit?: null; publics?: null; confirm?: null }|{ body?: "commit"; commit: thresh.v1.MlDsaKeygenCommit.$Shape; rho?: null; seeds?: null; publicCommit?: null; publics?: null; confirm?: null }|{ body?: "rho"; commit?: null; rho: Uint8Array; seeds?: null; publicCommit?: null; publics?: null; confirm?: null }|{ body?: "seeds"; commit?: null; rho?: null; seeds: thresh.v1.MlDsaBytesList.$Shape; publicCommit?: null; publics?: null; confirm?: null }|{ body?: "publicCommit"; commit?: null; rho?: null; seeds?: null; publicCommit: thresh.v1.MlDsaBytesList.$Shape; publics?: null; confirm?: null }|{ body?: "publics"; commit?: null; rho?: null; seeds?: null; publicCommit?: null; publics: thresh.v1.MlDsaBytesList.$Shape; confirm?: null }|{ body?: "confirm"; commit?: null; rho?: null; seeds?: null; publicCommit?: null; publics?: null; confirm: Uint8Array })
            );
        }

        /**
         * Properties of a MlDsaKeygenCommit.
         * @deprecated Use thresh.v1.MlDsaKeygenCommit.$Properties instead.
         */
        interface IMlDsaKeygenCommit extends thresh.v1.MlDsaKeygenCommit.$Properties {
        }

        /** Represents a MlDsaKeygenCommit. */
        class MlDsaKeygenCommit {

            /**
             * Constructs a new MlDsaKeygenCommit.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.MlDsaKeygenCommit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MlDsaKeygenCommit rho. */
            rho: Uint8Array;

            /** MlDsaKeygenCommit seeds. */
            seeds: Uint8Array[];

            /**
             * Encodes the specified MlDsaKeygenCommit message. Does not implicitly {@link thresh.v1.MlDsaKeygenCommit.verify|verify} messages.
             * @param message MlDsaKeygenCommit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.MlDsaKeygenCommit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MlDsaKeygenCommit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.MlDsaKeygenCommit & thresh.v1.MlDsaKeygenCommit.$Shape} MlDsaKeygenCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.MlDsaKeygenCommit & thresh.v1.MlDsaKeygenCommit.$Shape;
        }

        namespace MlDsaKeygenCommit {

            /** Properties of a MlDsaKeygenCommit. */
            interface $Properties {

                /** MlDsaKeygenCommit rho */
                rho?: (Uint8Array|null);

                /** MlDsaKeygenCommit seeds */
                seeds?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MlDsaKeygenCommit. */
            type $Shape = thresh.v1.MlDsaKeygenCommit.$Properties;
        }

        /**
         * Properties of a MlDsaBytesList.
         * @deprecated Use thresh.v1.MlDsaBytesList.$Properties instead.
         */
        interface IMlDsaBytesList extends thresh.v1.MlDsaBytesList.$Properties {
        }

        /** Represents a MlDsaBytesList. */
        class MlDsaBytesList {

            /**
             * Constructs a new MlDsaBytesList.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.MlDsaBytesList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MlDsaBytesList items. */
            items: Uint8Array[];

            /**
             * Encodes the specified MlDsaBytesList message. Does not implicitly {@link thresh.v1.MlDsaBytesList.verify|verify} messages.
             * @param message MlDsaBytesList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.MlDsaBytesList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MlDsaBytesList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.MlDsaBytesList & thresh.v1.MlDsaBytesList.$Shape} MlDsaBytesList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.MlDsaBytesList & thresh.v1.MlDsaBytesList.$Shape;
        }

        namespace MlDsaBytesList {

            /** Properties of a MlDsaBytesList. */
            interface $Properties {

                /** MlDsaBytesList items */
                items?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MlDsaBytesList. */
            type $Shape = thresh.v1.MlDsaBytesList.$Properties;
        }

        /**
         * Properties of a MlDsaSignPayload.
         * @deprecated Use thresh.v1.MlDsaSignPayload.$Properties instead.
         */
        interface IMlDsaSignPayload extends thresh.v1.MlDsaSignPayload.$Properties {
        }

        /** Represents a MlDsaSignPayload. */
        class MlDsaSignPayload {

            /**
             * Constructs a new MlDsaSignPayload.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.MlDsaSignPayload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MlDsaSignPayload commit. */
            commit?: (Uint8Array|null);

            /** MlDsaSignPayload reveal. */
            reveal?: (Uint8Array|null);

            /** MlDsaSignPayload respond. */
            respond?: (thresh.v1.MlDsaBytesList.$Properties|null);

            /** MlDsaSignPayload body. */
            body?: ("commit"|"reveal"|"respond");

            /**
             * Encodes the specified MlDsaSignPayload message. Does not implicitly {@link thresh.v1.MlDsaSignPayload.verify|verify} messages.
             * @param message MlDsaSignPayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.MlDsaSignPayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MlDsaSignPayload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.MlDsaSignPayload & thresh.v1.MlDsaSignPayload.$Shape} MlDsaSignPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.MlDsaSignPayload & thresh.v1.MlDsaSignPayload.$Shape;
        }

        namespace MlDsaSignPayload {

            /** Properties of a MlDsaSignPayload. */
            interface $Properties {

                /** MlDsaSignPayload commit */
                commit?: (Uint8Array|null);

                /** MlDsaSignPayload reveal */
                reveal?: (Uint8Array|null);

                /** MlDsaSignPayload respond */
                respond?: (thresh.v1.MlDsaBytesList.$Properties|null);

                /** MlDsaSignPayload body */
                body?: ("commit"|"reveal"|"respond");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a MlDsaSignPayload. */
            type $Shape = {
              commit?: Uint8Array|null;
              reveal?: Uint8Array|null;
              respond?: thresh.v1.MlDsaBytesList.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; commit?: null; reveal?: null; respond?: null }|{ body?: "commit"; commit: Uint8Array; reveal?: null; respond?: null }|{ body?: "reveal"; commit?: null; reveal: Uint8Array; respond?: null }|{ body?: "respond"; commit?: null; reveal?: null; respond: thresh.v1.MlDsaBytesList.$Shape })
            );
        }

        /**
         * Properties of a MlDsaSignerTranscript.
         * @deprecated Use thresh.v1.MlDsaSignerTranscript.$Properties instead.
         */
        interface IMlDsaSignerTranscript extends thresh.v1.MlDsaSignerTranscript.$Properties {
        }

        /** Represents a MlDsaSignerTranscript. */
        class MlDsaSignerTranscript {

            /**
             * Constructs a new MlDsaSignerTranscript.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.MlDsaSignerTranscript.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MlDsaSignerTranscript commitment. */
            commitment: Uint8Array;

            /** MlDsaSignerTranscript w. */
            w: Uint8Array;

            /** MlDsaSignerTranscript z. */
            z: Uint8Array[];

            /**
             * Encodes the specified MlDsaSignerTranscript message. Does not implicitly {@link thresh.v1.MlDsaSignerTranscript.verify|verify} messages.
             * @param message MlDsaSignerTranscript message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.MlDsaSignerTranscript.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MlDsaSignerTranscript message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.MlDsaSignerTranscript & thresh.v1.MlDsaSignerTranscript.$Shape} MlDsaSignerTranscript
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.MlDsaSignerTranscript & thresh.v1.MlDsaSignerTranscript.$Shape;
        }

        namespace MlDsaSignerTranscript {

            /** Properties of a MlDsaSignerTranscript. */
            interface $Properties {

                /** MlDsaSignerTranscript commitment */
                commitment?: (Uint8Array|null);

                /** MlDsaSignerTranscript w */
                w?: (Uint8Array|null);

                /** MlDsaSignerTranscript z */
                z?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MlDsaSignerTranscript. */
            type $Shape = thresh.v1.MlDsaSignerTranscript.$Properties;
        }

        /**
         * Properties of a MlDsaKeyShare.
         * @deprecated Use thresh.v1.MlDsaKeyShare.$Properties instead.
         */
        interface IMlDsaKeyShare extends thresh.v1.MlDsaKeyShare.$Properties {
        }

        /** Represents a MlDsaKeyShare. */
        class MlDsaKeyShare {

            /**
             * Constructs a new MlDsaKeyShare.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.MlDsaKeyShare.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MlDsaKeyShare keyId. */
            keyId: string;

            /** MlDsaKeyShare threshold. */
            threshold: number;

            /** MlDsaKeyShare parties. */
            parties: number[];

            /** MlDsaKeyShare self. */
            self: number;

            /** MlDsaKeyShare publicKey. */
            publicKey: Uint8Array;

            /** MlDsaKeyShare subsetPublics. */
            subsetPublics: Uint8Array[];

            /** MlDsaKeyShare shares. */
            shares: thresh.v1.MlDsaSubsetShare.$Properties[];

            /**
             * Encodes the specified MlDsaKeyShare message. Does not implicitly {@link thresh.v1.MlDsaKeyShare.verify|verify} messages.
             * @param message MlDsaKeyShare message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.MlDsaKeyShare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MlDsaKeyShare message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.MlDsaKeyShare & thresh.v1.MlDsaKeyShare.$Shape} MlDsaKeyShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.MlDsaKeyShare & thresh.v1.MlDsaKeyShare.$Shape;
        }

        namespace MlDsaKeyShare {

            /** Properties of a MlDsaKeyShare. */
            interface $Properties {

                /** MlDsaKeyShare keyId */
                keyId?: (string|null);

                /** MlDsaKeyShare threshold */
                threshold?: (number|null);

                /** MlDsaKeyShare parties */
                parties?: (number[]|null);

                /** MlDsaKeyShare self */
                self?: (number|null);

                /** MlDsaKeyShare publicKey */
                publicKey?: (Uint8Array|null);

                /** MlDsaKeyShare subsetPublics */
                subsetPublics?: (Uint8Array[]|null);

                /** MlDsaKeyShare shares */
                shares?: (thresh.v1.MlDsaSubsetShare.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MlDsaKeyShare. */
            type $Shape = thresh.v1.MlDsaKeyShare.$Properties;
        }

        /**
         * Properties of a MlDsaSubsetShare.
         * @deprecated Use thresh.v1.MlDsaSubsetShare.$Properties instead.
         */
        interface IMlDsaSubsetShare extends thresh.v1.MlDsaSubsetShare.$Properties {
        }

        /** Represents a MlDsaSubsetShare. */
        class MlDsaSubsetShare {

            /**
             * Constructs a new MlDsaSubsetShare.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.MlDsaSubsetShare.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MlDsaSubsetShare members. */
            members: number[];

            /** MlDsaSubsetShare s1. */
            s1: Uint8Array;

            /** MlDsaSubsetShare s2. */
            s2: Uint8Array;

            /**
             * Encodes the specified MlDsaSubsetShare message. Does not implicitly {@link thresh.v1.MlDsaSubsetShare.verify|verify} messages.
             * @param message MlDsaSubsetShare message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.MlDsaSubsetShare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MlDsaSubsetShare message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.MlDsaSubsetShare & thresh.v1.MlDsaSubsetShare.$Shape} MlDsaSubsetShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.MlDsaSubsetShare & thresh.v1.MlDsaSubsetShare.$Shape;
        }

        namespace MlDsaSubsetShare {

            /** Properties of a MlDsaSubsetShare. */
            interface $Properties {

                /** MlDsaSubsetShare members */
                members?: (number[]|null);

                /** MlDsaSubsetShare s1 */
                s1?: (Uint8Array|null);

                /** MlDsaSubsetShare s2 */
                s2?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MlDsaSubsetShare. */
            type $Shape = thresh.v1.MlDsaSubsetShare.$Properties;
        }

        /**
         * Properties of an Approval.
         * @deprecated Use thresh.v1.Approval.$Properties instead.
         */
        interface IApproval extends thresh.v1.Approval.$Properties {
        }

        /** Represents an Approval. */
        class Approval {

            /**
             * Constructs a new Approval.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.Approval.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Approval publicKey. */
            publicKey: string;

            /** Approval signature. */
            signature: Uint8Array;

            /** Approval authenticatorData. */
            authenticatorData: Uint8Array;

            /** Approval clientDataJson. */
            clientDataJson: string;

            /**
             * Encodes the specified Approval message. Does not implicitly {@link thresh.v1.Approval.verify|verify} messages.
             * @param message Approval message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.Approval.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Approval message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.Approval & thresh.v1.Approval.$Shape} Approval
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.Approval & thresh.v1.Approval.$Shape;
        }

        namespace Approval {

            /** Properties of an Approval. */
            interface $Properties {

                /** Approval publicKey */
                publicKey?: (string|null);

                /** Approval signature */
                signature?: (Uint8Array|null);

                /** Approval authenticatorData */
                authenticatorData?: (Uint8Array|null);

                /** Approval clientDataJson */
                clientDataJson?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Approval. */
            type $Shape = thresh.v1.Approval.$Properties;
        }

        /**
         * Properties of a PolicyGetRequest.
         * @deprecated Use thresh.v1.PolicyGetRequest.$Properties instead.
         */
        interface IPolicyGetRequest extends thresh.v1.PolicyGetRequest.$Properties {
        }

        /** Represents a PolicyGetRequest. */
        class PolicyGetRequest {

            /**
             * Constructs a new PolicyGetRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.PolicyGetRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified PolicyGetRequest message. Does not implicitly {@link thresh.v1.PolicyGetRequest.verify|verify} messages.
             * @param message PolicyGetRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.PolicyGetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PolicyGetRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.PolicyGetRequest & thresh.v1.PolicyGetRequest.$Shape} PolicyGetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.PolicyGetRequest & thresh.v1.PolicyGetRequest.$Shape;
        }

        namespace PolicyGetRequest {

            /** Properties of a PolicyGetRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PolicyGetRequest. */
            type $Shape = thresh.v1.PolicyGetRequest.$Properties;
        }

        /**
         * Properties of a PolicySetRequest.
         * @deprecated Use thresh.v1.PolicySetRequest.$Properties instead.
         */
        interface IPolicySetRequest extends thresh.v1.PolicySetRequest.$Properties {
        }

        /** Represents a PolicySetRequest. */
        class PolicySetRequest {

            /**
             * Constructs a new PolicySetRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.PolicySetRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PolicySetRequest document. */
            document: string;

            /** PolicySetRequest signatures. */
            signatures: thresh.v1.Approval.$Properties[];

            /**
             * Encodes the specified PolicySetRequest message. Does not implicitly {@link thresh.v1.PolicySetRequest.verify|verify} messages.
             * @param message PolicySetRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.PolicySetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PolicySetRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.PolicySetRequest & thresh.v1.PolicySetRequest.$Shape} PolicySetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.PolicySetRequest & thresh.v1.PolicySetRequest.$Shape;
        }

        namespace PolicySetRequest {

            /** Properties of a PolicySetRequest. */
            interface $Properties {

                /** PolicySetRequest document */
                document?: (string|null);

                /** PolicySetRequest signatures */
                signatures?: (thresh.v1.Approval.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PolicySetRequest. */
            type $Shape = thresh.v1.PolicySetRequest.$Properties;
        }

        /**
         * Properties of a PolicyTestRequest.
         * @deprecated Use thresh.v1.PolicyTestRequest.$Properties instead.
         */
        interface IPolicyTestRequest extends thresh.v1.PolicyTestRequest.$Properties {
        }

        /** Represents a PolicyTestRequest. */
        class PolicyTestRequest {

            /**
             * Constructs a new PolicyTestRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.PolicyTestRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PolicyTestRequest sign. */
            sign?: (thresh.v1.SignRequest.$Properties|null);

            /** PolicyTestRequest document. */
            document: string;

            /**
             * Encodes the specified PolicyTestRequest message. Does not implicitly {@link thresh.v1.PolicyTestRequest.verify|verify} messages.
             * @param message PolicyTestRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.PolicyTestRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PolicyTestRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.PolicyTestRequest & thresh.v1.PolicyTestRequest.$Shape} PolicyTestRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.PolicyTestRequest & thresh.v1.PolicyTestRequest.$Shape;
        }

        namespace PolicyTestRequest {

            /** Properties of a PolicyTestRequest. */
            interface $Properties {

                /** PolicyTestRequest sign */
                sign?: (thresh.v1.SignRequest.$Properties|null);

                /** PolicyTestRequest document */
                document?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PolicyTestRequest. */
            type $Shape = thresh.v1.PolicyTestRequest.$Properties;
        }

        /**
         * Properties of an AuditLogRequest.
         * @deprecated Use thresh.v1.AuditLogRequest.$Properties instead.
         */
        interface IAuditLogRequest extends thresh.v1.AuditLogRequest.$Properties {
        }

        /** Represents an AuditLogRequest. */
        class AuditLogRequest {

            /**
             * Constructs a new AuditLogRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.AuditLogRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuditLogRequest fromSeq. */
            fromSeq: number;

            /** AuditLogRequest limit. */
            limit: number;

            /**
             * Encodes the specified AuditLogRequest message. Does not implicitly {@link thresh.v1.AuditLogRequest.verify|verify} messages.
             * @param message AuditLogRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.AuditLogRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuditLogRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.AuditLogRequest & thresh.v1.AuditLogRequest.$Shape} AuditLogRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.AuditLogRequest & thresh.v1.AuditLogRequest.$Shape;
        }

        namespace AuditLogRequest {

            /** Properties of an AuditLogRequest. */
            interface $Properties {

                /** AuditLogRequest fromSeq */
                fromSeq?: (number|null);

                /** AuditLogRequest limit */
                limit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuditLogRequest. */
            type $Shape = thresh.v1.AuditLogRequest.$Properties;
        }

        /**
         * Properties of an AuditLogResult.
         * @deprecated Use thresh.v1.AuditLogResult.$Properties instead.
         */
        interface IAuditLogResult extends thresh.v1.AuditLogResult.$Properties {
        }

        /** Represents an AuditLogResult. */
        class AuditLogResult {

            /**
             * Constructs a new AuditLogResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.AuditLogResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuditLogResult entries. */
            entries: string[];

            /** AuditLogResult checkpoints. */
            checkpoints: string[];

            /** AuditLogResult lastSeq. */
            lastSeq: number;

            /**
             * Encodes the specified AuditLogResult message. Does not implicitly {@link thresh.v1.AuditLogResult.verify|verify} messages.
             * @param message AuditLogResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.AuditLogResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuditLogResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.AuditLogResult & thresh.v1.AuditLogResult.$Shape} AuditLogResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.AuditLogResult & thresh.v1.AuditLogResult.$Shape;
        }

        namespace AuditLogResult {

            /** Properties of an AuditLogResult. */
            interface $Properties {

                /** AuditLogResult entries */
                entries?: (string[]|null);

                /** AuditLogResult checkpoints */
                checkpoints?: (string[]|null);

                /** AuditLogResult lastSeq */
                lastSeq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuditLogResult. */
            type $Shape = thresh.v1.AuditLogResult.$Properties;
        }

        /**
         * Properties of an AnnounceRequest.
         * @deprecated Use thresh.v1.AnnounceRequest.$Properties instead.
         */
        interface IAnnounceRequest extends thresh.v1.AnnounceRequest.$Properties {
        }

        /** Represents an AnnounceRequest. */
        class AnnounceRequest {

            /**
             * Constructs a new AnnounceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.AnnounceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnnounceRequest sign. */
            sign?: (thresh.v1.SignRequest.$Properties|null);

            /** AnnounceRequest cancellations. */
            cancellations: thresh.v1.Approval.$Properties[];

            /**
             * Encodes the specified AnnounceRequest message. Does not implicitly {@link thresh.v1.AnnounceRequest.verify|verify} messages.
             * @param message AnnounceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.AnnounceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnnounceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.AnnounceRequest & thresh.v1.AnnounceRequest.$Shape} AnnounceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.AnnounceRequest & thresh.v1.AnnounceRequest.$Shape;
        }

        namespace AnnounceRequest {

            /** Properties of an AnnounceRequest. */
            interface $Properties {

                /** AnnounceRequest sign */
                sign?: (thresh.v1.SignRequest.$Properties|null);

                /** AnnounceRequest cancellations */
                cancellations?: (thresh.v1.Approval.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnnounceRequest. */
            type $Shape = thresh.v1.AnnounceRequest.$Properties;
        }

        /**
         * Properties of a PolicyResult.
         * @deprecated Use thresh.v1.PolicyResult.$Properties instead.
         */
        interface IPolicyResult extends thresh.v1.PolicyResult.$Properties {
        }

        /** Represents a PolicyResult. */
        class PolicyResult {

            /**
             * Constructs a new PolicyResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.PolicyResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PolicyResult document. */
            document: string;

            /** PolicyResult version. */
            version: number;

            /** PolicyResult policyHash. */
            policyHash: Uint8Array;

            /** PolicyResult enforced. */
            enforced: boolean;

            /**
             * Encodes the specified PolicyResult message. Does not implicitly {@link thresh.v1.PolicyResult.verify|verify} messages.
             * @param message PolicyResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.PolicyResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PolicyResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.PolicyResult & thresh.v1.PolicyResult.$Shape} PolicyResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.PolicyResult & thresh.v1.PolicyResult.$Shape;
        }

        namespace PolicyResult {

            /** Properties of a PolicyResult. */
            interface $Properties {

                /** PolicyResult document */
                document?: (string|null);

                /** PolicyResult version */
                version?: (number|null);

                /** PolicyResult policyHash */
                policyHash?: (Uint8Array|null);

                /** PolicyResult enforced */
                enforced?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PolicyResult. */
            type $Shape = thresh.v1.PolicyResult.$Properties;
        }

        /**
         * Properties of a PolicyDecisionResult.
         * @deprecated Use thresh.v1.PolicyDecisionResult.$Properties instead.
         */
        interface IPolicyDecisionResult extends thresh.v1.PolicyDecisionResult.$Properties {
        }

        /** Represents a PolicyDecisionResult. */
        class PolicyDecisionResult {

            /**
             * Constructs a new PolicyDecisionResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.PolicyDecisionResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PolicyDecisionResult decision. */
            decision: string;

            /**
             * Encodes the specified PolicyDecisionResult message. Does not implicitly {@link thresh.v1.PolicyDecisionResult.verify|verify} messages.
             * @param message PolicyDecisionResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.PolicyDecisionResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PolicyDecisionResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.PolicyDecisionResult & thresh.v1.PolicyDecisionResult.$Shape} PolicyDecisionResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.PolicyDecisionResult & thresh.v1.PolicyDecisionResult.$Shape;
        }

        namespace PolicyDecisionResult {

            /** Properties of a PolicyDecisionResult. */
            interface $Properties {

                /** PolicyDecisionResult decision */
                decision?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PolicyDecisionResult. */
            type $Shape = thresh.v1.PolicyDecisionResult.$Properties;
        }

        /**
         * Properties of an AnnounceResult.
         * @deprecated Use thresh.v1.AnnounceResult.$Properties instead.
         */
        interface IAnnounceResult extends thresh.v1.AnnounceResult.$Properties {
        }

        /** Represents an AnnounceResult. */
        class AnnounceResult {

            /**
             * Constructs a new AnnounceResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.AnnounceResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnnounceResult announcedAt. */
            announcedAt: number;

            /** AnnounceResult signableAt. */
            signableAt: number;

            /** AnnounceResult cancelled. */
            cancelled: boolean;

            /**
             * Encodes the specified AnnounceResult message. Does not implicitly {@link thresh.v1.AnnounceResult.verify|verify} messages.
             * @param message AnnounceResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.AnnounceResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnnounceResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.AnnounceResult & thresh.v1.AnnounceResult.$Shape} AnnounceResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.AnnounceResult & thresh.v1.AnnounceResult.$Shape;
        }

        namespace AnnounceResult {

            /** Properties of an AnnounceResult. */
            interface $Properties {

                /** AnnounceResult announcedAt */
                announcedAt?: (number|null);

                /** AnnounceResult signableAt */
                signableAt?: (number|null);

                /** AnnounceResult cancelled */
                cancelled?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnnounceResult. */
            type $Shape = thresh.v1.AnnounceResult.$Properties;
        }

        /**
         * Properties of a PresignRequest.
         * @deprecated Use thresh.v1.PresignRequest.$Properties instead.
         */
        interface IPresignRequest extends thresh.v1.PresignRequest.$Properties {
        }

        /** Represents a PresignRequest. */
        class PresignRequest {

            /**
             * Constructs a new PresignRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.PresignRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresignRequest keyId. */
            keyId: string;

            /** PresignRequest epoch. */
            epoch: number;

            /** PresignRequest signers. */
            signers: string[];

            /** PresignRequest path. */
            path: number[];

            /** PresignRequest presignIds. */
            presignIds: Uint8Array[];

            /** PresignRequest nonce. */
            nonce: Uint8Array;

            /** PresignRequest issuedAt. */
            issuedAt: number;

            /**
             * Encodes the specified PresignRequest message. Does not implicitly {@link thresh.v1.PresignRequest.verify|verify} messages.
             * @param message PresignRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.PresignRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresignRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.PresignRequest & thresh.v1.PresignRequest.$Shape} PresignRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.PresignRequest & thresh.v1.PresignRequest.$Shape;
        }

        namespace PresignRequest {

            /** Properties of a PresignRequest. */
            interface $Properties {

                /** PresignRequest keyId */
                keyId?: (string|null);

                /** PresignRequest epoch */
                epoch?: (number|null);

                /** PresignRequest signers */
                signers?: (string[]|null);

                /** PresignRequest path */
                path?: (number[]|null);

                /** PresignRequest presignIds */
                presignIds?: (Uint8Array[]|null);

                /** PresignRequest nonce */
                nonce?: (Uint8Array|null);

                /** PresignRequest issuedAt */
                issuedAt?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresignRequest. */
            type $Shape = thresh.v1.PresignRequest.$Properties;
        }

        /**
         * Properties of an OnlineSignRequest.
         * @deprecated Use thresh.v1.OnlineSignRequest.$Properties instead.
         */
        interface IOnlineSignRequest extends thresh.v1.OnlineSignRequest.$Properties {
        }

        /** Represents an OnlineSignRequest. */
        class OnlineSignRequest {

            /**
             * Constructs a new OnlineSignRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.OnlineSignRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OnlineSignRequest sign. */
            sign?: (thresh.v1.SignRequest.$Properties|null);

            /** OnlineSignRequest presignId. */
            presignId: Uint8Array;

            /** OnlineSignRequest commitments. */
            commitments: thresh.v1.FrostCommitment.$Properties[];

            /**
             * Encodes the specified OnlineSignRequest message. Does not implicitly {@link thresh.v1.OnlineSignRequest.verify|verify} messages.
             * @param message OnlineSignRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.OnlineSignRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OnlineSignRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.OnlineSignRequest & thresh.v1.OnlineSignRequest.$Shape} OnlineSignRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.OnlineSignRequest & thresh.v1.OnlineSignRequest.$Shape;
        }

        namespace OnlineSignRequest {

            /** Properties of an OnlineSignRequest. */
            interface $Properties {

                /** OnlineSignRequest sign */
                sign?: (thresh.v1.SignRequest.$Properties|null);

                /** OnlineSignRequest presignId */
                presignId?: (Uint8Array|null);

                /** OnlineSignRequest commitments */
                commitments?: (thresh.v1.FrostCommitment.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OnlineSignRequest. */
            type $Shape = thresh.v1.OnlineSignRequest.$Properties;
        }

        /**
         * Properties of a FrostCommitment.
         * @deprecated Use thresh.v1.FrostCommitment.$Properties instead.
         */
        interface IFrostCommitment extends thresh.v1.FrostCommitment.$Properties {
        }

        /** Represents a FrostCommitment. */
        class FrostCommitment {

            /**
             * Constructs a new FrostCommitment.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.FrostCommitment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FrostCommitment signer. */
            signer: string;

            /** FrostCommitment presignId. */
            presignId: Uint8Array;

            /** FrostCommitment hiding. */
            hiding: Uint8Array;

            /** FrostCommitment binding. */
            binding: Uint8Array;

            /**
             * Encodes the specified FrostCommitment message. Does not implicitly {@link thresh.v1.FrostCommitment.verify|verify} messages.
             * @param message FrostCommitment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.FrostCommitment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FrostCommitment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.FrostCommitment & thresh.v1.FrostCommitment.$Shape} FrostCommitment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.FrostCommitment & thresh.v1.FrostCommitment.$Shape;
        }

        namespace FrostCommitment {

            /** Properties of a FrostCommitment. */
            interface $Properties {

                /** FrostCommitment signer */
                signer?: (string|null);

                /** FrostCommitment presignId */
                presignId?: (Uint8Array|null);

                /** FrostCommitment hiding */
                hiding?: (Uint8Array|null);

                /** FrostCommitment binding */
                binding?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FrostCommitment. */
            type $Shape = thresh.v1.FrostCommitment.$Properties;
        }

        /**
         * Properties of a PresignInfo.
         * @deprecated Use thresh.v1.PresignInfo.$Properties instead.
         */
        interface IPresignInfo extends thresh.v1.PresignInfo.$Properties {
        }

        /** Represents a PresignInfo. */
        class PresignInfo {

            /**
             * Constructs a new PresignInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.PresignInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresignInfo presignId. */
            presignId: Uint8Array;

            /** PresignInfo instancePoint. */
            instancePoint: Uint8Array;

            /** PresignInfo publicKey. */
            publicKey: Uint8Array;

            /** PresignInfo hiding. */
            hiding: Uint8Array;

            /** PresignInfo binding. */
            binding: Uint8Array;

            /**
             * Encodes the specified PresignInfo message. Does not implicitly {@link thresh.v1.PresignInfo.verify|verify} messages.
             * @param message PresignInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.PresignInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresignInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.PresignInfo & thresh.v1.PresignInfo.$Shape} PresignInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.PresignInfo & thresh.v1.PresignInfo.$Shape;
        }

        namespace PresignInfo {

            /** Properties of a PresignInfo. */
            interface $Properties {

                /** PresignInfo presignId */
                presignId?: (Uint8Array|null);

                /** PresignInfo instancePoint */
                instancePoint?: (Uint8Array|null);

                /** PresignInfo publicKey */
                publicKey?: (Uint8Array|null);

                /** PresignInfo hiding */
                hiding?: (Uint8Array|null);

                /** PresignInfo binding */
                binding?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresignInfo. */
            type $Shape = thresh.v1.PresignInfo.$Properties;
        }

        /**
         * Properties of a PresignResult.
         * @deprecated Use thresh.v1.PresignResult.$Properties instead.
         */
        interface IPresignResult extends thresh.v1.PresignResult.$Properties {
        }

        /** Represents a PresignResult. */
        class PresignResult {

            /**
             * Constructs a new PresignResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.PresignResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresignResult presignatures. */
            presignatures: thresh.v1.PresignInfo.$Properties[];

            /**
             * Encodes the specified PresignResult message. Does not implicitly {@link thresh.v1.PresignResult.verify|verify} messages.
             * @param message PresignResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.PresignResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresignResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.PresignResult & thresh.v1.PresignResult.$Shape} PresignResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.PresignResult & thresh.v1.PresignResult.$Shape;
        }

        namespace PresignResult {

            /** Properties of a PresignResult. */
            interface $Properties {

                /** PresignResult presignatures */
                presignatures?: (thresh.v1.PresignInfo.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresignResult. */
            type $Shape = thresh.v1.PresignResult.$Properties;
        }

        /**
         * Properties of an OnlineShareResult.
         * @deprecated Use thresh.v1.OnlineShareResult.$Properties instead.
         */
        interface IOnlineShareResult extends thresh.v1.OnlineShareResult.$Properties {
        }

        /** Represents an OnlineShareResult. */
        class OnlineShareResult {

            /**
             * Constructs a new OnlineShareResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: thresh.v1.OnlineShareResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OnlineShareResult u. */
            u: Uint8Array;

            /** OnlineShareResult w. */
            w: Uint8Array;

            /** OnlineShareResult z. */
            z: Uint8Array;

            /** OnlineShareResult cggmpSigma. */
            cggmpSigma: Uint8Array;

            /**
             * Encodes the specified OnlineShareResult message. Does not implicitly {@link thresh.v1.OnlineShareResult.verify|verify} messages.
             * @param message OnlineShareResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thresh.v1.OnlineShareResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OnlineShareResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thresh.v1.OnlineShareResult & thresh.v1.OnlineShareResult.$Shape} OnlineShareResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thresh.v1.OnlineShareResult & thresh.v1.OnlineShareResult.$Shape;
        }

        namespace OnlineShareResult {

            /** Properties of an OnlineShareResult. */
            interface $Properties {

                /** OnlineShareResult u */
                u?: (Uint8Array|null);

                /** OnlineShareResult w */
                w?: (Uint8Array|null);

                /** OnlineShareResult z */
                z?: (Uint8Array|null);

                /** OnlineShareResult cggmpSigma */
                cggmpSigma?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OnlineShareResult. */
            type $Shape = thresh.v1.OnlineShareResult.$Properties;
        }
    }
}
