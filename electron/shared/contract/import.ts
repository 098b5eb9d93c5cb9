/**
 * Capabilities of the "import" feature. Each entry: 'domain.verb': method(inputSchema, outputSchema, { mutates }).
 */
export const importContract = {};
