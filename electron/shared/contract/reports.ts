/**
 * Capabilities of the "reports" feature. Each entry: 'domain.verb': method(inputSchema, outputSchema, { mutates }).
 */
export const reportsContract = {};
