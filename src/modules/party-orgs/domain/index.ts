export * from './vocabulary.ts';
export * from './terms.ts';
export * from './coverage.ts';
