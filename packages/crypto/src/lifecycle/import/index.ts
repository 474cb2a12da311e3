export { ImportError } from './errors.js'
export { importedSecret, type ImportedSecretOptions } from './private-key.js'
export { dealImport, acceptImportedShare, type ImportDealing, type ImportDealingOptions, type AcceptImportedShareArgs } from './dealing.js'
export { parseTssLibSaveData, dealFromTssLib, type TssLibShare } from './tss-lib.js'
