/**
 * Capabilities of the "review" feature. Each entry: 'domain.verb': method(inputSchema, outputSchema, { mutates }).
 */
export const reviewContract = {};
