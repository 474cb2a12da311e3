/** A policy document that cannot be loaded; `ruleId` names the rule (or section) at fault. */
export class PolicyError extends Error {
  override readonly name = 'PolicyError'
  constructor(readonly ruleId: string | undefined, message: string) {
    super(ruleId === undefined ? message : `rule ${JSON.stringify(ruleId)}: ${message}`)
  }
}

/** A request context that is malformed (the node filled it wrongly): refused before evaluation. */
export class ContextError extends Error {
  override readonly name = 'ContextError'
}
