export { CurveGroup, groupOf, secp256k1Group, ed25519Group, type GroupPoint } from './group.js'
export { evaluatePolynomial, evaluateCommitment, feldmanVerify, lagrangeAtZero, deal, type Dealing } from './polynomial.js'
