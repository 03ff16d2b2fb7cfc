// The test hub's packages ship no types; the hub (hub.ts) uses a few calls of each.
declare module 'express';
declare module 'express-pouchdb';
declare module 'pouchdb-core';
declare module 'pouchdb-adapter-memory';
declare module 'pouchdb-mapreduce';
