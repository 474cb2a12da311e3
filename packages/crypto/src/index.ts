export * from './session/index.js'
export * from './keys/index.js'
