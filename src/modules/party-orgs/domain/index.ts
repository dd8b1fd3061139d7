export * from './vocabulary.ts';
export * from './terms.ts';
