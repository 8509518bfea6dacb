export * from './transitions';
export * from './templates';
export * from './mailto';
export * from './lists';
export * from './workflow';
