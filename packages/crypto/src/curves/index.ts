export { CurveGroup, groupOf, secp256k1Group, ed25519Group, type GroupPoint } from './group.js'
export { evaluatePolynomial, evaluateCommitment, feldmanVerify, lagrangeAtZero, deal, type Dealing } from './polynomial.js'
export { nativeSecp256k1, secp256k1Backend, ecdsaRecoverCompressed } from './native-secp256k1.js'
export type { NativeGroup } from './native-group.js'
