/** The throw-away PostgreSQL cluster of the tests is the bench's (electron/tools/pg-cluster.ts). */
export * from '../../electron/tools/pg-cluster';
