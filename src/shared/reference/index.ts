/** Reference data and parsers shared by the server and the web client (no Node APIs). */
export * from './normalize.js';
export * from './countries.js';
export * from './dates.js';
export * from './mrz.js';
export * from './ids.js';
export * from './pinyin.js';
export * from './visas.js';
