/** The problem list's pure rules: status, light, prompts and vocabulary. No I/O, no clock. */
export * from './status.ts';
export * from './light.ts';
export * from './warnings.ts';
export * from './vocabulary.ts';
