export { toThreshAccount, type ThreshAccount } from './adapters/viem.js'
