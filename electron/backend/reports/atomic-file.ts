// Atomic export writes (temp name in the target folder → fsync → rename): see db/durable-file.ts.
export { publishTemp, tempSibling as tempPathFor, writeAtomically } from '../../../db/durable-file';
