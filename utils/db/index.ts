export * from './db';
export * from './errors';
export * from './schema';
export * from './write';
export * from './keys';
export * from './people';
export * from './search-index';
export { getClientId, nextStamp } from './hlc-clock';
export * from './transaction';
