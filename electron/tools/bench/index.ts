/**
 * `npm run bench [-- --quick] [-- --json] [-- --keep] [-- --only edit,cost,open,import,export,ui]`
 * Speed and memory of TinhGọn at national scale, each figure beside a floor measured in the same run
 * (docs/PERFORMANCE.md). Also the child-process entry of every probe (`--probe NAME`, see probe.ts).
 */
import { serveProbe } from './probe';
import { runNamedProbe } from './probes';
import { parseRunArgs, runBench } from './run';

const argv = process.argv.slice(2);
const probeAt = argv.indexOf('--probe');
if (probeAt >= 0) {
  const name = argv[probeAt + 1] ?? '';
  serveProbe((input) => runNamedProbe(name, input));
} else {
  runBench(parseRunArgs(argv)).catch((err: unknown) => {
    process.stderr.write(`TinhGọn bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
