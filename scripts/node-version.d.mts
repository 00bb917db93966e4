/** Why this Node cannot run the app, or undefined when it can. `version` as in process.version. */
export function nodeVersionProblem(version: string): string | undefined;
