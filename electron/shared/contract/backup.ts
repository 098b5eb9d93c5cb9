/**
 * Capabilities of the "backup" feature. Each entry: 'domain.verb': method(inputSchema, outputSchema, { mutates }).
 */
export const backupContract = {};
