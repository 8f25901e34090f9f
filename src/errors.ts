/** Base of every error we expect and explain; anything else is a bug and keeps its stack. */
export class ClaimtrailError extends Error {
  readonly input: string | undefined;
  constructor(message: string, options: { input?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ClaimtrailError';
    this.input = options.input;
  }
}

/** An input that cannot be read or is not what it claims to be. */
export class InputError extends ClaimtrailError {
  /** What is wrong, without the input's name: "not valid JSON (…)". */
  readonly problem: string;
  constructor(input: string, problem: string, cause?: unknown) {
    super(`cannot read ${input}: ${problem}`, { input, cause });
    this.name = 'InputError';
    this.problem = problem;
  }
}

/** A command line that asks for something we cannot do. */
export class UsageError extends ClaimtrailError {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
