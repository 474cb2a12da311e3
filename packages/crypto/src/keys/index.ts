export * from './types.js'
export * from './signer-set.js'
